// How much one event may hold: a bound on its polls and on their text, since an event lives
// in memory and its polls go to every phone in the snapshot (docs/security.md, limits).
import type { Poll } from "../../shared/poll.js";
import { fail, type Outcome, succeed } from "./outcome.js";
import { translationText } from "./poll-translations.js";

export type EventSizeLimits = { pollsPerEvent: number; pollTextPerEvent: number };

/** Characters of a poll's question and option labels, translations included (they go to every phone too). */
export const pollText = (poll: Poll): number =>
  poll.question.length +
  (poll.type === "choice" ? poll.options.reduce((sum, option) => sum + option.label.length, 0) : 0) +
  translationText(poll.translations);

const textOf = (polls: readonly Poll[]) => polls.reduce((sum, poll) => sum + pollText(poll), 0);

/** Whether an event that holds `existing` polls may take one more, `added`. */
export function checkNewPoll(existing: readonly Poll[], added: Poll, limits: EventSizeLimits): Outcome<null> {
  if (existing.length >= limits.pollsPerEvent) {
    return fail("INVALID_REQUEST", `An event holds at most ${limits.pollsPerEvent} polls; delete one to add another.`);
  }
  return checkText(textOf(existing), textOf(existing) + pollText(added), limits);
}

/** Whether the event's polls may change from `before` to `after` (an edit). */
export function checkEdit(before: readonly Poll[], after: readonly Poll[], limits: EventSizeLimits): Outcome<null> {
  return checkText(textOf(before), textOf(after), limits);
}

// Only growth is refused: an event over a lowered limit can still be edited down.
function checkText(before: number, after: number, limits: EventSizeLimits): Outcome<null> {
  if (after <= limits.pollTextPerEvent || after <= before) return succeed(null);
  return fail(
    "PAYLOAD_TOO_LARGE",
    `The polls of an event hold at most ${limits.pollTextPerEvent} characters of questions and options together; ` +
      `this would make ${after}. Shorten or delete some polls first.`,
  );
}
