// Polski: pytania publiczności na telefonie (klucze: VoterQaStrings w ../strings.ts).
import { counting } from "../../common/i18n.js";
import type { VoterQaStrings } from "../strings.js";

const { number } = counting("pl");

export const qa: VoterQaStrings = {
  heading: "Pytania",
  askLabel: "Twoje pytanie",
  askHintPre: "Twoje pytanie pojawi się, gdy zostanie zatwierdzone.",
  characters: (n, max) => `${number(n)} z ${number(max)} znaków`,
  nameLabel: "Twoje imię (nieobowiązkowo)",
  ask: "Wyślij pytanie",
  sortLabel: "Sortuj",
  sortTop: "Popularne",
  sortNew: "Nowe",
  none: "Nie ma jeszcze pytań. Zadaj pierwsze!",
  upvote: "Też chcę wiedzieć",
  mine: "Twoje pytanie",
  pending: "czeka na zatwierdzenie",
  rejected: "niezatwierdzone",
  highlighted: "Teraz omawiane",
  answered: "Z odpowiedzią",
  askedBy: (name) => `od: ${name}`,
  arrived: "Twoje pytanie dotarło.",
  arrivedPending: "Twoje pytanie dotarło. Pojawi się, gdy zostanie zatwierdzone.",
  errors: {
    empty: "Najpierw napisz swoje pytanie.",
    tooLong: "Pytanie jest za długie. Skróć je, proszę.",
    duplicate: "To pytanie zostało już wysłane.",
    RATE_LIMITED: "Za dużo pytań w krótkim czasie. Poczekaj chwilę.",
    upvoteLimited: "Za dużo kliknięć. Poczekaj chwilę.",
    QA_DISABLED: "Teraz nie przyjmujemy pytań.",
    other: "Nie udało się. Spróbuj jeszcze raz.",
  },
};
