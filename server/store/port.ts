// The store port: everything the use cases (server/polling) ask of storage, in one small
// interface with two implementations, SQLite (the default, one process) and PostgreSQL
// (several nodes). Every write resolves only once its transaction is committed; votes,
// answers, questions and upvotes are batched into shared commits (group commit).
import type { Locale, Screen } from "../../shared/event.js";
import type { Poll } from "../../shared/poll.js";
import type { QuestionState } from "../../shared/question.js";
import type { BallotValue } from "../domain/ballot.js";
import type { WordMark } from "../domain/word-marks.js";
import type { EventChanges, StoredEvent } from "./events.js";
import type { QuestionRow } from "./questions.js";
import type { RecordedAnswers, RecordedVote, StoredAnswers, VoteCount } from "./votes.js";
import type { StoredWordMark } from "./word-marks.js";

export type { EventChanges, QuestionRow, RecordedAnswers, RecordedVote, StoredAnswers, StoredEvent, VoteCount };

export type UpvoteCount = { questionId: number; upvotes: number };

/** A vote or answers refused by the store: their poll is no longer (or not yet) open there. */
export class PollNotOpen extends Error {
  constructor(readonly pollId: number) {
    super(`poll ${pollId} is not open`);
  }
}

/** Everything the registry is built from on start. */
export type StoredState = {
  events: StoredEvent[];
  polls: Poll[];
  /** Choice and rating votes counted by (poll, ballot value). */
  voteCounts: VoteCount[];
  /** Every text vote's answers, oldest vote first. */
  answers: StoredAnswers[];
  wordMarks: StoredWordMark[];
  questions: QuestionRow[];
  upvoteCounts: UpvoteCount[];
};

/**
 * Which events and questions are stored now, and nothing else: what a node goes through, one by
 * one, when it re-reads everything (server/cluster/inbox.ts), without counting every vote again.
 */
export type StoredKeys = { eventCodes: string[]; questionIds: number[] };

/** One event as stored now: what a node re-reads when another node changed it. */
export type WordMarkChange = { pollId: number; groupKey: string; mark: WordMark | null; now: number };

export type StoredEventState = { event: StoredEvent; polls: Poll[]; wordMarks: StoredWordMark[] };

/** A poll's votes as stored now: what a node re-reads to make its tally equal the database's. */
export type StoredTally = { voteCounts: VoteCount[]; answers: StoredAnswers[] };

/**
 * Changes of an event's polls written in one transaction: edits, a reorder, opening one (the
 * screen changes with it), deleting one (the rest renumbered, the screen cleared).
 */
export type PollChanges = {
  /** Polls to write as given; a choice poll whose options carry id 0 gets them replaced (new ids). */
  update: readonly Poll[];
  delete?: readonly number[];
  /** The event's new screen, in the same transaction. */
  screen?: { eventId: number; screen: Screen };
};

export type QuestionChange = { id: number; state: QuestionState; highlighted: boolean };

export type NewQuestion = { text: string; name: string | undefined; state: QuestionState };

export type BatchReport = { size: number; failed: number; durationMs: number };

export type StoreHooks = {
  /** After each group commit (metrics). */
  onBatch?: (report: BatchReport) => void;
  /** Code run on a commit's outcome threw: reported here, never allowed to stop the batch. */
  onCallbackError?: (error: unknown) => void;
};

export type Store = {
  readonly dialect: "sqlite" | "postgres";

  // Reads.
  load(): Promise<StoredState>;
  /** Which events and questions are stored, and nothing else (several nodes: before re-reading each). */
  loadKeys(): Promise<StoredKeys>;
  /** One event with its polls and word marks; null when it is gone. */
  loadEvent(code: string): Promise<StoredEventState | null>;
  loadTally(pollId: number): Promise<StoredTally>;
  loadQuestion(questionId: number): Promise<QuestionRow | null>;
  /** The upvote counts of an event's questions (questions without upvotes left out). */
  loadUpvoteCounts(eventId: number): Promise<UpvoteCount[]>;
  /** A participant's choice and rating votes on the given polls (a snapshot's myVotes). */
  votesOf(tokenHash: string, pollIds: readonly number[]): Promise<Map<number, BallotValue>>;
  /** A participant's answers to the given text polls. */
  answersOf(tokenHash: string, pollIds: readonly number[]): Promise<Map<number, string[]>>;
  /** One text poll's answers, oldest vote first (the exports). */
  answersOfPoll(pollId: number): Promise<StoredAnswers[]>;
  /** The ids of an event's questions the participant upvoted (a snapshot's myUpvotes). */
  upvotesOf(tokenHash: string, eventId: number): Promise<number[]>;
  /** Resolves when the database answers a query (the health check). */
  ping(): Promise<void>;

  // Writes, each resolved once committed.
  /** Null when the code is taken. */
  insertEvent(fields: {
    code: string;
    title: string;
    locale: Locale;
    moderatorKeyHash: string;
    createdAt: number;
  }): Promise<StoredEvent | null>;
  /**
   * `marks`: word marks set (null: removed) in the same transaction; a change of the event's
   * language moves them to the groups its folding forms.
   */
  updateEvent(eventId: number, changes: EventChanges, marks?: readonly WordMarkChange[]): Promise<StoredEvent>;
  /**
   * Deletes events with everything in them, and their participants who have nothing left
   * elsewhere. `erased`: old copies of the rows are gone from the database's files too (false:
   * the next deletion erases them; the deletion stands either way).
   */
  deleteEvents(eventIds: readonly number[]): Promise<{ erased: boolean }>;
  /** Stores a new poll; its id and option ids are assigned here. */
  insertPoll(eventId: number, poll: Poll): Promise<Poll>;
  /** The saved polls (new option ids), and the event when its screen changed. */
  savePolls(changes: PollChanges): Promise<{ polls: Poll[]; event: StoredEvent | undefined }>;
  /** A poll's votes deleted (a reset); how many. */
  deleteVotes(pollId: number): Promise<number>;
  updateQuestions(changes: readonly QuestionChange[]): Promise<void>;
  deleteQuestion(questionId: number): Promise<void>;
  /** Sets a word group's mark; null removes it. */
  storeWordMark(pollId: number, groupKey: string, mark: WordMark | null, now: number): Promise<void>;

  // The hot path: queued and committed together (group commit), each resolved after its COMMIT.
  /**
   * The participant's earlier ballot (null: none) and whether they never took part before.
   * Rejects with PollNotOpen when the stored poll is not open: on several nodes, closed at
   * another node before this node heard of it (one node checks its memory, which is the store's).
   */
  recordVote(pollId: number, tokenHash: string, value: BallotValue, now: number): Promise<RecordedVote>;
  /** As recordVote, for a text poll. */
  recordAnswers(pollId: number, tokenHash: string, answers: readonly string[], now: number): Promise<RecordedAnswers>;
  /** The new question's id. */
  insertQuestion(eventId: number, askerHash: string, question: NewQuestion, now: number): Promise<number>;
  /** How the question's upvote count changed as the database saw it: +1, 0 or −1. */
  setUpvote(questionId: number, tokenHash: string, up: boolean, now: number): Promise<number>;
  /** Commits everything queued now; a change that must come after queued votes awaits it first. */
  flush(): Promise<void>;
  /** Writes queued and not yet committed. */
  readonly pendingWrites: number;

  /**
   * Runs `change` while no other change of the same event runs, on this node or (PostgreSQL)
   * any other: moderators' changes are checked against the event as it is, then written.
   */
  exclusive<T>(eventId: number, change: () => Promise<T>): Promise<T>;
  /** Commits what is queued, then closes. */
  close(): Promise<void>;
};
