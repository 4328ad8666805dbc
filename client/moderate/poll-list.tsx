// The event's polls in their order, each with its live results and controls, plus "New poll".
import { screenPoll } from "../../shared/format.js";
import type { Strings } from "../common/i18n.js";
import { type ConsoleState, edit } from "./console-store.js";
import { PollCard } from "./poll-card.js";
import { PollForm } from "./poll-form.js";

export function PollList({ state, strings }: { state: ConsoleState; strings: Strings }) {
  const t = strings.console;
  const polls = state.live?.polls ?? [];
  const presented = state.live ? screenPoll(state.live.event.screen, polls) : undefined;
  const creating = state.editing?.kind === "new";
  const eventLocale = state.live?.event.locale ?? null;
  return (
    <section class="polls" aria-labelledby="polls-heading">
      <div class="polls-head">
        <h2 id="polls-heading">{t.polls}</h2>
        {!creating && (
          <button type="button" class="primary" onClick={() => edit({ kind: "new" })}>
            + {t.newPoll}
          </button>
        )}
      </div>
      {creating && (
        <PollForm strings={strings} poll={null} hasVotes={false} eventLocale={eventLocale} problem={state.problem} />
      )}
      {polls.length === 0 && !creating && <p class="empty">{t.noPolls}</p>}
      <ol class="poll-list">
        {polls.map((poll, index) => {
          const results = state.live?.results[poll.id];
          const editing = state.editing?.kind === "edit" && state.editing.pollId === poll.id;
          return (
            <li key={poll.id}>
              {editing ? (
                <PollForm
                  strings={strings}
                  poll={poll}
                  hasVotes={(results?.respondents ?? 0) > 0}
                  eventLocale={eventLocale}
                  problem={state.problem}
                />
              ) : (
                <PollCard
                  poll={poll}
                  results={results}
                  strings={strings}
                  locale={strings.locale}
                  presented={presented?.id === poll.id}
                  first={index === 0}
                  last={index === polls.length - 1}
                />
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
