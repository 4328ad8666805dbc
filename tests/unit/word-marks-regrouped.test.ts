// Where moderators' marks go when an event's language changes and its text answers are grouped
// anew (server/domain/word-marks.ts marksRegrouped): with the words they were put on.
import { describe, expect, it } from "vitest";
import { applyAnswers, emptyWordTally, groupKeyOf } from "../../server/domain/word-groups.js";
import { marksRegrouped, type WordMark } from "../../server/domain/word-marks.js";

const tallyOf = (locale: string, stopWords: boolean, ...participants: string[][]) => {
  const tally = emptyWordTally(locale, stopWords);
  for (const answers of participants) applyAnswers(tally, null, answers);
  return tally;
};

describe("marks when the groups are formed anew in another language", () => {
  it("go to every group the marked group's answers fall in", () => {
    const tally = tallyOf("de", true, ["der Tee"], ["Tee"], ["Kaffee"]);
    const marks = new Map<string, WordMark>([["tee", "hidden"]]);
    expect(marksRegrouped(tally, marks, "en")).toEqual(
      new Map([
        ["der tee", "hidden"],
        ["tee", "hidden"],
      ]),
    );
  });

  it("move with their key when nobody wrote the word yet", () => {
    const tally = tallyOf("en", true, ["coffee"]);
    const marks = new Map<string, WordMark>([[groupKeyOf("Die Milch", "en", true), "approved"]]);
    expect(marksRegrouped(tally, marks, "de")).toEqual(new Map([["milch", "approved"]]));
  });

  it("keep a word hidden where a hidden and an approved group meet", () => {
    // In Turkish "Istanbul" and "ıstanbul" are one group; in English they were two.
    const tally = tallyOf("en", false, ["Istanbul"], ["ıstanbul"]);
    for (const order of [
      [
        ["istanbul", "hidden"],
        ["ıstanbul", "approved"],
      ],
      [
        ["ıstanbul", "approved"],
        ["istanbul", "hidden"],
      ],
    ] as const) {
      const marks = new Map<string, WordMark>(order.map(([key, mark]) => [key, mark]));
      expect(marksRegrouped(tally, marks, "tr")).toEqual(new Map([["ıstanbul", "hidden"]]));
    }
  });
});
