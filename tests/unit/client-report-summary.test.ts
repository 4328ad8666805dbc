// The report's one-sentence summaries, in German and English, from results the server's own
// domain computes (so the figures are the ones the report really gets).
import { describe, expect, it } from "vitest";
import { de } from "../../client/i18n/de.js";
import { en } from "../../client/i18n/en.js";
import { eventDay, reportedPolls } from "../../client/report/report-contents.js";
import { pollSummary, rankedGroups } from "../../client/report/report-summary.js";
import { choiceMask } from "../../server/domain/ballot.js";
import { resultsOf } from "../../server/domain/results.js";
import { addVotes, emptyTally } from "../../server/domain/tally.js";
import type { ChoicePoll, Poll, RatingPoll } from "../../shared/poll.js";
import type { Results } from "../../shared/results.js";
import { choicePoll, ratingPoll } from "./fixtures.js";

const SEED_OPTIONS = [
  "Verweisberatung in Elternschulen und Beratungsstellen",
  "Multiplikatoren in den Quartieren",
  "Direkte Ansprache in den Quartieren",
  "Netzwerke",
  "Vermittlung durch das Jobcenter",
  "Werbung über Social Media",
];

/** A choice poll with these options, and results from ballots given as option positions. */
function choiceWith(labels: string[], ballots: [positions: number[], times: number][]): [ChoicePoll, Results] {
  const poll = choicePoll({ options: labels.map((label, index) => ({ id: 11 + index, label })) });
  const tally = emptyTally(poll);
  for (const [positions, times] of ballots) addVotes(tally, choiceMask(positions), times);
  return [poll, resultsOf(poll, tally)];
}

function ratingWith(ratings: number[], scale = 5): [RatingPoll, Results] {
  const poll = ratingPoll({ scale });
  const tally = emptyTally(poll);
  for (const rating of ratings) addVotes(tally, rating, 1);
  return [poll, resultsOf(poll, tally)];
}

const seedChoice = () =>
  choiceWith(SEED_OPTIONS, [
    [[0, 1], 12],
    [[2, 3], 6],
    [[4], 5],
    [[5], 1],
  ]);

describe("the report's summary sentences", () => {
  it("names the seed's two leading answers and the two behind them, in German", () => {
    const [poll, results] = seedChoice();
    expect(pollSummary(de, "de", poll, results)).toBe(
      "Je 50 % wählten „Verweisberatung in Elternschulen und Beratungsstellen“ und „Multiplikatoren in den Quartieren“, " +
        "dahinter „Direkte Ansprache in den Quartieren“ und „Netzwerke“ mit je 25 %.",
    );
  });

  it("says the same in English", () => {
    const [poll, results] = seedChoice();
    expect(pollSummary(en, "en", poll, results)).toBe(
      "50% each chose “Verweisberatung in Elternschulen und Beratungsstellen” and “Multiplikatoren in den Quartieren”, " +
        "followed by “Direkte Ansprache in den Quartieren” and “Netzwerke” with 25% each.",
    );
  });

  it("names a single winner and runner-up without 'each'", () => {
    const [poll, results] = choiceWith(
      ["Ja", "Nein", "Weiß nicht"],
      [
        [[0], 3],
        [[1], 1],
      ],
    );
    expect(pollSummary(de, "de", poll, results)).toBe("75 % wählten „Ja“, dahinter „Nein“ mit 25 %.");
    expect(pollSummary(en, "en", poll, results)).toBe("75% chose “Ja”, followed by “Nein” with 25%.");
  });

  it("lists three tied answers with commas, and stops when no other answer was chosen", () => {
    const [poll, results] = choiceWith(
      ["A", "B", "C", "D"],
      [
        [[0], 1],
        [[1], 1],
        [[2], 1],
      ],
    );
    expect(pollSummary(de, "de", poll, results)).toBe("Je 33 % wählten „A“, „B“ und „C“.");
    expect(pollSummary(en, "en", poll, results)).toBe("33% each chose “A”, “B” and “C”.");
  });

  it("rounds to whole percents as the screens do: 20.8 → 21", () => {
    const [poll, results] = choiceWith(
      ["A", "B", "C"],
      [
        [[0], 19],
        [[1], 5],
      ],
    );
    expect(pollSummary(de, "de", poll, results)).toBe("79 % wählten „A“, dahinter „B“ mit 21 %.");
  });

  it("rates the seed's event 4,1 of 5, with the share of top marks", () => {
    const [poll, results] = ratingWith([5, 5, 5, 5, 4, 4, 4, 4, 3, 2]);
    expect(pollSummary(de, "de", poll, results)).toBe(
      "Im Durchschnitt wurde mit 4,1 von 5 bewertet; 40 % gaben 5 Sterne.",
    );
    expect(pollSummary(en, "en", poll, results)).toBe("Rated 4.1 of 5 on average; 40% gave 5 stars.");
  });

  it("leaves out the top marks when nobody gave them", () => {
    const [poll, results] = ratingWith([3, 4], 10);
    expect(pollSummary(en, "en", poll, results)).toBe("Rated 3.5 of 10 on average.");
  });

  it("says so when nobody answered", () => {
    const [choice, noChoices] = choiceWith(["A", "B"], []);
    const [rating, noRatings] = ratingWith([]);
    expect(pollSummary(de, "de", choice, noChoices)).toBe("Niemand hat geantwortet.");
    expect(pollSummary(en, "en", rating, noRatings)).toBe("Nobody answered.");
  });

  it("groups answers by count, most chosen first, without the unchosen", () => {
    const groups = rankedGroups([
      { label: "A", count: 1, percent: 10 },
      { label: "B", count: 3, percent: 30 },
      { label: "C", count: 0, percent: 0 },
      { label: "D", count: 3, percent: 30 },
    ]);
    expect(groups.map((group) => group.map((figure) => figure.label))).toEqual([["B", "D"], ["A"]]);
  });
});

describe("what the report lists", () => {
  const withResults = (poll: Poll) => ({ poll, results: resultsOf(poll, emptyTally(poll)) });

  it("leaves out drafts and keeps the moderator's order", () => {
    const polls = [
      withResults(ratingPoll({ id: 3, position: 3 })),
      withResults(choicePoll({ id: 1, position: 1, state: "closed" })),
      withResults(choicePoll({ id: 2, position: 2, state: "draft", openedAt: null })),
    ];
    expect(reportedPolls(polls).map(({ poll }) => poll.id)).toEqual([1, 3]);
  });

  it("dates the event by its first opened poll, else by its creation", () => {
    const polls = [
      withResults(ratingPoll({ openedAt: "2020-12-04T12:45:00.000Z" })),
      withResults(choicePoll({ openedAt: "2020-12-04T10:45:00.000Z" })),
    ];
    expect(eventDay("2020-11-30T08:00:00.000Z", polls)).toBe("2020-12-04T10:45:00.000Z");
    expect(eventDay("2020-11-30T08:00:00.000Z", [])).toBe("2020-11-30T08:00:00.000Z");
  });
});
