// Open answers grouped into words for the word cloud (docs/api.md "Open-text polls"): answers
// that differ only in width, spacing or case are one group, counted once per participant, kept
// up to date one vote at a time (never recounted) and shown in their most frequent spelling.
import { foldCase } from "./case-fold.js";
import { withoutStopWords } from "./stop-words.js";

/** A group's key: the answer as it is compared. */
export type GroupKey = string;

type Group = {
  key: GroupKey;
  /** Participants whose answers fall in this group (each counts once). */
  count: number;
  /** How many of them wrote each spelling; the most frequent one is shown. */
  spellings: Map<string, number>;
  shown: string;
};

export type WordTally = {
  /** The poll's language: case folding depends on it (Turkish dotted and dotless i), and which stop words there are. */
  locale: string;
  /** Whether group keys leave out stop words (the poll's `stopWords`). */
  stopWords: boolean;
  respondents: number;
  groups: Map<GroupKey, Group>;
};

export type WordCount = { key: GroupKey; text: string; count: number };

/** The answer as it is shown: compatibility-normalised (NFKC), trimmed, inner whitespace one space. */
export function tidyAnswer(text: string): string {
  return text.normalize("NFKC").trim().replace(/\s+/gu, " ");
}

/**
 * The answer as it is compared: tidied, then case-folded for the poll's language, so "İstanbul"
 * and "istanbul" meet in Turkish while "I" stays apart from "i" there, and "Straße" meets "STRASSE";
 * with `stopWords`, without the small words of the language and English ("der Kaffee" is "kaffee").
 */
export function groupKeyOf(text: string, locale: string, stopWords = false): GroupKey {
  const folded = foldCase(tidyAnswer(text), locale);
  return stopWords ? withoutStopWords(folded, locale) : folded;
}

export function emptyWordTally(locale: string, stopWords = false): WordTally {
  return { locale, stopWords, respondents: 0, groups: new Map() };
}

/**
 * Replaces a participant's `previous` answers (null: none) with `next` (null: withdrawn). Answers
 * of one participant that fall into one group count once, in the spelling written first. Mutates.
 */
export function applyAnswers(
  tally: WordTally,
  previous: readonly string[] | null,
  next: readonly string[] | null,
): WordTally {
  const before = previous === null ? new Map<GroupKey, string>() : spellingsByGroup(previous, tally);
  const after = next === null ? new Map<GroupKey, string>() : spellingsByGroup(next, tally);
  for (const [key, spelling] of before) {
    if (after.get(key) !== spelling) removeAnswer(tally, key, spelling);
  }
  for (const [key, spelling] of after) {
    if (before.get(key) !== spelling) addAnswer(tally, key, spelling);
  }
  if (previous === null && next !== null) tally.respondents++;
  if (previous !== null && next === null) tally.respondents--;
  return tally;
}

/**
 * The `limit` largest groups that `isShown` lets through, largest first, ties by shown text, so
 * the order does not flicker between frames. One pass over all groups with a small sorted
 * window: 20,000 groups cost about a millisecond, not a sort of them all.
 */
export function largestGroups(
  tally: WordTally,
  limit: number,
  isShown: (key: GroupKey) => boolean = () => true,
): WordCount[] {
  const top: WordCount[] = [];
  for (const group of tally.groups.values()) {
    const last = top[top.length - 1];
    if (top.length === limit && last && !ranksBefore(group.count, group.shown, last)) continue;
    if (!isShown(group.key)) continue;
    let index = top.length;
    while (index > 0 && ranksBefore(group.count, group.shown, top[index - 1] as WordCount)) index--;
    const entry = { key: group.key, text: group.shown, count: group.count };
    top.splice(index, 0, entry);
    if (top.length > limit) top.pop();
  }
  return top;
}

const ranksBefore = (count: number, text: string, other: WordCount) =>
  count > other.count || (count === other.count && text < other.text);

/** Each group once, with the first spelling this participant used for it. */
function spellingsByGroup(answers: readonly string[], tally: WordTally): Map<GroupKey, string> {
  const groups = new Map<GroupKey, string>();
  for (const answer of answers) {
    const spelling = tidyAnswer(answer);
    if (spelling === "") continue;
    const key = groupKeyOf(spelling, tally.locale, tally.stopWords);
    if (!groups.has(key)) groups.set(key, spelling);
  }
  return groups;
}

function addAnswer(tally: WordTally, key: GroupKey, spelling: string): void {
  let group = tally.groups.get(key);
  if (group === undefined) {
    group = { key, count: 0, spellings: new Map(), shown: spelling };
    tally.groups.set(key, group);
  }
  group.count++;
  const times = (group.spellings.get(spelling) ?? 0) + 1;
  group.spellings.set(spelling, times);
  // Ties keep the spelling already shown, so a screen does not flip between two.
  if (times > (group.spellings.get(group.shown) ?? 0)) group.shown = spelling;
}

function removeAnswer(tally: WordTally, key: GroupKey, spelling: string): void {
  const group = tally.groups.get(key);
  if (group === undefined) return;
  group.count--;
  if (group.count === 0) {
    tally.groups.delete(key);
    return;
  }
  const times = (group.spellings.get(spelling) ?? 0) - 1;
  if (times > 0) group.spellings.set(spelling, times);
  else group.spellings.delete(spelling);
  if (spelling === group.shown) group.shown = mostFrequentSpelling(group);
}

function mostFrequentSpelling(group: Group): string {
  let shown = group.shown;
  let most = group.spellings.get(shown) ?? 0;
  for (const [spelling, times] of group.spellings) {
    if (times > most) {
      shown = spelling;
      most = times;
    }
  }
  return shown;
}
