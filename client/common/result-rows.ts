// Results as rows to draw: one per option (in the moderator's order) or per rating value.
import type { ChoicePoll, Poll, RatingPoll } from "../../shared/poll.js";
import type { Results } from "../../shared/results.js";
import type { VoterStrings } from "../i18n/strings.js";

export type ResultRow = { id: number; label: string; count: number; percent: number };

export const respondentsOf = (results: Results | undefined): number => results?.respondents ?? 0;

export function choiceRows(poll: ChoicePoll, results: Results | undefined): ResultRow[] {
  const figures = new Map(results?.type === "choice" ? results.options.map((option) => [option.id, option]) : []);
  return poll.options.map((option) => ({
    id: option.id,
    label: option.label,
    count: figures.get(option.id)?.count ?? 0,
    percent: figures.get(option.id)?.percent ?? 0,
  }));
}

/** Highest value first, as rating distributions are usually read. */
export function ratingRows(poll: RatingPoll, results: Results | undefined, strings: VoterStrings): ResultRow[] {
  const figures = new Map(results?.type === "rating" ? results.distribution.map((entry) => [entry.value, entry]) : []);
  const rows: ResultRow[] = [];
  for (let value = poll.scale; value >= 1; value--) {
    rows.push({
      id: value,
      label: strings.stars(value),
      count: figures.get(value)?.count ?? 0,
      percent: figures.get(value)?.percent ?? 0,
    });
  }
  return rows;
}

export const averageOf = (results: Results | undefined): number => (results?.type === "rating" ? results.average : 0);

/** A rating named in words: "4 of 5 · Very good" (words exist for five-star scales). */
export function ratingName(strings: VoterStrings, value: number, scale: number): string {
  const outOf = strings.ratingOutOf(String(value), scale);
  const word = scale === strings.ratingWords.length ? strings.ratingWords[value - 1] : undefined;
  return word ? `${outOf} · ${word}` : outOf;
}

/** The labels of a choice vote's options, in the poll's order. */
export function chosenLabels(poll: Poll, optionIds: readonly number[]): string[] {
  if (poll.type !== "choice") return [];
  return poll.options.filter((option) => optionIds.includes(option.id)).map((option) => option.label);
}

/** Rows a report shows of an open-text poll: its largest groups that the screens show, largest first. */
export function wordRows(results: Results | undefined, limit = 10): ResultRow[] {
  if (results?.type !== "text") return [];
  return results.words
    .filter((word) => word.mark === undefined)
    .slice(0, limit)
    .map((word, index) => ({ id: index, label: word.text, count: word.count, percent: word.percent }));
}
