// Plain-language helpers of the voter page, kept apart from the components so they are easy to test.
import { presentedPoll } from "../../shared/format.js";
import type { ChoicePoll } from "../../shared/poll.js";
import type { VoterStrings } from "../common/i18n.js";
import type { VoterState } from "./voter-session.js";

/** "Choose up to 2 answers." / "Choose exactly 2 answers." — the rule, stated before choosing. */
export function selectionRule(strings: VoterStrings, poll: ChoicePoll): string {
  const { minSelections: min, maxSelections: max } = poll;
  if (max === 1) return strings.voter.chooseOne;
  if (min === max) return strings.voter.chooseExactly(max);
  if (min <= 1) return strings.voter.chooseUpTo(max);
  return strings.voter.chooseBetween(min, max);
}

/** "1 of 2 chosen." under a poll that asks for several answers, once the voter picked some; else "". */
export function chosenCountOf(strings: VoterStrings, poll: ChoicePoll, optionIds: readonly number[]): string {
  const max = poll.maxSelections;
  if (max === 1) return "";
  return optionIds.length >= max ? strings.voter.maxReached(max) : strings.voter.chosenCount(optionIds.length, max);
}

/**
 * What a screen reader should hear after the page went from `before` to `after`, "" for
 * nothing: the connection lost or back, voting opened or closed, how many answers are
 * chosen, the voter's vote counted, and what a view loaded later asks to say (Q&A: `news`).
 * Told in the page's language now: switching languages is no news, and until the texts have
 * arrived there is nothing to tell, so the open question is
 * told once they are there.
 */
export function newsOf(before: VoterState, after: VoterState): string {
  const t = after.strings;
  if (t === null) return "";
  const headline = ({ live, strings }: VoterState) => {
    const poll = strings && live && presentedPoll(live.polls);
    return poll ? `${poll.state === "open" ? t.votingOpen : t.votingClosed}: ${poll.question}` : "";
  };
  const counter = ({ live, selection }: VoterState) => {
    const poll = live && presentedPoll(live.polls);
    return poll?.type === "choice" && selection?.pollId === poll.id ? chosenCountOf(t, poll, selection.optionIds) : "";
  };
  const was = before.status;
  const is = after.status;
  return [
    was === "live" && is === "reconnecting" && t.reconnecting,
    was === "reconnecting" && is === "live" && t.voter.connectionBack,
    headline(after) !== headline(before) && headline(after),
    counter(after) !== counter(before) && counter(after),
    // Sent, and now neither waiting nor refused nor kept for later: the ack or the snapshot counted it.
    before.sending && !after.sending && !after.problem && !after.selection && t.voter.counted,
    after.news !== before.news && after.news?.text,
  ]
    .filter(Boolean)
    .join(" ");
}
