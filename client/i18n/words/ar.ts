// ar: the voter page's texts for open-text polls, loaded with their form only when an event
// has a text poll (client/voter/words/, tests/e2e/voter-budget.test.ts). Words: docs/translations.md.
import { counting } from "../../common/i18n.js";
import type { VoterWordsStrings } from "../strings.js";

const { count, number } = counting("ar");

export const words: VoterWordsStrings = {
  answerLabel: (n, of) => (of === 1 ? "إجابتك" : `الإجابة ${number(n)}`),
  hint: (max) =>
    max === 1 ? "اكتب كلمة أو بضع كلمات." : `يمكنك كتابة حتى ${number(max)} إجابات. تكفي كلمة أو بضع كلمات.`,
  charactersLeft: (n) =>
    count(n, {
      zero: "لم يبقَ أي حرف",
      one: "بقي حرف واحد",
      two: "بقي حرفان",
      few: "بقيت # أحرف",
      many: "بقي # حرفًا",
      other: "بقي # حرف",
    }),
  tooFew: "من فضلك اكتب إجابة أولًا.",
  topAnswers: "الإجابات الأكثر تكرارًا",
  yourAnswers: "إجاباتك",
};
