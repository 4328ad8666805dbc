// The text rules of audience questions (docs/api.md, "Question"): what is stored of a question
// and a name, how long they may be, when two questions are the same, and blocked-word matches.
// User text is data: it is normalised and measured here, never interpreted.
import { MAX_ASKER_NAME_LENGTH, MAX_QUESTION_TEXT_LENGTH } from "../../shared/limits.js";
import { fail, type Outcome, succeed } from "./outcome.js";

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });
const words = new Intl.Segmenter(undefined, { granularity: "word" });

/** Characters as people count them: "👍🏽" or "é" written as e + accent is one. */
export function graphemeCount(text: string): number {
  let count = 0;
  for (const _ of graphemes.segment(text)) count++;
  return count;
}

/** NFKC (full-width letters, ligatures and compatibility forms become the plain ones), trimmed. */
export const normalizeText = (text: string): string => text.normalize("NFKC").trim();

/** A question's text as it is stored and shown, or why it is refused. */
export function questionText(raw: string): Outcome<string> {
  const text = normalizeText(raw);
  if (text === "") return fail("INVALID_REQUEST", "A question must not be empty.");
  if (graphemeCount(text) > MAX_QUESTION_TEXT_LENGTH) {
    return fail("INVALID_REQUEST", `A question is at most ${MAX_QUESTION_TEXT_LENGTH} characters long.`);
  }
  return succeed(text);
}

/**
 * The asker's name as stored: undefined when none is given or the event allows no names (a
 * phone that still shows the name field after the moderator turned names off asks anonymously).
 */
export function askerName(raw: string | undefined, namesAllowed: boolean): Outcome<string | undefined> {
  if (!namesAllowed || raw === undefined) return succeed(undefined);
  const name = normalizeText(raw);
  if (name === "") return succeed(undefined);
  if (graphemeCount(name) > MAX_ASKER_NAME_LENGTH) {
    return fail("INVALID_REQUEST", `A name is at most ${MAX_ASKER_NAME_LENGTH} characters long.`);
  }
  return succeed(name);
}

/** Lower case without locale quirks: the same for every phone's language. */
const caseFold = (text: string): string => text.normalize("NFKC").toLowerCase().normalize("NFKC");

/**
 * When two questions of one asker count as the same: case, width and runs of spaces do not
 * matter ("Wann?" and "wann ?" are not the same, as punctuation may change a question).
 */
export const sameQuestionKey = (text: string): string => caseFold(text).replace(/\s+/gu, " ").trim();

/** The words of a text in order, case-folded; punctuation and spaces are not words. */
function wordsOf(text: string): string[] {
  const found: string[] = [];
  for (const segment of words.segment(caseFold(text))) if (segment.isWordLike) found.push(segment.segment);
  return found;
}

/**
 * Whether the text contains one of the blocked words (or phrases) as whole words, after NFKC
 * and case-folding: "Spam" blocks "SPAM!" and "ｓｐａｍ" but not "Spamfilter".
 */
export function containsBlockedWord(text: string, blockedWords: readonly string[]): boolean {
  if (blockedWords.length === 0) return false;
  const textWords = wordsOf(text);
  for (const entry of blockedWords) {
    const phrase = wordsOf(entry);
    if (phrase.length === 0) continue;
    for (let start = 0; start + phrase.length <= textWords.length; start++) {
      if (phrase.every((word, offset) => textWords[start + offset] === word)) return true;
    }
  }
  return false;
}
