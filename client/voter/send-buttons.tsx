// The bottom of a vote form: what went wrong (if anything), send, and "keep my vote".
import type { Poll } from "../../shared/poll.js";
import type { VoterStrings } from "../common/i18n.js";
import { keepVote, type VoterState } from "./voter-store.js";

type Props = { poll: Poll; state: VoterState; strings: VoterStrings };

export function VoteProblemText({ poll, state, strings, tooFew }: Props & { tooFew: string }) {
  const problem = state.problem?.pollId === poll.id ? state.problem.problem : null;
  if (problem === null) return null;
  return (
    <p class="problem" role="alert">
      {problem === "tooFew" ? tooFew : strings.voter.errors[problem]}
    </p>
  );
}

export function SendButtons({ poll, state, strings }: Props) {
  const changing = state.changingPollId === poll.id;
  // Offline, a vote waits for the connection and goes out by itself: the button says so.
  const label = state.sending
    ? state.status === "live"
      ? strings.voter.sending
      : strings.voter.sendWhenOnline
    : changing
      ? strings.voter.saveChange
      : strings.voter.send;
  return (
    <div class="actions">
      <button type="submit" class="primary" disabled={state.sending !== null}>
        {label}
      </button>
      {changing && (
        <button type="button" class="secondary" onClick={keepVote}>
          {strings.voter.keepVote}
        </button>
      )}
    </div>
  );
}
