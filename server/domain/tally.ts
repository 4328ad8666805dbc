// Running counts of a poll's votes, kept up to date one vote at a time (never recounted).
import type { Poll } from "../../shared/poll.js";
import { type BallotValue, positionsOf } from "./ballot.js";

/** counts[i]: votes for option position i (choice) or for rating i + 1 (rating). */
export type Tally = { type: Poll["type"]; respondents: number; counts: number[]; sum: number };

export function emptyTally(poll: Poll): Tally {
  const size = poll.type === "choice" ? poll.options.length : poll.scale;
  return { type: poll.type, respondents: 0, counts: new Array<number>(size).fill(0), sum: 0 };
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
  }
}
