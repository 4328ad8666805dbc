// Stop words in open answers' groups (server/domain/stop-words.ts, word-groups.ts): what meets
// when a poll leaves out small words, what stays apart, and properties against a recount.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  applyAnswers,
  emptyWordTally,
  groupKeyOf,
  largestGroups,
  type WordTally,
} from "../../server/domain/word-groups.js";
import { LOCALES } from "../../shared/locales.js";

const tallyOf = (locale: string, stopWords: boolean, ...participants: string[][]) => {
  const tally = emptyWordTally(locale, stopWords);
  for (const answers of participants) applyAnswers(tally, null, answers);
  return tally;
};

const shown = (tally: WordTally) => largestGroups(tally, 100).map(({ text, count }) => [text, count]);

describe("leaving out stop words", () => {
  it("puts 'der Kaffee', 'Kaffee' and 'den Kaffee' in one group, shown as most people wrote it", () => {
    const tally = tallyOf("de", true, ["der Kaffee"], ["Kaffee"], ["den Kaffee"], ["Kaffee"], ["Kaffee und Kuchen"]);
    expect(shown(tally)).toEqual([
      ["Kaffee", 4],
      ["Kaffee und Kuchen", 1],
    ]);
    expect(groupKeyOf("Kaffee und Kuchen", "de", true)).toBe("kaffee kuchen");
  });

  it("changes nothing when the poll does not ask for it", () => {
    const tally = tallyOf("de", false, ["der Kaffee"], ["Kaffee"], ["den Kaffee"]);
    expect(shown(tally)).toHaveLength(3);
    expect(groupKeyOf("der Kaffee", "de")).toBe("der kaffee");
  });

  it("leaves out English stop words at an event in another language too", () => {
    expect(groupKeyOf("the coffee", "de", true)).toBe("coffee");
    expect(groupKeyOf("çay ve kahve", "tr", true)).toBe(groupKeyOf("çay kahve", "tr", true));
  });

  it("keeps an answer of stop words only whole, never an empty group", () => {
    expect(groupKeyOf("und", "de", true)).toBe("und");
    expect(groupKeyOf("Das ist es", "de", true)).toBe("das ist es");
    expect(groupKeyOf("the", "en", true)).toBe("the");
  });

  it("keeps the words that turn an answer round: 'kein Kaffee' is not 'Kaffee'", () => {
    expect(groupKeyOf("kein Kaffee", "de", true)).toBe("kein kaffee");
    expect(groupKeyOf("nicht der Kaffee", "de", true)).toBe("nicht kaffee");
    expect(groupKeyOf("no coffee", "en", true)).toBe("no coffee");
    expect(groupKeyOf("не кофе", "ru", true)).toBe("не кофе");
  });

  it("keeps the words that carry an answer's meaning, though the lists have them: 'gute Zeit' is not 'Zeit'", () => {
    expect(groupKeyOf("eine gute Zeit", "de", true)).toBe("gute zeit");
    expect(groupKeyOf("nette Menschen", "de", true)).toBe("nette menschen");
    expect(groupKeyOf("Der Tag war gut", "de", true)).toBe("tag gut");
    expect(groupKeyOf("çok iyi", "tr", true)).toBe("iyi");
    expect(groupKeyOf("timp liber", "ro", true)).toBe("timp liber");
  });

  it("folds the lists as it folds the answers: 'DASS' and 'daß' are stop words", () => {
    expect(groupKeyOf("DASS Kaffee", "de", true)).toBe("kaffee");
    expect(groupKeyOf("daß Kaffee", "de", true)).toBe("kaffee");
  });

  it("has a list for every page language", () => {
    const examples: Record<string, string> = {
      de: "und",
      en: "and",
      tr: "ve",
      ar: "في",
      uk: "і",
      ru: "и",
      fa: "از",
      pl: "i",
      ro: "și",
    };
    for (const locale of LOCALES) {
      expect(groupKeyOf(`Wasser ${examples[locale]}`, locale, true), locale).toBe("wasser");
    }
  });
});

/** Random rooms: each step sets one participant's answers (or withdraws them). */
const answer = fc.constantFrom(
  "der Kaffee",
  "Kaffee",
  "den KAFFEE",
  "Kaffee und Kuchen",
  "kein Kaffee",
  "und",
  "the tea",
  "Tee",
  " TEE ",
  "das ist es",
);
const steps = fc.array(
  fc.record({
    participant: fc.integer({ min: 0, max: 7 }),
    answers: fc.option(fc.array(answer, { minLength: 1, maxLength: 3 })),
  }),
  { maxLength: 60 },
);
const locale = fc.constantFrom(...LOCALES);

function run(tally: WordTally, changes: readonly { participant: number; answers: string[] | null }[]) {
  const current = new Map<number, string[]>();
  for (const { participant, answers } of changes) {
    applyAnswers(tally, current.get(participant) ?? null, answers);
    if (answers === null) current.delete(participant);
    else current.set(participant, answers);
  }
  return current;
}

describe("stop words, against a recount", () => {
  it("a group's count still equals the participants with an answer in it", () => {
    fc.assert(
      fc.property(locale, steps, (language, changes) => {
        const tally = emptyWordTally(language, true);
        const current = run(tally, changes);
        const expected = new Map<string, number>();
        for (const answers of current.values()) {
          for (const key of new Set(answers.map((text) => groupKeyOf(text, language, true)))) {
            expected.set(key, (expected.get(key) ?? 0) + 1);
          }
        }
        expect(tally.respondents).toBe(current.size);
        expect(new Map(largestGroups(tally, 1000).map((group) => [group.key, group.count]))).toEqual(expected);
      }),
    );
  });

  it("with the option off, the groups are those of a poll without it", () => {
    fc.assert(
      fc.property(locale, steps, (language, changes) => {
        const off = emptyWordTally(language, false);
        const plain = emptyWordTally(language);
        run(off, changes);
        run(plain, changes);
        expect(largestGroups(off, 1000)).toEqual(largestGroups(plain, 1000));
      }),
    );
  });

  it("with the option on, a key is never empty and only ever drops whole words", () => {
    fc.assert(
      fc.property(locale, fc.string({ minLength: 1, maxLength: 40 }), (language, text) => {
        const plain = groupKeyOf(text, language);
        const without = groupKeyOf(text, language, true);
        if (plain !== "") expect(without).not.toBe("");
        const words = plain.split(" ");
        let at = 0;
        for (const word of without.split(" ")) {
          at = words.indexOf(word, at) + 1;
          expect(at).toBeGreaterThan(0);
        }
      }),
    );
  });
});
