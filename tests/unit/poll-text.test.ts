// Which words of a poll a phone shows (shared/poll-text.ts): its language's translation, else the original.
import { describe, expect, it } from "vitest";
import { pollInLanguage, translationOf } from "../../shared/poll-text.js";
import { choicePoll, ratingPoll } from "./fixtures.js";

const yesNo = choicePoll({
  question: "Kommen Sie wieder?",
  options: [
    { id: 11, label: "Ja" },
    { id: 12, label: "Nein" },
  ],
  translations: {
    tr: { question: "Tekrar gelir misiniz?", options: ["Evet", "Hayır"] },
    ar: { question: "هل ستعود؟" },
  },
});

describe("a poll in a phone's language", () => {
  it("shows the question and options of the phone's language, keeping the option ids", () => {
    const shown = pollInLanguage(yesNo, "tr");
    expect(shown.question).toBe("Tekrar gelir misiniz?");
    expect(shown.options).toEqual([
      { id: 11, label: "Evet" },
      { id: 12, label: "Hayır" },
    ]);
  });

  it("shows the original where there is no translation, as the same poll", () => {
    expect(pollInLanguage(yesNo, "uk")).toBe(yesNo);
    expect(translationOf(yesNo, "uk")).toBeUndefined();
  });

  it("keeps the original options when a translation gives only the question", () => {
    const shown = pollInLanguage(yesNo, "ar");
    expect(shown.question).toBe("هل ستعود؟");
    expect(shown.options).toBe(yesNo.options);
  });

  it("translates a rating poll's question", () => {
    const rating = ratingPoll({ translations: { uk: { question: "Як вам захід?" } } });
    expect(pollInLanguage(rating, "uk")).toEqual({ ...rating, question: "Як вам захід?" });
  });

  it("does not change the poll it was given", () => {
    const before = structuredClone(yesNo);
    pollInLanguage(yesNo, "tr");
    expect(yesNo).toEqual(before);
  });

  it("finds no translation under a name every object has", () => {
    expect(translationOf(yesNo, "constructor" as "de")).toBeUndefined();
  });
});
