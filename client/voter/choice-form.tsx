// Voting on a choice poll: real checkboxes (or radio buttons when one answer is asked for),
// the rule in plain words, and further options disabled once the maximum is reached.
import type { ChoicePoll } from "../../shared/poll.js";
import type { VoterStrings } from "../common/i18n.js";
import { VoteForm } from "./vote-form.js";
import { selectionOf, toggleOption, type VoterState } from "./voter-store.js";
import { chosenCountOf, selectionRule } from "./voter-texts.js";

type Props = { poll: ChoicePoll; state: VoterState; strings: VoterStrings };

export function ChoiceForm({ poll, state, strings }: Props) {
  const chosen = selectionOf(state, poll).optionIds;
  const single = poll.maxSelections === 1;
  const full = !single && chosen.length >= poll.maxSelections;
  return (
    <VoteForm
      poll={poll}
      state={state}
      strings={strings}
      rule={selectionRule(strings, poll)}
      tooFew={strings.voter.chooseAtLeast(poll.minSelections)}
    >
      <div class="options">
        {poll.options.map((option) => {
          const checked = chosen.includes(option.id);
          const disabled = full && !checked;
          return (
            <label key={option.id} class={`option${checked ? " checked" : ""}${disabled ? " disabled" : ""}`}>
              <input
                type={single ? "radio" : "checkbox"}
                name={`poll-${poll.id}`}
                value={option.id}
                checked={checked}
                disabled={disabled}
                onChange={(event) => toggleOption(poll, option.id, (event.currentTarget as HTMLInputElement).checked)}
              />
              <bdi>{option.label}</bdi>
            </label>
          );
        })}
      </div>
      {/* Said aloud by the page's one live region (announcer.tsx), not by a region of its own. */}
      {!single && <p class={full ? "counter full" : "counter"}>{chosenCountOf(strings, poll, chosen)}</p>}
    </VoteForm>
  );
}
