// What the use cases (events, polls, votes) share: storage, the in-memory state, and who
// to tell about changes (the live hub), and the limits every transport shares.
import type { Poll } from "../../shared/poll.js";
import type { QuestionState } from "../../shared/question.js";
import type { Replication } from "../cluster/replication.js";
import type { RateLimiter } from "../security/rate-limiter.js";
import type { StoredEvent } from "../store/events.js";
import type { Store } from "../store/port.js";
import type { LiveQuestion } from "./questions-registry.js";
import type { Registry } from "./registry.js";

/** Told after a change is committed, so that nothing unsaved is ever broadcast. */
export type ChangeListener = {
  eventChanged(event: StoredEvent): void;
  /** The event is gone, with everything in it (its moderator deleted it, or the retention purge). */
  eventDeleted(event: StoredEvent): void;
  /** A participant's first vote ever was committed, in this event (the ballot-stuffing signal counts these). */
  participantJoined(eventCode: string, participantTokenHash: string): void;
  pollChanged(poll: Poll): void;
  pollDeleted(poll: Poll): void;
  pollReset(poll: Poll): void;
  resultsChanged(poll: Poll): void;
  /** A question was asked (`previous` null) or a moderator changed it (its state before). */
  questionChanged(question: LiveQuestion, previous: QuestionState | null): void;
  questionDeleted(question: LiveQuestion): void;
  /** A question's upvote count changed: screens get it coalesced, like results. */
  upvotesChanged(question: LiveQuestion): void;
};

export type PollingContext = {
  /** Where everything is written first (store/port.ts): SQLite, or PostgreSQL on several nodes. */
  store: Store;
  /** Who else hears of each committed change: the other nodes (cluster/), or nobody. */
  replication: Replication;
  registry: Registry;
  listener: ChangeListener;
  /** Votes per participant (by token hash), shared by REST and WebSocket. */
  voteLimiter: RateLimiter;
  /** Questions and upvotes per participant (by token hash), shared by REST and WebSocket. */
  questionLimiter: RateLimiter;
  upvoteLimiter: RateLimiter;
  /** Wrong moderator keys per event and client address (REST and WebSocket). */
  moderatorKeyGuesses: RateLimiter;
  /** Wrong access codes per event and client address (REST and WebSocket). */
  accessCodeGuesses: RateLimiter;
  /** Events created per client address (without ADMIN_TOKEN). */
  eventCreations: RateLimiter;
  now: () => number;
};
