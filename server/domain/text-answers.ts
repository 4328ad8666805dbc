// The rules of an open-text vote (docs/api.md, "Open-text polls"): what is stored of each
// answer and when a vote is refused. User text is data: normalised and measured, never read.
import type { TextPoll } from "../../shared/poll.js";
import { fail, type Outcome, succeed } from "./outcome.js";
import { graphemeCount } from "./question-text.js";
import { tidyAnswer } from "./word-groups.js";

/** The answers as stored and grouped (NFKC, trimmed, inner whitespace collapsed), or why they are refused. */
export function checkTextAnswers(poll: TextPoll, answers: readonly string[]): Outcome<string[]> {
  if (answers.length < 1 || answers.length > poll.maxAnswers) {
    const wanted = poll.maxAnswers === 1 ? "one answer" : `1 to ${poll.maxAnswers} answers`;
    return fail("INVALID_VOTE", `Send ${wanted}; got ${answers.length}.`);
  }
  const tidied: string[] = [];
  for (const answer of answers) {
    const text = tidyAnswer(answer);
    if (text === "") return fail("INVALID_VOTE", "An answer must not be empty.");
    if (graphemeCount(text) > poll.maxLength) {
      return fail("INVALID_VOTE", `An answer is at most ${poll.maxLength} characters long.`);
    }
    tidied.push(text);
  }
  return succeed(tidied);
}
