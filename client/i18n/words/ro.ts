// ro: the voter page's texts for open-text polls, loaded with their form only when an event
// has a text poll (client/voter/words/, tests/e2e/voter-budget.test.ts). Words: docs/translations.md.
import { counting } from "../../common/i18n.js";
import type { VoterWordsStrings } from "../strings.js";

const { count, number } = counting("ro");

export const words: VoterWordsStrings = {
  answerLabel: (n, of) => (of === 1 ? "Răspunsul dumneavoastră" : `Răspunsul ${number(n)}`),
  hint: (max) =>
    max === 1
      ? "Scrieți un cuvânt sau câteva cuvinte."
      : `Puteți scrie până la ${number(max)} răspunsuri. Ajunge un cuvânt sau câteva.`,
  charactersLeft: (n) =>
    count(n, { one: "A mai rămas # caracter", few: "Au mai rămas # caractere", other: "Au mai rămas # de caractere" }),
  tooFew: "Vă rugăm să scrieți mai întâi un răspuns.",
  topAnswers: "Cele mai dese răspunsuri",
  yourAnswers: "Răspunsurile dumneavoastră",
};
