// Deutsch: die Fragen des Publikums auf dem Handy (Schlüssel: VoterQaStrings in ../strings.ts).
import { counting } from "../../common/i18n.js";
import type { VoterQaStrings } from "../strings.js";

const { number } = counting("de");

export const qa: VoterQaStrings = {
  heading: "Fragen",
  askLabel: "Ihre Frage",
  askHintPre: "Ihre Frage wird gezeigt, sobald sie freigegeben ist.",
  characters: (n, max) => `${number(n)} von ${number(max)} Zeichen`,
  nameLabel: "Ihr Name (freiwillig)",
  ask: "Frage senden",
  sortLabel: "Sortieren",
  sortTop: "Beliebt",
  sortNew: "Neu",
  none: "Noch keine Fragen. Stellen Sie die erste!",
  upvote: "Will ich auch wissen",
  mine: "Ihre Frage",
  pending: "wartet auf Freigabe",
  rejected: "nicht freigegeben",
  highlighted: "Jetzt dran",
  answered: "Beantwortet",
  askedBy: (name) => `von ${name}`,
  arrived: "Ihre Frage ist angekommen.",
  arrivedPending: "Ihre Frage ist angekommen. Sie wird gezeigt, sobald sie freigegeben ist.",
  errors: {
    empty: "Bitte schreiben Sie zuerst Ihre Frage.",
    tooLong: "Ihre Frage ist zu lang. Bitte kürzen Sie sie.",
    duplicate: "Diese Frage haben Sie schon gestellt.",
    RATE_LIMITED: "Sie haben schnell viele Fragen gestellt. Bitte warten Sie kurz.",
    upvoteLimited: "Zu viele Klicks. Bitte warten Sie kurz.",
    QA_DISABLED: "Im Moment werden keine Fragen angenommen.",
    other: "Das hat nicht geklappt. Bitte versuchen Sie es noch einmal.",
  },
};
