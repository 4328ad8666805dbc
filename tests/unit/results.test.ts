import { describe, expect, it } from "vitest";
import { choiceMask } from "../../server/domain/ballot.js";
import { percentOf, resultsOf } from "../../server/domain/results.js";
import { addVotes, emptyTally } from "../../server/domain/tally.js";
import { formatPercent } from "../../shared/format.js";
import { choicePoll, ratingPoll } from "./fixtures.js";

describe("results of the seed conference", () => {
  it("reports percent of respondents, not of selections: 50, 50, 25, 25, 20.8, 4.2", () => {
    const poll = choicePoll();
    const tally = emptyTally(poll);
    // 24 respondents, 42 selections: 12, 12, 6, 6, 5 and 1 per option.
    addVotes(tally, choiceMask([0, 1]), 12);
    addVotes(tally, choiceMask([2, 3]), 6);
    addVotes(tally, choiceMask([4]), 5);
    addVotes(tally, choiceMask([5]), 1);
    const results = resultsOf(poll, tally);
    expect(results.respondents).toBe(24);
    expect(results.type === "choice" && results.options.map((o) => o.percent)).toEqual([50, 50, 25, 25, 20.8, 4.2]);
    expect(results.type === "choice" && results.options.map((o) => o.count)).toEqual([12, 12, 6, 6, 5, 1]);
  });

  it("averages the ratings 5,5,5,5,4,4,4,4,3,2 to 4.1 with a distribution", () => {
    const poll = ratingPoll();
    const tally = emptyTally(poll);
    for (const rating of [5, 5, 5, 5, 4, 4, 4, 4, 3, 2]) addVotes(tally, rating, 1);
    const results = resultsOf(poll, tally);
    expect(results.type === "rating" && results.average).toBe(4.1);
    expect(results.type === "rating" && results.distribution).toEqual([
      { value: 1, count: 0, percent: 0 },
      { value: 2, count: 1, percent: 10 },
      { value: 3, count: 1, percent: 10 },
      { value: 4, count: 4, percent: 40 },
      { value: 5, count: 4, percent: 40 },
    ]);
  });

  it("shows 0 for every figure when nobody has voted", () => {
    const results = resultsOf(ratingPoll(), emptyTally(ratingPoll()));
    expect(results).toMatchObject({ respondents: 0, average: 0 });
  });
});

describe("rounding", () => {
  it("rounds percents to one decimal, halves up", () => {
    expect(percentOf(5, 24)).toBe(20.8);
    expect(percentOf(1, 16)).toBe(6.3);
    expect(percentOf(1, 3)).toBe(33.3);
    expect(percentOf(2, 3)).toBe(66.7);
    expect(percentOf(0, 0)).toBe(0);
  });

  it("shows whole percents on screens", () => {
    expect(formatPercent(20.8)).toBe("21%");
    // Each language's own way: a non-breaking space in German, the sign first in Turkish.
    expect(formatPercent(4.2, "de")).toBe("4\u00a0%");
    expect(formatPercent(4.2, "tr")).toBe("%4");
  });
});
