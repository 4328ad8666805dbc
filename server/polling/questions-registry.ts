// The audience questions of every event in memory, with their upvote counts, kept in step with
// the database: built from it on start (counts with one GROUP BY), changed only after a commit.
import type { Question } from "../../shared/question.js";
import { sameQuestionKey } from "../domain/question-text.js";
import type { QuestionRow, UpvoteCount } from "../store/port.js";

/** A question as the server holds it: the API's fields, and its asker (never sent to others). */
export type LiveQuestion = Omit<Question, "mine"> & {
  eventCode: string;
  askerHash: string;
};

export type QuestionRegistry = {
  byId: Map<number, LiveQuestion>;
  /** Question ids by event code. */
  idsByEvent: Map<string, Set<number>>;
  /**
   * "event code, asker hash, same-question key" of every stored question and every ask still
   * waiting for its commit: one asker's identical questions are refused, also when sent twice at once.
   */
  askedKeys: Set<string>;
};

export const askedKey = (eventCode: string, askerHash: string, text: string): string =>
  `${eventCode}\n${askerHash}\n${sameQuestionKey(text)}`;

/** A stored question as memory holds it, with no upvotes yet (they are counted apart). */
export const liveQuestionOf = (row: QuestionRow): LiveQuestion => ({
  id: row.id,
  eventCode: row.eventCode,
  text: row.text,
  ...(row.name === null ? {} : { name: row.name }),
  state: row.state,
  upvotes: 0,
  highlighted: row.highlighted,
  createdAt: new Date(row.createdAt).toISOString(),
  askerHash: row.askerHash,
});

export function loadQuestionRegistry(rows: readonly QuestionRow[], counts: readonly UpvoteCount[]): QuestionRegistry {
  const registry: QuestionRegistry = { byId: new Map(), idsByEvent: new Map(), askedKeys: new Set() };
  for (const row of rows) addQuestion(registry, liveQuestionOf(row));
  for (const { questionId, upvotes } of counts) {
    const question = registry.byId.get(questionId);
    if (question) question.upvotes = upvotes;
  }
  return registry;
}

export function addQuestion(registry: QuestionRegistry, question: LiveQuestion): void {
  registry.byId.set(question.id, question);
  const ids = registry.idsByEvent.get(question.eventCode) ?? new Set();
  registry.idsByEvent.set(question.eventCode, ids.add(question.id));
  registry.askedKeys.add(askedKey(question.eventCode, question.askerHash, question.text));
}

export function removeQuestion(registry: QuestionRegistry, question: LiveQuestion): void {
  registry.byId.delete(question.id);
  registry.idsByEvent.get(question.eventCode)?.delete(question.id);
  // The asker may ask it again: the moderator took the first one away.
  registry.askedKeys.delete(askedKey(question.eventCode, question.askerHash, question.text));
}

export function removeEventQuestions(registry: QuestionRegistry, eventCode: string): void {
  for (const id of registry.idsByEvent.get(eventCode) ?? []) {
    const question = registry.byId.get(id);
    if (question) removeQuestion(registry, question);
  }
  registry.idsByEvent.delete(eventCode);
}

export function findQuestion(registry: QuestionRegistry, eventCode: string, id: number): LiveQuestion | undefined {
  const question = registry.byId.get(id);
  return question?.eventCode === eventCode ? question : undefined;
}

export function questionsOfEvent(registry: QuestionRegistry, eventCode: string): LiveQuestion[] {
  const found: LiveQuestion[] = [];
  for (const id of registry.idsByEvent.get(eventCode) ?? []) {
    const question = registry.byId.get(id);
    if (question) found.push(question);
  }
  return found;
}

export function highlightedQuestion(registry: QuestionRegistry, eventCode: string): LiveQuestion | undefined {
  return questionsOfEvent(registry, eventCode).find((question) => question.highlighted);
}

/** The question as the API shows it to someone; `mine` only for its asker. */
export function questionAsSeen(question: LiveQuestion, mine: boolean): Question {
  const { eventCode: _eventCode, askerHash: _askerHash, ...shown } = question;
  return mine ? { ...shown, mine: true } : shown;
}

/** Most upvoted first; among equals the older first (it has waited longer). */
export const byUpvotes = (a: LiveQuestion, b: LiveQuestion): number =>
  b.upvotes - a.upvotes || a.createdAt.localeCompare(b.createdAt) || a.id - b.id;
