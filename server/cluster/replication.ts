// What a node tells the other nodes after each committed change (several nodes on PostgreSQL,
// docs/scaling.md). The use cases call it beside the live hub; on one node it does nothing.
import type { BallotValue } from "../domain/ballot.js";

export type Replication = {
  /** A choice or rating vote replaced `previous` (null: none) with `next`. */
  voted(pollId: number, previous: BallotValue | null, next: BallotValue): void;
  /** A text poll's answers replaced `previous` (null: none) with `next`. */
  answered(pollId: number, previous: readonly string[] | null, next: readonly string[]): void;
  /** A question's upvote count changed by `change` (±1). */
  upvoted(questionId: number, change: number): void;
  /** A question was asked. */
  questionAsked(questionId: number): void;
  /** A moderator changed a question's state or highlight. */
  questionChanged(questionId: number): void;
  questionDeleted(eventCode: string, questionId: number): void;
  /** The event, its polls, the screen, Q&A settings or word marks changed: the others re-read it. */
  eventChanged(eventCode: string): void;
  eventDeleted(eventCode: string): void;
  /** A poll's votes were deleted. */
  pollReset(eventCode: string, pollId: number): void;
  /**
   * A shared limit was used once by `key`: a wrong moderator key or access code, an event
   * created, an API request, a request naming an event that does not exist.
   */
  limitUsed(limit: SharedLimit, key: string): void;
  /**
   * Makes memory's copy of the event (its polls, screen, word marks) equal the store's: before a
   * moderator's change (inside its lock), and before "no such event" for one made elsewhere a
   * moment ago. On one node memory is the store's already.
   */
  catchUp(eventCode: string): Promise<void>;
  /** The same for one question (asked on another node a moment ago). */
  catchUpQuestion(questionId: number): Promise<void>;
};

/** The limits that hold across nodes: each node counts the others' uses too. */
export const SHARED_LIMITS = ["moderatorKey", "accessCode", "eventCreation", "addressRequest", "unknownEvent"] as const;
export type SharedLimit = (typeof SHARED_LIMITS)[number];

/** One node: nobody to tell. */
export const NO_REPLICATION: Replication = {
  voted: () => {},
  answered: () => {},
  upvoted: () => {},
  questionAsked: () => {},
  questionChanged: () => {},
  questionDeleted: () => {},
  eventChanged: () => {},
  eventDeleted: () => {},
  pollReset: () => {},
  limitUsed: () => {},
  catchUp: () => Promise.resolve(),
  catchUpQuestion: () => Promise.resolve(),
};
