// tr: the voter page's texts for open-text polls, loaded with their form only when an event
// has a text poll (client/voter/words/, tests/e2e/voter-budget.test.ts). Words: docs/translations.md.
import { counting } from "../../common/i18n.js";
import type { VoterWordsStrings } from "../strings.js";

const { count, number } = counting("tr");

export const words: VoterWordsStrings = {
  answerLabel: (n, of) => (of === 1 ? "Cevabınız" : `${number(n)}. cevap`),
  hint: (max) =>
    max === 1
      ? "Bir kelime ya da birkaç kelime yazın."
      : `En fazla ${number(max)} cevap yazabilirsiniz. Bir ya da birkaç kelime yeterli.`,
  charactersLeft: (n) => count(n, { one: "# karakter kaldı", other: "# karakter kaldı" }),
  tooFew: "Lütfen önce bir cevap yazın.",
  topAnswers: "En sık verilen cevaplar",
  yourAnswers: "Cevaplarınız",
};
