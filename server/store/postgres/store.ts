// The store port on PostgreSQL (several nodes on one database): reads and moderators' writes as
// single statements or short transactions, the hot path through this node's group commit, and
// changes of one event serialised across nodes by an advisory lock.
import { drizzle } from "drizzle-orm/node-postgres";
import type pg from "pg";
import type { StallWatch } from "../../cluster/stall-watch.js";
import {
  PollNotOpen,
  type RecordedAnswers,
  type RecordedVote,
  type Store,
  type StoredEventState,
  type StoredKeys,
  type StoredState,
  type StoredTally,
  type StoreHooks,
} from "../port.js";
import { DEFAULT_MAX_CONNECTIONS, newPool, type Orm, openPostgres } from "./database.js";
import { createEventLock } from "./event-lock.js";
import * as events from "./events.js";
import { createGroupCommit } from "./group-commit.js";
import { applyHotWrites, type HotResult, type HotWrite, NOT_OPEN } from "./hot-writes.js";
import * as polls from "./polls.js";
import * as questions from "./questions.js";
import * as schema from "./schema.js";
import * as votes from "./votes.js";
import * as wordMarks from "./word-marks.js";

/** Connections held by events' locks at most: as many moderators' changes of different events run at once. */
const LOCK_CONNECTIONS = 4;

/** A ballot's result, or the rejection for a poll not open as stored. */
const ballotOf =
  <R extends RecordedVote | RecordedAnswers>(pollId: number) =>
  (result: HotResult): R => {
    if (result === NOT_OPEN) throw new PollNotOpen(pollId);
    return result as R;
  };

export type PostgresStoreOptions = {
  /** Connections for queries and writes (default 10); the event locks have theirs apart. */
  maxConnections?: number;
  /** An idle connection broke; the pool opens another when needed. */
  onConnectionError?: (error: unknown) => void;
  /** Several nodes: writes queued before the node stood still are not committed (group-commit.ts). */
  stalls?: StallWatch;
};

/** Opens (and migrates) the database at `url`, postgres://…; throws when it cannot. */
export async function createPostgresStore(
  url: string,
  hooks: StoreHooks = {},
  options: PostgresStoreOptions = {},
): Promise<Store> {
  const onError = options.onConnectionError ?? (() => {});
  const db = await openPostgres(url, { maxConnections: options.maxConnections ?? DEFAULT_MAX_CONNECTIONS, onError });
  const lockPool = newPool(url, LOCK_CONNECTIONS);
  lockPool.on("error", onError);
  const { pool, orm } = db;
  const writer = createGroupCommit<HotWrite, HotResult>(pool, applyHotWrites, hooks, options.stalls ?? null);
  const exclusive = createEventLock(lockPool);

  /** Runs `read` in one read-only snapshot, so what it reads in several statements fits together. */
  async function snapshot<T>(read: (client: pg.PoolClient, tx: Orm) => Promise<T>) {
    const client = await pool.connect();
    try {
      await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
      const result = await read(client, drizzle(client, { schema }));
      await client.query("COMMIT");
      client.release();
      return result;
    } catch (error) {
      // Rolled back by closing: a connection in an unknown state does not go back to the pool.
      client.release(error instanceof Error ? error : true);
      throw error;
    }
  }

  return {
    dialect: "postgres",

    load: () =>
      snapshot(
        async (client, tx): Promise<StoredState> => ({
          events: await events.loadEvents(tx),
          polls: await polls.loadPolls(tx),
          voteCounts: await votes.countVotes(client),
          answers: await votes.loadAnswers(client),
          wordMarks: await wordMarks.loadWordMarks(tx),
          questions: await questions.loadQuestions(client),
          upvoteCounts: await questions.countUpvotes(client),
        }),
      ),
    loadKeys: () =>
      snapshot(
        async (client, tx): Promise<StoredKeys> => ({
          eventCodes: await events.loadEventCodes(tx),
          questionIds: await questions.loadQuestionIds(client),
        }),
      ),
    loadEvent: (code) =>
      snapshot(async (_client, tx): Promise<StoredEventState | null> => {
        const event = await events.loadEventByCode(tx, code);
        if (!event) return null;
        return {
          event,
          polls: await polls.loadPolls(tx, event.id),
          wordMarks: await wordMarks.loadWordMarks(tx, event.id),
        };
      }),
    loadTally: (pollId) =>
      snapshot(
        async (client): Promise<StoredTally> => ({
          voteCounts: await votes.countVotes(client, pollId),
          answers: await votes.loadAnswers(client, pollId),
        }),
      ),
    loadQuestion: (questionId) => questions.loadQuestion(pool, questionId),
    loadUpvoteCounts: (eventId) => questions.countUpvotes(pool, eventId),
    votesOf: (tokenHash, pollIds) => votes.votesOf(pool, tokenHash, pollIds),
    answersOf: (tokenHash, pollIds) => votes.answersOf(pool, tokenHash, pollIds),
    answersOfPoll: (pollId) => votes.loadAnswers(pool, pollId),
    upvotesOf: (tokenHash, eventId) => questions.upvotesOf(pool, tokenHash, eventId),
    async ping() {
      await pool.query("SELECT 1");
    },

    insertEvent: (fields) => events.insertEvent(orm, fields),
    updateEvent: (eventId, changes, marks = []) =>
      marks.length === 0
        ? events.updateEvent(orm, eventId, changes)
        : orm.transaction(async (tx) => {
            for (const { pollId, groupKey, mark, now } of marks)
              await wordMarks.storeWordMark(tx, pollId, groupKey, mark, now);
            return events.updateEvent(tx, eventId, changes);
          }),
    async deleteEvents(eventIds) {
      await events.deleteEvents(orm, eventIds);
      // Unlike SQLite's file, PostgreSQL cannot be told to zero deleted rows at once: VACUUM
      // (autovacuum, within minutes on a busy table) makes their space reusable and later writes
      // overwrite it; WAL segments holding them are recycled after checkpoints; backups, WAL
      // archives and replicas keep them as long as the operator keeps those (docs/scaling.md).
      // Nothing this node could do later would erase more, so the deletion reports itself done.
      return { erased: true };
    },
    insertPoll: (eventId, poll) => orm.transaction((tx) => polls.insertPoll(tx, eventId, poll)),
    savePolls: (changes) =>
      orm.transaction(async (tx) => {
        await polls.deletePolls(tx, changes.delete ?? []);
        const saved = await polls.updatePolls(tx, changes.update);
        const event = changes.screen
          ? await events.updateEvent(tx, changes.screen.eventId, { screen: changes.screen.screen })
          : undefined;
        return { polls: saved, event };
      }),
    deleteVotes: (pollId) => votes.deleteVotes(pool, pollId),
    updateQuestions: (changes) => questions.updateQuestions(pool, changes),
    deleteQuestion: (questionId) => questions.deleteQuestion(pool, questionId),
    storeWordMark: (pollId, groupKey, mark, now) => wordMarks.storeWordMark(orm, pollId, groupKey, mark, now),

    recordVote: (pollId, tokenHash, value, now) =>
      writer.enqueue({ kind: "vote", pollId, tokenHash, value, now }).then(ballotOf<RecordedVote>(pollId)),
    recordAnswers: (pollId, tokenHash, answers, now) =>
      writer.enqueue({ kind: "answers", pollId, tokenHash, answers, now }).then(ballotOf<RecordedAnswers>(pollId)),
    insertQuestion: (eventId, askerHash, question, now) =>
      writer.enqueue({ kind: "question", eventId, askerHash, question, now }) as Promise<number>,
    setUpvote: (questionId, tokenHash, up, now) =>
      writer.enqueue({ kind: "upvote", questionId, tokenHash, up, now }) as Promise<number>,
    flush: () => writer.flush(),
    get pendingWrites() {
      return writer.pending;
    },

    exclusive,
    async close() {
      await writer.close();
      await Promise.all([pool.end(), lockPool.end()]);
    },
  };
}
