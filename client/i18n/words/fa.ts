// fa: the voter page's texts for open-text polls, loaded with their form only when an event
// has a text poll (client/voter/words/, tests/e2e/voter-budget.test.ts). Words: docs/translations.md.
import { counting } from "../../common/i18n.js";
import type { VoterWordsStrings } from "../strings.js";

const { count, number } = counting("fa");

export const words: VoterWordsStrings = {
  answerLabel: (n, of) => (of === 1 ? "پاسخ شما" : `پاسخ ${number(n)}`),
  hint: (max) =>
    max === 1 ? "یک کلمه یا چند کلمه بنویسید." : `می‌توانید تا ${number(max)} پاسخ بنویسید. یک یا چند کلمه کافی است.`,
  charactersLeft: (n) => count(n, { one: "# حرف باقی مانده", other: "# حرف باقی مانده" }),
  tooFew: "لطفاً اول یک پاسخ بنویسید.",
  topAnswers: "پرتکرارترین پاسخ‌ها",
  yourAnswers: "پاسخ‌های شما",
};
