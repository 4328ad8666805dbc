// pl: the voter page's texts for open-text polls, loaded with their form only when an event
// has a text poll (client/voter/words/, tests/e2e/voter-budget.test.ts). Words: docs/translations.md.
import { counting } from "../../common/i18n.js";
import type { VoterWordsStrings } from "../strings.js";

const { count, number } = counting("pl");

export const words: VoterWordsStrings = {
  answerLabel: (n, of) => (of === 1 ? "Twoja odpowiedź" : `Odpowiedź ${number(n)}`),
  hint: (max) =>
    max === 1
      ? "Napisz słowo lub kilka słów."
      : `Możesz napisać do ${number(max)} odpowiedzi. Wystarczy jedno lub kilka słów.`,
  charactersLeft: (n) =>
    count(n, { one: "Został # znak", few: "Zostały # znaki", many: "Zostało # znaków", other: "Zostało # znaku" }),
  tooFew: "Najpierw napisz odpowiedź.",
  topAnswers: "Najczęstsze odpowiedzi",
  yourAnswers: "Twoje odpowiedzi",
};
