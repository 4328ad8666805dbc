// Turns a tally into the figures of docs/api.md "Results": percent of respondents, one decimal.
import type { Poll } from "../../shared/poll.js";
import type { Results } from "../../shared/results.js";
import type { Tally } from "./tally.js";
import { NO_MARKS, type WordMarks, wordResultsOf } from "./word-marks.js";

/** 100 × part / whole to one decimal; integer arithmetic first so 62.5 rounds like 62.5. */
export function percentOf(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((1000 * part) / whole) / 10;
}

/**
 * A text poll's groups depend on the moderators' `marks` and on who looks: `view` "public"
 * (voters, screens) leaves out hidden and unapproved groups, "moderator" marks them.
 */
export function resultsOf(
  poll: Poll,
  tally: Tally,
  marks: WordMarks = NO_MARKS,
  view: "public" | "moderator" = "public",
): Results {
  const { respondents } = tally;
  switch (poll.type) {
    case "choice":
      return {
        pollId: poll.id,
        type: "choice",
        respondents,
        options: poll.options.map((option, position) => {
          const count = tally.counts[position] ?? 0;
          return { id: option.id, count, percent: percentOf(count, respondents) };
        }),
      };
    case "rating": {
      const distribution = [];
      for (let value = 1; value <= poll.scale; value++) {
        const count = tally.counts[value - 1] ?? 0;
        distribution.push({ value, count, percent: percentOf(count, respondents) });
      }
      const average = respondents === 0 ? 0 : Math.round((10 * tally.sum) / respondents) / 10;
      return { pollId: poll.id, type: "rating", respondents, average, distribution };
    }
    case "text":
      return { pollId: poll.id, type: "text", respondents, words: wordResultsOf(poll, tally, marks, view) };
  }
}
