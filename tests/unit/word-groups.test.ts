// Grouping of open answers (server/domain/word-groups.ts): examples of what meets and what stays
// apart, and properties against a recount from scratch.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  applyAnswers,
  emptyWordTally,
  groupKeyOf,
  largestGroups,
  tidyAnswer,
  type WordTally,
} from "../../server/domain/word-groups.js";

const tallyOf = (locale: string, ...participants: string[][]) => {
  const tally = emptyWordTally(locale);
  for (const answers of participants) applyAnswers(tally, null, answers);
  return tally;
};

const shown = (tally: WordTally) => largestGroups(tally, 100).map(({ text, count }) => [text, count]);

describe("grouping open answers", () => {
  it("puts answers that differ in width, spacing and case in one group", () => {
    expect(groupKeyOf("  Kurze   Wege ", "de")).toBe(groupKeyOf("kurze wege", "de"));
    expect(groupKeyOf("ＫＡＦＦＥＥ", "de")).toBe(groupKeyOf("kaffee", "de"));
    expect(groupKeyOf("Straße", "de")).toBe(groupKeyOf("STRASSE", "de"));
    expect(groupKeyOf("kurze\u00a0wege", "de")).toBe(groupKeyOf("kurze wege", "de"));
  });

  it("folds the Turkish dotted and dotless i as Turkish readers do", () => {
    expect(groupKeyOf("İstanbul", "tr")).toBe(groupKeyOf("istanbul", "tr"));
    expect(groupKeyOf("IRMAK", "tr")).toBe(groupKeyOf("ırmak", "tr"));
    expect(groupKeyOf("IRMAK", "tr")).not.toBe(groupKeyOf("irmak", "tr"));
    expect(groupKeyOf("IRMAK", "de")).toBe(groupKeyOf("irmak", "de"));
  });

  it("keeps words apart that differ in more than form", () => {
    expect(groupKeyOf("Kaffee", "de")).not.toBe(groupKeyOf("Kaffe", "de"));
    expect(groupKeyOf("كتاب", "ar")).not.toBe(groupKeyOf("كتب", "ar"));
  });

  it("counts one participant once per group and shows the most frequent spelling", () => {
    const tally = tallyOf("de", ["Kaffee", "KAFFEE"], ["kaffee"], ["kaffee", "Tee"], ["Tee "]);
    expect(tally.respondents).toBe(4);
    expect(shown(tally)).toEqual([
      ["kaffee", 3],
      ["Tee", 2],
    ]);
  });

  it("keeps the shown spelling on a tie, and moves it when another one overtakes", () => {
    const tally = tallyOf("de", ["Tee"], ["TEE"]);
    expect(shown(tally)).toEqual([["Tee", 2]]);
    applyAnswers(tally, null, ["TEE"]);
    expect(shown(tally)).toEqual([["TEE", 3]]);
  });

  it("follows a changed answer and a withdrawn one", () => {
    const tally = tallyOf("de", ["Kaffee"], ["Tee"]);
    applyAnswers(tally, ["Kaffee"], ["Tee", "Wasser"]);
    expect(shown(tally)).toEqual([
      ["Tee", 2],
      ["Wasser", 1],
    ]);
    applyAnswers(tally, ["Tee"], null);
    expect(tally.respondents).toBe(1);
    expect(shown(tally)).toEqual([
      ["Tee", 1],
      ["Wasser", 1],
    ]);
  });

  it("ignores answers that are only whitespace", () => {
    expect(tidyAnswer(" \t ")).toBe("");
    expect(shown(tallyOf("de", [" ", "Tee"]))).toEqual([["Tee", 1]]);
  });

  it("gives the largest groups first, leaves out what is not shown, and stops at the limit", () => {
    const tally = tallyOf("en", ["a"], ["a"], ["a"], ["b"], ["b"], ["c"], ["d"]);
    expect(largestGroups(tally, 2).map((group) => group.text)).toEqual(["a", "b"]);
    expect(largestGroups(tally, 3, (key) => key !== "b").map((group) => group.text)).toEqual(["a", "c", "d"]);
    expect(largestGroups(tally, 0)).toEqual([]);
  });
});

/** Random rooms: each step sets one participant's answers (or withdraws them). */
const word = fc.constantFrom(
  "Tee",
  "tee",
  "TEE",
  " tee ",
  "Kaffee",
  "ＫＡＦＦＥＥ",
  "İstanbul",
  "istanbul",
  "ırmak",
  "IRMAK",
);
const steps = fc.array(
  fc.record({
    participant: fc.integer({ min: 0, max: 7 }),
    answers: fc.option(fc.array(word, { minLength: 1, maxLength: 3 })),
  }),
  { maxLength: 60 },
);
const locale = fc.constantFrom("de", "tr", "en");

describe("grouping, against a recount", () => {
  it("a group's count equals the participants with an answer in it, whatever the order of changes", () => {
    fc.assert(
      fc.property(locale, steps, (language, changes) => {
        const tally = emptyWordTally(language);
        const current = new Map<number, string[]>();
        for (const { participant, answers } of changes) {
          applyAnswers(tally, current.get(participant) ?? null, answers);
          if (answers === null) current.delete(participant);
          else current.set(participant, answers);
        }
        const expected = new Map<string, number>();
        for (const answers of current.values()) {
          for (const key of new Set(answers.map((answer) => groupKeyOf(answer, language)))) {
            expected.set(key, (expected.get(key) ?? 0) + 1);
          }
        }
        expect(tally.respondents).toBe(current.size);
        expect(new Map(largestGroups(tally, 1000).map((group) => [group.key, group.count]))).toEqual(expected);
      }),
    );
  });

  it("shows a spelling that no other spelling of its group outnumbers", () => {
    fc.assert(
      fc.property(
        locale,
        fc.array(fc.array(word, { minLength: 1, maxLength: 3 }), { maxLength: 30 }),
        (language, rooms) => {
          const tally = tallyOf(language, ...rooms);
          for (const group of largestGroups(tally, 1000)) {
            const spellings = new Map<string, number>();
            for (const answers of rooms) {
              const first = answers.map(tidyAnswer).find((answer) => groupKeyOf(answer, language) === group.key);
              if (first !== undefined) spellings.set(first, (spellings.get(first) ?? 0) + 1);
            }
            expect(spellings.get(group.text)).toBe(Math.max(...spellings.values()));
          }
        },
      ),
    );
  });

  it("keeps 20,000 groups and finds the largest hundred without sorting them all", () => {
    const tally = emptyWordTally("de");
    for (let participant = 0; participant < 10_000; participant++) {
      applyAnswers(tally, null, [
        `wort${participant % 20_000}`,
        `wort${(participant * 7) % 20_000}`,
        `wort${participant + 10_000}`,
      ]);
    }
    expect(tally.groups.size).toBeGreaterThanOrEqual(15_000);
    const top = largestGroups(tally, 100);
    expect(top).toHaveLength(100);
    for (let index = 1; index < top.length; index++) {
      expect((top[index - 1]?.count ?? 0) >= (top[index]?.count ?? 0)).toBe(true);
    }
  });
});
