// The frames of a question that was asked, changed or deleted, to each connection of its room
// as it may see it (domain/question-visibility.ts): the asker's own connections get `mine`,
// others the same question without it, and a connection that could see it but may no more
// (rejected, archived) gets `questionDeleted`. Each frame is serialized once.
import type { QuestionState } from "../../shared/question.js";
import { canSeeQuestion } from "../domain/question-visibility.js";
import { type LiveQuestion, questionAsSeen } from "../polling/questions-registry.js";
import { sendFrame } from "./backpressure.js";
import type { Room } from "./rooms.js";

/** Serializes a frame at its first use only: most changes reach only some of the audiences. */
function lazyFrame(make: () => object): () => Buffer {
  let bytes: Buffer | undefined;
  return () => {
    bytes ??= Buffer.from(JSON.stringify(make()));
    return bytes;
  };
}

export function sendQuestionChange(room: Room, question: LiveQuestion, previous: QuestionState | null): void {
  const forOthers = lazyFrame(() => ({ type: "question", question: questionAsSeen(question, false) }));
  const forAsker = lazyFrame(() => ({ type: "question", question: questionAsSeen(question, true) }));
  const gone = lazyFrame(() => ({ type: "questionDeleted", questionId: question.id }));
  for (const connection of room.connections) {
    const isAsker = connection.participantTokenHash === question.askerHash;
    if (canSeeQuestion(question.state, connection.audience, isAsker)) {
      sendFrame(connection, isAsker ? forAsker() : forOthers());
    } else if (previous !== null && canSeeQuestion(previous, connection.audience, isAsker)) {
      sendFrame(connection, gone());
    }
  }
}

export function sendQuestionDeleted(room: Room, question: LiveQuestion): void {
  const gone = lazyFrame(() => ({ type: "questionDeleted", questionId: question.id }));
  for (const connection of room.connections) {
    const isAsker = connection.participantTokenHash === question.askerHash;
    if (canSeeQuestion(question.state, connection.audience, isAsker)) sendFrame(connection, gone());
  }
}
