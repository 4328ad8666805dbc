// The frame both ballot forms share: the question as the fieldset's legend, the rule in
// plain words, "read aloud", the answers (children), what is missing, and the send buttons.
import type { ComponentChildren } from "preact";
import type { Poll } from "../../shared/poll.js";
import type { VoterStrings } from "../common/i18n.js";
import { useRescuedFocus } from "../common/rescued-focus.js";
import { ReadAloud } from "./read-aloud.js";
import { SendButtons, VoteProblemText } from "./send-buttons.js";
import { submitVote, type VoterState } from "./voter-store.js";

type Props = {
  poll: Poll;
  state: VoterState;
  strings: VoterStrings;
  rule: string;
  /** What to say when the voter sends too little (no option, no stars). */
  tooFew: string;
  children: ComponentChildren;
};

export function VoteForm({ poll, state, strings, rule, tooFew, children }: Props) {
  const heading = useRescuedFocus<HTMLHeadingElement>();
  const onSubmit = (event: Event) => {
    event.preventDefault();
    submitVote(poll);
  };
  return (
    <form class="card vote" onSubmit={onSubmit} noValidate>
      <fieldset aria-describedby={`rule-${poll.id}`}>
        <legend>
          <h1 class="question" dir="auto" tabIndex={-1} ref={heading}>
            {poll.question}
          </h1>
        </legend>
        <p id={`rule-${poll.id}`} class="rule">
          {rule}
        </p>
        <ReadAloud
          locale={strings.locale}
          label={strings.voter.readAloud}
          texts={[poll.question, rule, ...(poll.type === "choice" ? poll.options.map((option) => option.label) : [])]}
        />
        {children}
      </fieldset>
      <VoteProblemText poll={poll} state={state} strings={strings} tooFew={tooFew} />
      <SendButtons poll={poll} state={state} strings={strings} />
    </form>
  );
}
