// en: the voter page's texts for open-text polls, loaded with their form only when an event
// has a text poll (client/voter/words/, tests/e2e/voter-budget.test.ts). Words: docs/translations.md.
import { counting } from "../../common/i18n.js";
import type { VoterWordsStrings } from "../strings.js";

const { count, number } = counting("en");

export const words: VoterWordsStrings = {
  answerLabel: (n, of) => (of === 1 ? "Your answer" : `Answer ${number(n)}`),
  hint: (max) =>
    max === 1
      ? "Write a word or a few words."
      : `Write up to ${number(max)} answers. A word or a few words are enough.`,
  charactersLeft: (n) => count(n, { one: "# character left", other: "# characters left" }),
  tooFew: "Please write an answer first.",
  topAnswers: "The most frequent answers",
  yourAnswers: "Your answers",
};
