// Română: întrebările publicului pe telefon (chei: VoterQaStrings în ../strings.ts).
import { counting } from "../../common/i18n.js";
import type { VoterQaStrings } from "../strings.js";

const { number } = counting("ro");

export const qa: VoterQaStrings = {
  heading: "Întrebări",
  askLabel: "Întrebarea dumneavoastră",
  askHintPre: "Întrebarea va apărea după ce este aprobată.",
  characters: (n, max) => `${number(n)} din ${number(max)} caractere`,
  nameLabel: "Numele dumneavoastră (dacă vreți)",
  ask: "Trimiteți întrebarea",
  sortLabel: "Ordine",
  sortTop: "Populare",
  sortNew: "Noi",
  none: "Încă nu sunt întrebări. Puneți-o pe prima!",
  upvote: "Vreau și eu să știu",
  mine: "Întrebarea dumneavoastră",
  pending: "așteaptă aprobarea",
  rejected: "nu a fost aprobată",
  highlighted: "Acum se discută",
  answered: "Cu răspuns",
  askedBy: (name) => `de la ${name}`,
  arrived: "Întrebarea a ajuns.",
  arrivedPending: "Întrebarea a ajuns. Va apărea după ce este aprobată.",
  errors: {
    empty: "Scrieți mai întâi întrebarea.",
    tooLong: "Întrebarea este prea lungă. Vă rugăm s-o scurtați.",
    duplicate: "Ați pus deja această întrebare.",
    RATE_LIMITED: "Ați pus multe întrebări repede. Vă rugăm să așteptați puțin.",
    upvoteLimited: "Prea multe atingeri. Vă rugăm să așteptați puțin.",
    QA_DISABLED: "Acum nu se primesc întrebări.",
    other: "Nu a mers. Vă rugăm să încercați din nou.",
  },
};
