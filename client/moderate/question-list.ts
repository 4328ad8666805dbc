// The console's questions, kept current by the live feed's Q&A frames (docs/api.md "Live Q&A
// frames"), and the groups the Q&A panel shows them in. Pure, so the unit tests drive it frame by frame.
import type { ServerMessage } from "../../shared/messages.js";
import type { Question, QuestionState } from "../../shared/question.js";

/** Most upvoted first, then the older first: the order the API and the screens use. */
export const byUpvotes = (a: Question, b: Question) =>
  b.upvotes - a.upvotes || a.createdAt.localeCompare(b.createdAt) || a.id - b.id;

/** Oldest first: the queue is worked through in the order people asked. */
const byAge = (a: Question, b: Question) => a.createdAt.localeCompare(b.createdAt) || a.id - b.id;

/** The questions after one frame; frames that are not about questions return the same list. */
export function applyQuestionFrame(questions: Question[], frame: ServerMessage): Question[] {
  switch (frame.type) {
    case "snapshot":
      return frame.questions;
    case "question":
      return withQuestion(questions, frame.question);
    case "questionDeleted":
      return questions.some((question) => question.id === frame.questionId)
        ? questions.filter((question) => question.id !== frame.questionId)
        : questions;
    case "upvotes":
      return questions.map((question) => {
        const count = frame.upvotes[question.id];
        return count === undefined || count === question.upvotes ? question : { ...question, upvotes: count };
      });
    default:
      return questions;
  }
}

/**
 * The list with this question as it is now. At most one question is highlighted: the server
 * ends the one before in the same commit, and a highlighted question arriving here ends it too,
 * so the console never shows two while the other frame is on its way.
 */
export function withQuestion(questions: Question[], changed: Question): Question[] {
  const others = questions
    .filter((question) => question.id !== changed.id)
    .map((question) => (changed.highlighted && question.highlighted ? { ...question, highlighted: false } : question));
  return [...others, changed];
}

export type QuestionGroups = Record<QuestionState, Question[]>;

/** The panel's sections: the queue oldest first, every other one most upvoted first. */
export function groupQuestions(questions: readonly Question[]): QuestionGroups {
  const groups: QuestionGroups = { pending: [], visible: [], answered: [], archived: [], rejected: [] };
  for (const question of questions) groups[question.state].push(question);
  groups.pending.sort(byAge);
  for (const state of ["visible", "answered", "archived", "rejected"] as const) groups[state].sort(byUpvotes);
  return groups;
}
