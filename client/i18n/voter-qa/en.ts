// English: the audience's questions on a phone (keys: VoterQaStrings in ../strings.ts).
import { counting } from "../../common/i18n.js";
import type { VoterQaStrings } from "../strings.js";

const { number } = counting("en");

export const qa: VoterQaStrings = {
  heading: "Questions",
  askLabel: "Your question",
  askHintPre: "Your question will be shown once it is approved.",
  characters: (n, max) => `${number(n)} of ${number(max)} characters`,
  nameLabel: "Your name (optional)",
  ask: "Send question",
  sortLabel: "Sort",
  sortTop: "Popular",
  sortNew: "New",
  none: "No questions yet. Ask the first one!",
  upvote: "I want to know too",
  mine: "Your question",
  pending: "waiting for approval",
  rejected: "not approved",
  highlighted: "Now on",
  answered: "Answered",
  askedBy: (name) => `by ${name}`,
  arrived: "Your question has arrived.",
  arrivedPending: "Your question has arrived. It will be shown once it is approved.",
  errors: {
    empty: "Please write your question first.",
    tooLong: "Your question is too long. Please make it shorter.",
    duplicate: "You have asked this question already.",
    RATE_LIMITED: "You asked many questions quickly. Please wait a little.",
    upvoteLimited: "Too many taps. Please wait a moment.",
    QA_DISABLED: "No questions are taken at the moment.",
    other: "That did not work. Please try again.",
  },
};
