// Pure rules of the Q&A view: how long a question is (as the server counts it), which questions
// the phone lists where, and in which order.
import { MAX_QUESTION_TEXT_LENGTH } from "../../../shared/limits.js";
import type { Question } from "../../../shared/question.js";

export { MAX_QUESTION_TEXT_LENGTH };

export type QuestionSort = "top" | "new";

/** The text as the server keeps it: NFKC, trimmed (docs/api.md "Question"). */
export const normalisedText = (text: string): string => text.normalize("NFKC").trim();

/**
 * Its length in grapheme clusters, as the server counts it (👍🏽 is one). Phones without
 * Intl.Segmenter (before 2021) count code points: never fewer than the server, so the phone
 * may call a text long that the server would take, never the other way round.
 */
export function textLength(text: string): number {
  const normalised = normalisedText(text);
  const Segmenter = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  if (!Segmenter) return Array.from(normalised).length;
  let count = 0;
  for (const _ of new Segmenter().segment(normalised)) count += 1;
  return count;
}

/** As the server compares a participant's questions: NFKC, case-folded, spaces collapsed. */
export const sameQuestion = (a: string, b: string): boolean => {
  const key = (text: string) => normalisedText(text).toLowerCase().replace(/\s+/g, " ");
  return key(a) === key(b);
};

const newestFirst = (a: Question, b: Question) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id;
const mostUpvotedFirst = (a: Question, b: Question) =>
  b.upvotes - a.upvotes || a.createdAt.localeCompare(b.createdAt) || a.id - b.id;

/**
 * The open questions (visible, and the voter's own pending or rejected ones), the highlighted
 * one first, then by the voter's sort; and the answered ones apart, by the same sort.
 */
export function questionLists(questions: readonly Question[], sort: QuestionSort) {
  const order = sort === "top" ? mostUpvotedFirst : newestFirst;
  const open = questions
    .filter((question) => question.state !== "answered" && question.state !== "archived")
    .sort((a, b) => Number(b.highlighted) - Number(a.highlighted) || order(a, b));
  const answered = questions.filter((question) => question.state === "answered").sort(order);
  return { open, answered };
}
