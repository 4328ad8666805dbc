// ru: the voter page's texts for open-text polls, loaded with their form only when an event
// has a text poll (client/voter/words/, tests/e2e/voter-budget.test.ts). Words: docs/translations.md.
import { counting } from "../../common/i18n.js";
import type { VoterWordsStrings } from "../strings.js";

const { count, number } = counting("ru");

export const words: VoterWordsStrings = {
  answerLabel: (n, of) => (of === 1 ? "Ваш ответ" : `Ответ ${number(n)}`),
  hint: (max) =>
    max === 1
      ? "Напишите слово или несколько слов."
      : `Можно написать до ${number(max)} ответов. Хватит одного или нескольких слов.`,
  charactersLeft: (n) =>
    count(n, {
      one: "Остался # символ",
      few: "Осталось # символа",
      many: "Осталось # символов",
      other: "Осталось # символа",
    }),
  tooFew: "Сначала напишите ответ.",
  topAnswers: "Самые частые ответы",
  yourAnswers: "Ваши ответы",
};
