import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { BallotValue } from "../../server/domain/ballot.js";
import { resultsOf } from "../../server/domain/results.js";
import { addVotes, applyVote, emptyTally, type Tally } from "../../server/domain/tally.js";
import { validateVote } from "../../server/domain/validate-vote.js";
import type { Poll } from "../../shared/poll.js";
import { choicePoll, ratingPoll } from "./fixtures.js";

function recount(poll: Poll, votes: Map<number, BallotValue>): Tally {
  const tally = emptyTally(poll);
  for (const value of votes.values()) addVotes(tally, value, 1);
  return tally;
}

describe("applyVote", () => {
  it("counts a changed vote once", () => {
    const poll = ratingPoll();
    const tally = emptyTally(poll);
    applyVote(tally, null, 2);
    applyVote(tally, 2, 5);
    expect(tally.respondents).toBe(1);
    expect(resultsOf(poll, tally)).toMatchObject({ average: 5 });
  });

  it("removes a withdrawn vote", () => {
    const poll = choicePoll();
    const tally = applyVote(emptyTally(poll), null, 0b11);
    applyVote(tally, 0b11, null);
    expect(tally).toEqual(emptyTally(poll));
  });
});

type Step =
  | { kind: "vote"; participant: number; optionIds: number[]; rating: number }
  | { kind: "reset" }
  | { kind: "close" }
  | { kind: "reopen" };

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 20,
    arbitrary: fc.record({
      kind: fc.constant("vote" as const),
      participant: fc.integer({ min: 1, max: 12 }),
      optionIds: fc.array(fc.integer({ min: 10, max: 17 }), { maxLength: 3 }),
      rating: fc.integer({ min: 0, max: 6 }),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: "reset" as const }) },
  { weight: 2, arbitrary: fc.constant({ kind: "close" as const }) },
  { weight: 2, arbitrary: fc.constant({ kind: "reopen" as const }) },
);

describe("incremental tally (property)", () => {
  for (const base of [choicePoll(), ratingPoll()]) {
    it(`equals a recount after any votes, re-votes, resets and closes (${base.type})`, () => {
      fc.assert(
        fc.property(fc.array(step, { maxLength: 80 }), (steps) => {
          let poll: Poll = base;
          let tally = emptyTally(poll);
          const stored = new Map<number, BallotValue>();
          for (const s of steps) {
            if (s.kind === "reset") {
              stored.clear();
              tally = emptyTally(poll);
            } else if (s.kind === "close") poll = { ...poll, state: "closed" };
            else if (s.kind === "reopen") poll = { ...poll, state: "open" };
            else {
              const ballot = poll.type === "choice" ? { optionIds: s.optionIds } : { rating: s.rating };
              const valid = validateVote(poll, ballot);
              if (!valid.ok) continue;
              applyVote(tally, stored.get(s.participant) ?? null, valid.value.value);
              stored.set(s.participant, valid.value.value);
            }
          }
          expect(tally).toEqual(recount(poll, stored));
          expect(resultsOf(poll, tally)).toEqual(resultsOf(poll, recount(poll, stored)));
        }),
        { numRuns: 300 },
      );
    });
  }
});
