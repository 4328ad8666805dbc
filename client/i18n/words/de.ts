// de: the voter page's texts for open-text polls, loaded with their form only when an event
// has a text poll (client/voter/words/, tests/e2e/voter-budget.test.ts). Words: docs/translations.md.
import { counting } from "../../common/i18n.js";
import type { VoterWordsStrings } from "../strings.js";

const { count, number } = counting("de");

export const words: VoterWordsStrings = {
  answerLabel: (n, of) => (of === 1 ? "Ihre Antwort" : `Antwort ${number(n)}`),
  hint: (max) =>
    max === 1
      ? "Schreiben Sie ein Wort oder ein paar Wörter."
      : `Schreiben Sie bis zu ${number(max)} Antworten. Ein Wort oder ein paar Wörter genügen.`,
  charactersLeft: (n) => count(n, { one: "Noch # Zeichen", other: "Noch # Zeichen" }),
  tooFew: "Bitte schreiben Sie zuerst eine Antwort.",
  topAnswers: "Die häufigsten Antworten",
  yourAnswers: "Ihre Antworten",
};
