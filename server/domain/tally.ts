// Running counts of a poll's votes, kept up to date one vote at a time (never recounted).
import type { Poll } from "../../shared/poll.js";
import { type BallotValue, positionsOf } from "./ballot.js";
import { applyAnswers, emptyWordTally, type WordTally } from "./word-groups.js";

/**
 * counts[i]: votes for option position i (choice) or for rating i + 1 (rating); `words`: a
 * text poll's answer groups (null for the other kinds).
 */
export type Tally = { type: Poll["type"]; respondents: number; counts: number[]; sum: number; words: WordTally | null };

/** `locale`: the event's language, which decides how a text poll's answers are case-folded. */
export function emptyTally(poll: Poll, locale = "en"): Tally {
  const size = poll.type === "choice" ? poll.options.length : poll.type === "rating" ? poll.scale : 0;
  const words = poll.type === "text" ? emptyWordTally(locale, poll.stopWords) : null;
  return { type: poll.type, respondents: 0, counts: new Array<number>(size).fill(0), sum: 0, words };
}

/** A text poll's vote: replaces a participant's `previous` answers (null: none) with `next`. Mutates. */
export function applyTextVote(tally: Tally, previous: readonly string[] | null, next: readonly string[] | null): Tally {
  if (tally.words === null) return tally;
  applyAnswers(tally.words, previous, next);
  tally.respondents = tally.words.respondents;
  return tally;
}

/** Replaces a participant's `previous` vote (null: none) with `next` (null: withdrawn). Mutates. */
export function applyVote(tally: Tally, previous: BallotValue | null, next: BallotValue | null): Tally {
  if (previous !== null) addVotes(tally, previous, -1);
  if (next !== null) addVotes(tally, next, 1);
  return tally;
}

/** Adds `votes` identical ballots (negative: removes them); a rebuild adds each GROUP BY row at once. */
export function addVotes(tally: Tally, value: BallotValue, votes: number): Tally {
  tally.respondents += votes;
  switch (tally.type) {
    case "choice":
      for (const position of positionsOf(value)) tally.counts[position] = (tally.counts[position] ?? 0) + votes;
      return tally;
    case "rating":
      tally.counts[value - 1] = (tally.counts[value - 1] ?? 0) + votes;
      tally.sum += votes * value;
      return tally;
    case "text":
      // The answers themselves are applied with applyTextVote; a ballot only counts its voter.
      return tally;
  }
}
