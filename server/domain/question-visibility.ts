// Who may see which audience question (docs/api.md, "Who sees which question"). A pending
// question reaches only moderators and its asker; rejected and archived ones, moderators and
// (rejected) the asker; nothing tells anyone else who asked.
import type { QuestionState } from "../../shared/question.js";
import { isPublicState } from "./question-rules.js";
import type { Audience } from "./visibility.js";

export function canSeeQuestion(state: QuestionState, audience: Audience, isAsker: boolean): boolean {
  if (audience === "moderator" || audience === "qaModerator") return true;
  if (isPublicState(state)) return true;
  // The asker learns that their question waits, or was not shown; archived ones leave their list too.
  return isAsker && audience === "voter" && (state === "pending" || state === "rejected");
}

/** Whether the audience sees every question (and so every upvote count). */
export const seesAllQuestions = (audience: Audience): boolean => audience === "moderator" || audience === "qaModerator";
