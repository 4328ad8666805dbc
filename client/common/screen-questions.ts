// The audience's questions as the projector and the overlay know them: kept current from the
// snapshot and the Q&A frames (docs/api.md "Live Q&A frames"), and what the screens pick from them.
// Pure. Screens only ever receive visible and answered questions; anything else is dropped here too,
// so a pending question cannot reach the screen even through a mistake elsewhere.
import type { ServerMessage } from "../../shared/messages.js";
import type { Question } from "../../shared/question.js";

const onScreens = (question: Question) => question.state === "visible" || question.state === "answered";

const without = (questions: readonly Question[], id: number): readonly Question[] =>
  questions.some((question) => question.id === id) ? questions.filter((question) => question.id !== id) : questions;

/** The questions after one server frame; frames that change nothing return the same array. */
export function questionsAfter(questions: readonly Question[], frame: ServerMessage): readonly Question[] {
  switch (frame.type) {
    case "snapshot":
      return frame.questions.filter(onScreens);
    case "question":
      return onScreens(frame.question)
        ? [...without(questions, frame.question.id), frame.question]
        : without(questions, frame.question.id);
    case "questionDeleted":
      return without(questions, frame.questionId);
    case "upvotes": {
      const changed = questions.some((question) => {
        const count = frame.upvotes[question.id];
        return count !== undefined && count !== question.upvotes;
      });
      if (!changed) return questions;
      return questions.map((question) => {
        const count = frame.upvotes[question.id];
        return count === undefined || count === question.upvotes ? question : { ...question, upvotes: count };
      });
    }
    default:
      return questions;
  }
}

/** Most upvoted first; on a tie the older one, so that equal questions keep their places. */
const byUpvotes = (a: Question, b: Question) =>
  b.upvotes - a.upvotes || a.createdAt.localeCompare(b.createdAt) || a.id - b.id;

export const highlightedQuestion = (questions: readonly Question[]): Question | undefined =>
  questions.find((question) => question.highlighted && question.state === "visible");

/** The questions still open to answer, most upvoted first, without the highlighted one (shown large). */
export const topQuestions = (questions: readonly Question[], count: number): Question[] =>
  questions
    .filter((question) => question.state === "visible" && !question.highlighted)
    .sort(byUpvotes)
    .slice(0, count);
