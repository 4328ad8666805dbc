// uk: the voter page's texts for open-text polls, loaded with their form only when an event
// has a text poll (client/voter/words/, tests/e2e/voter-budget.test.ts). Words: docs/translations.md.
import { counting } from "../../common/i18n.js";
import type { VoterWordsStrings } from "../strings.js";

const { count, number } = counting("uk");

export const words: VoterWordsStrings = {
  answerLabel: (n, of) => (of === 1 ? "Ваша відповідь" : `Відповідь ${number(n)}`),
  hint: (max) =>
    max === 1
      ? "Напишіть слово або кілька слів."
      : `Можна написати до ${number(max)} відповідей. Досить одного або кількох слів.`,
  charactersLeft: (n) =>
    count(n, {
      one: "Залишився # символ",
      few: "Залишилося # символи",
      many: "Залишилося # символів",
      other: "Залишилося # символу",
    }),
  tooFew: "Спочатку напишіть відповідь.",
  topAnswers: "Найчастіші відповіді",
  yourAnswers: "Ваші відповіді",
};
