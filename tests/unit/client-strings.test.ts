// Every language has every text and no other, its numbers read right (plural forms by the
// language's rules, digits by its number format), and the voter's plain-language rules read right.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LANGUAGES, PLURAL_CATEGORIES } from "../../client/common/i18n.js";
import { ratingName } from "../../client/common/result-rows.js";
import { de } from "../../client/i18n/de.js";
import { en, enForVoters } from "../../client/i18n/en.js";
import type {
  HomeStrings,
  Strings,
  VoterQaStrings,
  VoterStrings,
  VoterWordsStrings,
} from "../../client/i18n/strings.js";
import { words as arWords } from "../../client/i18n/words/ar.js";
import { words as deWords } from "../../client/i18n/words/de.js";
import { words as enWords } from "../../client/i18n/words/en.js";
import { words as faWords } from "../../client/i18n/words/fa.js";
import { words as plWords } from "../../client/i18n/words/pl.js";
import { words as roWords } from "../../client/i18n/words/ro.js";
import { words as ruWords } from "../../client/i18n/words/ru.js";
import { words as trWords } from "../../client/i18n/words/tr.js";
import { words as ukWords } from "../../client/i18n/words/uk.js";

import { selectionRule } from "../../client/voter/voter-texts.js";
import { LOCALES, type Locale } from "../../shared/locales.js";
import type { ChoicePoll } from "../../shared/poll.js";

const I18N = join(import.meta.dirname, "../../client/i18n");

/** Each language's module: `xx` (every text) and `xxForVoters` (the voter page's). */
async function language(locale: Locale): Promise<{ all: Strings; voter: VoterStrings }> {
  const module = (await import(`../../client/i18n/${locale}.ts`)) as Record<string, unknown>;
  return { all: module[locale] as Strings, voter: module[`${locale}ForVoters`] as VoterStrings };
}

/** The paths of all leaves of a strings object, e.g. "voter.errors.POLL_CLOSED". */
function keysOf(value: unknown, prefix = ""): string[] {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

const GROUP = { percent: "25%", options: "“C”", tied: false };
const TIED = { percent: "50%", options: "“A” & “B”", tied: true };
const TEXT_ARGUMENT = new Set([
  "title",
  "noSuchEvent",
  "unknownCode",
  "qrLabel",
  "qrFor",
  "announceOpen",
  "announceClosed",
  "askedBy",
]);
/** What the pages pass to the texts that take more than counts. */
const SAMPLES: Record<string, unknown[][]> = {
  list: [[["“A”"]], [["“A”", "“B”", "“C”"]]],
  quote: [["A"]],
  choiceSentence: [
    [GROUP, null],
    [TIED, GROUP],
  ],
  ratingSentence: [
    ["4.1", 5, null],
    ["4.1", 5, "40%"],
  ],
  ratingOutOf: [["4", 5]],
  confirmReset: [
    ["Q", 1],
    ["Q", 22],
  ],
  confirmDelete: [
    ["Q", 0],
    ["Q", 1],
    ["Q", 5],
  ],
};
const COUNT_SAMPLES = [1, 2, 5, 21, 22].map((n) => [n, n + 1, n + 2]);

/** Every text, functions called with what the pages pass them, as a page could show it. */
function textsOf(value: unknown, path = "", key = ""): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (typeof value === "function") {
    const samples = SAMPLES[key] ?? (TEXT_ARGUMENT.has(key) ? [["X"]] : COUNT_SAMPLES);
    return samples.map((args) => [path, String((value as (...args: unknown[]) => unknown)(...args))]);
  }
  if (Array.isArray(value)) return value.flatMap((child, index) => textsOf(child, `${path}[${index}]`, key));
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([name, child]) => textsOf(child, path ? `${path}.${name}` : name, name));
  }
  return [];
}

/** The voter's texts of open-text polls, one file per language (loaded with their form on the page). */
const VOTER_WORDS: Record<Locale, VoterWordsStrings> = {
  de: deWords,
  en: enWords,
  tr: trWords,
  ar: arWords,
  uk: ukWords,
  ru: ruWords,
  fa: faWords,
  pl: plWords,
  ro: roWords,
};

const choice = (minSelections: number, maxSelections: number) =>
  ({ type: "choice", minSelections, maxSelections }) as ChoicePoll;

describe("the languages", () => {
  it("are one file each in client/i18n, one for every page language and no other", () => {
    const files = readdirSync(I18N)
      .filter((file) => file.endsWith(".ts") && file !== "strings.ts")
      .map((file) => file.replace(/\.ts$/, ""));
    expect(files.sort()).toEqual([...LOCALES].sort());
    expect(Object.keys(LANGUAGES).sort()).toEqual([...LOCALES].sort());
    // The voter's texts of open-text polls, loaded with their form: one file per language too.
    const words = readdirSync(join(I18N, "words")).map((file) => file.replace(/\.ts$/, ""));
    expect(words.sort()).toEqual([...LOCALES].sort());
  });

  it.each(LOCALES)("%s has every voter text of open-text polls that English has", (locale) => {
    const words = VOTER_WORDS[locale];
    expect(Object.keys(words).sort()).toEqual(Object.keys(VOTER_WORDS.en).sort());
    expect(words.charactersLeft(3)).toMatch(/3|٣|۳/);
  });

  it.each(LOCALES)("%s has every text of English and no other, and says which language it is", async (locale) => {
    const { all, voter } = await language(locale);
    expect(keysOf(all).sort()).toEqual(keysOf(en).sort());
    expect(keysOf(voter).sort()).toEqual(keysOf(enForVoters).sort());
    expect(all.locale).toBe(locale);
    expect(all.ratingWords).toHaveLength(5);
  });

  it.each(LOCALES)("%s has no empty text, no leftover placeholder and no jargon", async (locale) => {
    const { all } = await language(locale);
    for (const [path, text] of textsOf(all)) {
      expect(text.trim(), path).not.toBe("");
      expect(text, path).not.toMatch(/undefined|NaN|null|\[object|#|n = |\bID\b/);
    }
  });

  it("names each language in itself in the language menus", () => {
    expect(LANGUAGES).toEqual({
      de: "Deutsch",
      en: "English",
      tr: "Türkçe",
      ar: "العربية",
      uk: "Українська",
      ru: "Русский",
      fa: "فارسی",
      pl: "Polski",
      ro: "Română",
    });
  });

  it("names the plural forms each language needs, as the browser's plural rules have them", () => {
    for (const locale of LOCALES) {
      const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      expect([...PLURAL_CATEGORIES[locale]].sort(), locale).toEqual([...categories].sort());
    }
  });
});

describe("the audience Q&A texts of the voter page", () => {
  const qaOf = async (locale: Locale) =>
    ((await import(`../../client/i18n/voter-qa/${locale}.ts`)) as { qa: VoterQaStrings }).qa;

  it("are one file each in client/i18n/voter-qa, one for every page language and no other", () => {
    const files = readdirSync(join(I18N, "voter-qa")).map((file) => file.replace(/\.ts$/, ""));
    expect(files.sort()).toEqual([...LOCALES].sort());
  });

  it.each(LOCALES)("%s has every text of English, none empty, no placeholder left", async (locale) => {
    const qa = await qaOf(locale);
    expect(keysOf(qa).sort()).toEqual(keysOf(await qaOf("en")).sort());
    for (const [path, text] of textsOf(qa)) {
      expect(text.trim(), path).not.toBe("");
      expect(text, path).not.toMatch(/undefined|NaN|null|\[object|#|n = |\bID\b/);
    }
  });
});

describe("the compiler", () => {
  it("refuses a language that misses a text or has one too many", () => {
    const { title: _title, ...withoutTitle } = en.home;
    // @ts-expect-error: a language without the home page's title does not compile.
    const missing: HomeStrings = withoutTitle;
    // @ts-expect-error: a text no page shows does not compile either.
    const extra: HomeStrings = { ...en.home, greeting: "Hi" };
    expect([missing, extra]).toHaveLength(2);
  });
});

const COUNTS = [0, 1, 2, 5, 21, 22, 100] as const;

/** What each language says beside a result bar and below the results, for COUNTS. */
const COUNTED: Record<Locale, { votes: string[]; respondents: string[] }> = {
  de: {
    votes: ["0 Stimmen", "1 Stimme", "2 Stimmen", "5 Stimmen", "21 Stimmen", "22 Stimmen", "100 Stimmen"],
    respondents: [
      "0 Personen haben abgestimmt",
      "1 Person hat abgestimmt",
      "2 Personen haben abgestimmt",
      "5 Personen haben abgestimmt",
      "21 Personen haben abgestimmt",
      "22 Personen haben abgestimmt",
      "100 Personen haben abgestimmt",
    ],
  },
  en: {
    votes: ["0 votes", "1 vote", "2 votes", "5 votes", "21 votes", "22 votes", "100 votes"],
    respondents: [
      "0 people voted",
      "1 person voted",
      "2 people voted",
      "5 people voted",
      "21 people voted",
      "22 people voted",
      "100 people voted",
    ],
  },
  tr: {
    votes: ["0 oy", "1 oy", "2 oy", "5 oy", "21 oy", "22 oy", "100 oy"],
    respondents: [
      "0 kişi oy verdi",
      "1 kişi oy verdi",
      "2 kişi oy verdi",
      "5 kişi oy verdi",
      "21 kişi oy verdi",
      "22 kişi oy verdi",
      "100 kişi oy verdi",
    ],
  },
  ar: {
    votes: ["لا أصوات", "صوت واحد", "صوتان", "5 أصوات", "21 صوتًا", "22 صوتًا", "100 صوت"],
    respondents: [
      "لم يصوّت أحد",
      "صوّت شخص واحد",
      "صوّت شخصان",
      "صوّت 5 أشخاص",
      "صوّت 21 شخصًا",
      "صوّت 22 شخصًا",
      "صوّت 100 شخص",
    ],
  },
  uk: {
    votes: ["0 голосів", "1 голос", "2 голоси", "5 голосів", "21 голос", "22 голоси", "100 голосів"],
    respondents: [
      "0 людей проголосували",
      "1 людина проголосувала",
      "2 людини проголосували",
      "5 людей проголосували",
      "21 людина проголосувала",
      "22 людини проголосували",
      "100 людей проголосували",
    ],
  },
  ru: {
    votes: ["0 голосов", "1 голос", "2 голоса", "5 голосов", "21 голос", "22 голоса", "100 голосов"],
    respondents: [
      "0 человек проголосовали",
      "1 человек проголосовал",
      "2 человека проголосовали",
      "5 человек проголосовали",
      "21 человек проголосовал",
      "22 человека проголосовали",
      "100 человек проголосовали",
    ],
  },
  fa: {
    votes: ["0 رأی", "1 رأی", "2 رأی", "5 رأی", "21 رأی", "22 رأی", "100 رأی"],
    respondents: [
      "0 نفر رأی داد",
      "1 نفر رأی داد",
      "2 نفر رأی دادند",
      "5 نفر رأی دادند",
      "21 نفر رأی دادند",
      "22 نفر رأی دادند",
      "100 نفر رأی دادند",
    ],
  },
  pl: {
    votes: ["0 głosów", "1 głos", "2 głosy", "5 głosów", "21 głosów", "22 głosy", "100 głosów"],
    respondents: [
      "0 osób zagłosowało",
      "1 osoba zagłosowała",
      "2 osoby zagłosowały",
      "5 osób zagłosowało",
      "21 osób zagłosowało",
      "22 osoby zagłosowały",
      "100 osób zagłosowało",
    ],
  },
  ro: {
    votes: ["0 voturi", "1 vot", "2 voturi", "5 voturi", "21 de voturi", "22 de voturi", "100 de voturi"],
    respondents: [
      "0 persoane au votat",
      "1 persoană a votat",
      "2 persoane au votat",
      "5 persoane au votat",
      "21 de persoane au votat",
      "22 de persoane au votat",
      "100 de persoane au votat",
    ],
  },
};

describe("counted words", () => {
  it.each(LOCALES)("%s says 0, 1, 2, 5, 21, 22 and 100 votes and voters in the right plural form", async (locale) => {
    const { all } = await language(locale);
    expect(COUNTS.map((n) => all.votes(n))).toEqual(COUNTED[locale].votes);
    expect(COUNTS.map((n) => all.respondents(n))).toEqual(COUNTED[locale].respondents);
  });

  it("writes big numbers as the language does, and Western digits on Arabic and Persian pages", async () => {
    expect(de.votes(1234)).toBe("1.234 Stimmen");
    expect(en.respondents(1234)).toBe("1,234 people voted");
    for (const locale of ["ar", "fa"] as const) {
      const { all } = await language(locale);
      const text = all.respondents(1234);
      expect(text).toMatch(/1.?234/);
      expect(text).not.toMatch(/[\u0660-\u0669\u06f0-\u06f9]/);
    }
  });
});

describe("the voter's texts", () => {
  it("states the selection rule plainly", () => {
    expect(selectionRule(en, choice(1, 1))).toBe("Choose one answer.");
    expect(selectionRule(en, choice(1, 2))).toBe("Choose up to 2 answers.");
    expect(selectionRule(en, choice(2, 2))).toBe("Choose exactly 2 answers.");
    expect(selectionRule(de, choice(2, 3))).toBe("Wählen Sie 2 bis 3 Antworten.");
  });

  it("puts the answers in the case the words before the number ask for", async () => {
    const { all: ru } = await language("ru");
    const { all: uk } = await language("uk");
    const { all: ro } = await language("ro");
    expect(selectionRule(ru, choice(1, 2))).toBe("Выберите до 2 ответов.");
    expect(selectionRule(ru, choice(1, 21))).toBe("Выберите до 21 ответа.");
    expect(selectionRule(uk, choice(2, 3))).toBe("Виберіть від 2 до 3 відповідей.");
    expect(ro.voter.chooseExactly(2)).toBe("Alegeți exact 2 răspunsuri.");
    expect(ro.voter.chooseExactly(20)).toBe("Alegeți exact 20 de răspunsuri.");
  });

  it("names a rating in words on five-star scales", () => {
    expect(ratingName(en, 4, 5)).toBe("4 of 5 · Very good");
    expect(ratingName(de, 1, 5)).toBe("1 von 5 · Schlecht");
    expect(ratingName(en, 7, 10)).toBe("7 of 10");
  });
});
