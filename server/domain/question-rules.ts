// The life of an audience question (docs/api.md, "The life of a question"): the state a new one
// starts in, which moderator changes are allowed, highlighting, and which ones take upvotes.
import type { QaSettings, QuestionState } from "../../shared/question.js";
import { fail, type Outcome, succeed } from "./outcome.js";

/** Pre-moderation, or a blocked word under post-moderation: the question waits for a moderator. */
export const initialState = (settings: Pick<QaSettings, "moderation">, hasBlockedWord: boolean): QuestionState =>
  settings.moderation === "pre" || hasBlockedWord ? "pending" : "visible";

/**
 * Where a moderator may move a question from each state. Nothing goes back to the queue
 * ("pending" is only where new questions wait); a rejection or an archive can be undone.
 */
const NEXT_STATES: Record<QuestionState, readonly QuestionState[]> = {
  pending: ["visible", "rejected", "archived"],
  visible: ["answered", "archived", "rejected"],
  answered: ["visible", "archived"],
  archived: ["visible", "answered"],
  rejected: ["visible"],
};

/** Voters and screens see these; the rest only moderators (and the asker, docs/api.md). */
export const isPublicState = (state: QuestionState): boolean => state === "visible" || state === "answered";

/** Upvotes go to questions the room can see. */
export const takesUpvotes = isPublicState;

/** A question's state and highlight, as the rules need them. */
export type QuestionStatus = { state: QuestionState; highlighted: boolean };

/**
 * The question after a moderator's change, or why it is refused. Only a visible question can be
 * highlighted, and leaving "visible" ends the highlight (the screens stop showing it large).
 */
export function planQuestionChange(
  current: QuestionStatus,
  change: { state?: QuestionState; highlighted?: boolean },
): Outcome<QuestionStatus> {
  const state = change.state ?? current.state;
  if (state !== current.state && !NEXT_STATES[current.state].includes(state)) {
    return fail("INVALID_TRANSITION", `A ${current.state} question cannot become ${state}.`);
  }
  const highlighted = change.highlighted ?? (current.highlighted && state === "visible");
  if (highlighted && state !== "visible") {
    return fail("INVALID_TRANSITION", "Only a visible question can be highlighted.");
  }
  return succeed({ state, highlighted });
}
