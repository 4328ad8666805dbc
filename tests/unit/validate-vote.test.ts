import { describe, expect, it } from "vitest";
import { positionsOf } from "../../server/domain/ballot.js";
import { validateVote } from "../../server/domain/validate-vote.js";
import { choicePoll, ratingPoll } from "./fixtures.js";

describe("validateVote on a pick-two-of-six poll", () => {
  const poll = choicePoll();

  it("accepts one or two distinct options and stores their positions", () => {
    const one = validateVote(poll, { optionIds: [13] });
    const two = validateVote(poll, { optionIds: [16, 11] });
    expect(one.ok && positionsOf(one.value.value)).toEqual([2]);
    expect(two.ok && positionsOf(two.value.value)).toEqual([0, 5]);
  });

  it("refuses no option, three options, an unknown option and a duplicate", () => {
    for (const optionIds of [[], [11, 12, 13], [99], [12, 12]]) {
      const outcome = validateVote(poll, { optionIds });
      expect(outcome.ok ? "accepted" : outcome.code).toBe("INVALID_VOTE");
    }
  });

  it("requires exactly two when min and max are both two", () => {
    const exactlyTwo = choicePoll({ minSelections: 2 });
    const outcome = validateVote(exactlyTwo, { optionIds: [11] });
    expect(outcome.ok ? "accepted" : outcome.message).toMatch(/exactly 2/);
  });

  it("refuses a rating on a choice poll", () => {
    const outcome = validateVote(poll, { rating: 3 });
    expect(outcome.ok ? "accepted" : outcome.code).toBe("INVALID_VOTE");
  });

  it("refuses votes on closed and draft polls with POLL_CLOSED", () => {
    for (const state of ["closed", "draft"] as const) {
      const outcome = validateVote(choicePoll({ state }), { optionIds: [11] });
      expect(outcome.ok ? "accepted" : outcome.code).toBe("POLL_CLOSED");
    }
  });
});

describe("validateVote on a 1–5 rating poll", () => {
  const poll = ratingPoll();

  it("accepts whole numbers from 1 to the scale", () => {
    for (const rating of [1, 3, 5])
      expect(validateVote(poll, { rating })).toEqual({ ok: true, value: { value: rating, answers: null } });
  });

  it("refuses 0, 6, fractions and option ids", () => {
    for (const ballot of [{ rating: 0 }, { rating: 6 }, { rating: 2.5 }, { optionIds: [11] }]) {
      const outcome = validateVote(poll, ballot);
      expect(outcome.ok ? "accepted" : outcome.code).toBe("INVALID_VOTE");
    }
  });
});
