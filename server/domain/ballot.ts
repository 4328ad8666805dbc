// A stored vote is one integer, its "ballot value": for a choice poll the bitmask of the
// chosen option positions (bit i = i-th option), for a rating poll the rating itself.
// One integer keeps the votes table narrow and lets one GROUP BY rebuild every tally.
import type { Poll } from "../../shared/poll.js";
import type { Vote } from "../../shared/vote.js";

export type BallotValue = number;

export function choiceMask(positions: readonly number[]): BallotValue {
  let mask = 0;
  for (const position of positions) mask |= 1 << position;
  return mask;
}

export function positionsOf(mask: BallotValue): number[] {
  const positions: number[] = [];
  for (let position = 0; mask >> position !== 0; position++) {
    if ((mask >> position) & 1) positions.push(position);
  }
  return positions;
}

/** The API's view of a stored ballot value; a text poll's vote is its `answers`. */
export function voteOf(poll: Poll, value: BallotValue, answers: readonly string[] = []): Vote {
  switch (poll.type) {
    case "choice":
      return {
        pollId: poll.id,
        optionIds: positionsOf(value)
          .map((position) => poll.options[position]?.id)
          .filter((id): id is number => id !== undefined),
      };
    case "rating":
      return { pollId: poll.id, rating: value };
    case "text":
      return { pollId: poll.id, answers: [...answers] };
  }
}
