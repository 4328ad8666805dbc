// Which word groups of an open-text poll the room may see (docs/api.md, "Hiding and approving
// words"): a moderator hides a group, or, when the poll is pre-moderated, approves it first.

import { MAX_WORD_GROUPS_SHOWN } from "../../shared/limits.js";
import type { TextPoll, WordModeration } from "../../shared/poll.js";
import type { WordResult } from "../../shared/results.js";
import { percentOf } from "./results.js";
import type { Tally } from "./tally.js";
import { type GroupKey, groupKeyOf, largestGroups, type WordTally } from "./word-groups.js";

/** A moderator's mark on a group; a group without one is shown unless the poll is pre-moderated. */
export type WordMark = "hidden" | "approved";
export type WordMarks = ReadonlyMap<GroupKey, WordMark>;

export const NO_MARKS: WordMarks = new Map();

/** Whether voters and screens see a group. Hidden wins over approved: hiding is the later, safer word. */
export function isShown(moderation: WordModeration, mark: WordMark | undefined): boolean {
  if (mark === "hidden") return false;
  return moderation === "post" || mark === "approved";
}

/** How a moderator's results mark a group: only what keeps it off the screens. */
export function markSeenByModerators(moderation: WordModeration, mark: WordMark | undefined): WordResult["mark"] {
  if (mark === "hidden") return "hidden";
  return isShown(moderation, mark) ? undefined : "pending";
}

/**
 * Where the marks go when the groups are formed anew in another language (`locale`; the event's
 * language changed): each marked group's spellings fall into groups of the new folding, which get
 * its mark; a mark on a group nobody wrote yet moves with its key. Where marks meet, hidden wins.
 */
export function marksRegrouped(tally: WordTally, marks: WordMarks, locale: string): Map<GroupKey, WordMark> {
  const moved = new Map<GroupKey, WordMark>();
  for (const [key, mark] of marks) {
    const spellings = tally.groups.get(key)?.spellings.keys() ?? [key];
    for (const spelling of spellings) {
      const next = groupKeyOf(spelling, locale, tally.stopWords);
      if (next !== "" && moved.get(next) !== "hidden") moved.set(next, mark);
    }
  }
  return moved;
}

/**
 * The mark a group gets when a moderator shows it again: none after hiding in a post-moderated
 * poll, "approved" in a pre-moderated one (showing it is approving it).
 */
export function markWhenShown(moderation: WordModeration): WordMark | null {
  return moderation === "pre" ? "approved" : null;
}

/**
 * The 100 largest groups as `view` may see them: "public" leaves out hidden and unapproved
 * groups, "moderator" keeps them with their mark. Percent of respondents, one decimal.
 */
export function wordResultsOf(
  poll: TextPoll,
  tally: Tally,
  marks: WordMarks,
  view: "public" | "moderator",
): WordResult[] {
  if (tally.words === null) return [];
  const shown = (key: GroupKey) => isShown(poll.moderation, marks.get(key));
  const groups = largestGroups(tally.words, MAX_WORD_GROUPS_SHOWN, view === "public" ? shown : undefined);
  return groups.map(({ key, text, count }) => {
    const word: WordResult = { key, text, count, percent: percentOf(count, tally.respondents) };
    const mark = view === "moderator" ? markSeenByModerators(poll.moderation, marks.get(key)) : undefined;
    if (mark) word.mark = mark;
    return word;
  });
}
