// The store port on SQLite: one process, one file. better-sqlite3 is synchronous, so every
// method does its work at once and hands back a settled promise; votes, answers, questions
// and upvotes go through the group-commit writer and resolve after their batch's COMMIT.
import type { BallotValue } from "../domain/ballot.js";
import { eraseDeletedRows, openDatabase } from "./database.js";
import { deleteEvents, insertEvent, loadEvent, loadEventCodes, loadEvents, updateEvent } from "./events.js";
import { createGroupCommit } from "./group-commit.js";
import { deletePolls, insertPoll, loadPolls, loadPollsOfEvent, updatePolls } from "./polls.js";
import type { Store, StoreHooks } from "./port.js";
import { prepareQuestionStatements } from "./questions.js";
import { prepareVoteStatements } from "./votes.js";
import { loadWordMarks, loadWordMarksOfEvent, storeWordMark } from "./word-marks.js";

/** Runs `work` now: its result, or its error, as a settled promise. */
function settled<T>(work: () => T): Promise<T> {
  try {
    return Promise.resolve(work());
  } catch (error) {
    return Promise.reject(error);
  }
}

export type SqliteStore = Store & {
  /** The file's connection, for tests that look at the rows themselves. */
  readonly sqlite: import("better-sqlite3").Database;
};

export function createSqliteStore(path: string, hooks: StoreHooks = {}): SqliteStore {
  const db = openDatabase(path);
  const votes = prepareVoteStatements(db);
  const questions = prepareQuestionStatements(db);
  const writer = createGroupCommit(db.sqlite, hooks);
  const ping = db.sqlite.prepare("SELECT 1");
  /** The change of each event that runs last: the next one waits for it. */
  const lastChange = new Map<number, Promise<unknown>>();

  function queued<T>(write: () => T): Promise<T> {
    return new Promise((resolve, reject) => writer.enqueue<T>({ write, committed: resolve, failed: reject }));
  }

  return {
    dialect: "sqlite",
    sqlite: db.sqlite,

    load: () =>
      settled(() => ({
        events: loadEvents(db),
        polls: loadPolls(db),
        voteCounts: votes.countVotes(),
        answers: votes.allAnswers(),
        wordMarks: loadWordMarks(db),
        questions: questions.loadQuestions(),
        upvoteCounts: questions.countUpvotes(),
      })),
    loadKeys: () => settled(() => ({ eventCodes: loadEventCodes(db), questionIds: questions.questionIds() })),
    loadEvent: (code) =>
      settled(() => {
        const event = loadEvent(db, code);
        if (!event) return null;
        return { event, polls: loadPollsOfEvent(db, event), wordMarks: loadWordMarksOfEvent(db, event.id) };
      }),
    loadTally: (pollId) =>
      settled(() => ({ voteCounts: votes.countVotesOfPoll(pollId), answers: votes.answersOfPoll(pollId) })),
    loadQuestion: (questionId) => settled(() => questions.loadQuestion(questionId)),
    loadUpvoteCounts: (eventId) => settled(() => questions.countUpvotesOfEvent(eventId)),
    votesOf: (tokenHash, pollIds) => settled(() => votes.votesOf(tokenHash, pollIds)),
    answersOf: (tokenHash, pollIds) => settled(() => votes.answersOf(tokenHash, pollIds)),
    answersOfPoll: (pollId) => settled(() => votes.answersOfPoll(pollId)),
    upvotesOf: (tokenHash, eventId) => settled(() => questions.upvotesOf(tokenHash, eventId)),
    ping: () => settled(() => void ping.get()),

    insertEvent: (fields) => settled(() => insertEvent(db, fields)),
    updateEvent: (eventId, changes, marks = []) =>
      settled(() =>
        db.write(() => {
          for (const { pollId, groupKey, mark, now } of marks) storeWordMark(db, pollId, groupKey, mark, now);
          return updateEvent(db, eventId, changes);
        }),
      ),
    deleteEvents: (eventIds) =>
      settled(() => {
        deleteEvents(db, eventIds);
        return { erased: eraseDeletedRows(db) };
      }),
    insertPoll: (eventId, poll) => settled(() => insertPoll(db, eventId, poll)),
    savePolls: (changes) =>
      settled(() =>
        db.write(() => {
          deletePolls(db, changes.delete ?? []);
          const polls = updatePolls(db, changes.update);
          const event = changes.screen && updateEvent(db, changes.screen.eventId, { screen: changes.screen.screen });
          return { polls, event };
        }),
      ),
    deleteVotes: (pollId) => settled(() => votes.deleteVotes(pollId)),
    updateQuestions: (changes) => settled(() => questions.updateQuestions(changes)),
    deleteQuestion: (questionId) => settled(() => questions.deleteQuestion(questionId)),
    storeWordMark: (pollId, groupKey, mark, now) => settled(() => storeWordMark(db, pollId, groupKey, mark, now)),

    recordVote: (pollId, tokenHash, value: BallotValue, now) =>
      queued(() => votes.recordVote(pollId, tokenHash, value, now)),
    recordAnswers: (pollId, tokenHash, answers, now) =>
      queued(() => votes.recordAnswers(pollId, tokenHash, answers, now)),
    insertQuestion: (eventId, askerHash, question, now) =>
      queued(() => questions.insertQuestion(eventId, askerHash, question, now)),
    setUpvote: (questionId, tokenHash, up, now) => queued(() => questions.setUpvote(questionId, tokenHash, up, now)),
    flush: () => settled(() => writer.flush()),
    get pendingWrites() {
      return writer.pending;
    },

    exclusive(eventId, change) {
      const before = lastChange.get(eventId) ?? Promise.resolve();
      const result = before.then(change, change);
      const done = result.then(
        () => undefined,
        () => undefined,
      );
      lastChange.set(eventId, done);
      void done.then(() => {
        if (lastChange.get(eventId) === done) lastChange.delete(eventId);
      });
      return result;
    },
    close: () =>
      settled(() => {
        writer.flush();
        db.close();
      }),
  };
}
