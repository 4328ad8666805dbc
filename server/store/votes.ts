// Votes on disk: the hot path of the product, so plain prepared statements, no query builder.
import type { BallotValue } from "../domain/ballot.js";
import type { Database } from "./database.js";
import { parseAnswers } from "./rows.js";

export type VoteCount = { pollId: number; value: BallotValue; votes: number };

export type RecordedVote = { previous: BallotValue | null; newParticipant: boolean };

/** A text poll's vote as recorded: the participant's earlier answers (null: none). */
export type RecordedAnswers = { previous: string[] | null; newParticipant: boolean };

/** One vote's answers (a rebuild, an export), oldest vote first. */
export type StoredAnswers = { pollId: number; participantId: number; answers: string[]; updatedAt: number };

export type VoteStatements = ReturnType<typeof prepareVoteStatements>;

export function prepareVoteStatements(db: Database) {
  const findParticipant = db.sqlite.prepare<[string], { id: number }>(
    "SELECT id FROM participants WHERE token_hash = ?",
  );
  const insertParticipant = db.sqlite.prepare<[string, number], { id: number }>(
    "INSERT INTO participants (token_hash, created_at) VALUES (?, ?) RETURNING id",
  );
  const previousVote = db.sqlite.prepare<[number, number], { value: number }>(
    "SELECT value FROM votes WHERE poll_id = ? AND participant_id = ?",
  );
  const upsertVote = db.sqlite.prepare<[number, number, number, number, number]>(
    `INSERT INTO votes (poll_id, participant_id, value, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (poll_id, participant_id) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  );
  const upsertVoteReturningId = db.sqlite.prepare<[number, number, number, number, number], { id: number }>(
    `INSERT INTO votes (poll_id, participant_id, value, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (poll_id, participant_id) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at
     RETURNING id`,
  );
  const previousAnswers = db.sqlite.prepare<[number, number], { answers: string }>(
    `SELECT t.answers FROM votes v JOIN text_answers t ON t.vote_id = v.id
     WHERE v.poll_id = ? AND v.participant_id = ?`,
  );
  const upsertAnswers = db.sqlite.prepare<[number, string]>(
    `INSERT INTO text_answers (vote_id, answers) VALUES (?, ?)
     ON CONFLICT (vote_id) DO UPDATE SET answers = excluded.answers`,
  );
  const allAnswers = db.sqlite.prepare<
    [],
    { pollId: number; participantId: number; answers: string; updatedAt: number }
  >(
    `SELECT v.poll_id AS pollId, v.participant_id AS participantId, t.answers, v.updated_at AS updatedAt
     FROM text_answers t JOIN votes v ON v.id = t.vote_id ORDER BY v.id`,
  );
  const answersOfPoll = db.sqlite.prepare<
    [number],
    { pollId: number; participantId: number; answers: string; updatedAt: number }
  >(
    `SELECT v.poll_id AS pollId, v.participant_id AS participantId, t.answers, v.updated_at AS updatedAt
     FROM votes v JOIN text_answers t ON t.vote_id = v.id WHERE v.poll_id = ? ORDER BY v.id`,
  );
  const toStored = (row: { pollId: number; participantId: number; answers: string; updatedAt: number }) => ({
    ...row,
    answers: parseAnswers(row.answers),
  });
  const deleteVotesOfPoll = db.sqlite.prepare<[number]>("DELETE FROM votes WHERE poll_id = ?");
  // One pass over the votes rebuilds every tally: identical ballots are counted by SQLite.
  const countVotes = db.sqlite.prepare<[], VoteCount>(
    "SELECT poll_id AS pollId, value, count(*) AS votes FROM votes GROUP BY poll_id, value",
  );
  const countVotesOfPoll = db.sqlite.prepare<[number], VoteCount>(
    "SELECT poll_id AS pollId, value, count(*) AS votes FROM votes WHERE poll_id = ? GROUP BY value",
  );

  return {
    /**
     * Records a participant's vote, replacing their earlier one. Returns the earlier ballot
     * value (null: none) and whether the participant voted for the first time ever.
     * Must run inside a write transaction.
     */
    recordVote(pollId: number, tokenHash: string, value: BallotValue, now: number): RecordedVote {
      const known = findParticipant.get(tokenHash)?.id;
      const participantId = known ?? (insertParticipant.get(tokenHash, now) as { id: number }).id;
      const previous = known === undefined ? null : (previousVote.get(pollId, participantId)?.value ?? null);
      upsertVote.run(pollId, participantId, value, now, now);
      return { previous, newParticipant: known === undefined };
    },
    /**
     * Records a participant's answers to a text poll, replacing their earlier ones: the vote's
     * row holds their number, text_answers the answers. Must run inside a write transaction.
     */
    recordAnswers(pollId: number, tokenHash: string, answers: readonly string[], now: number): RecordedAnswers {
      const known = findParticipant.get(tokenHash)?.id;
      const participantId = known ?? (insertParticipant.get(tokenHash, now) as { id: number }).id;
      const before = known === undefined ? undefined : previousAnswers.get(pollId, participantId);
      const { id } = upsertVoteReturningId.get(pollId, participantId, answers.length, now, now) as { id: number };
      upsertAnswers.run(id, JSON.stringify(answers));
      return { previous: before ? parseAnswers(before.answers) : null, newParticipant: known === undefined };
    },
    /** A participant's answers to the given text polls (a snapshot's "myVotes"), by poll id. */
    answersOf(tokenHash: string, pollIds: readonly number[]): Map<number, string[]> {
      const found = new Map<number, string[]>();
      const participantId = findParticipant.get(tokenHash)?.id;
      if (participantId === undefined) return found;
      for (const pollId of pollIds) {
        const row = previousAnswers.get(pollId, participantId);
        if (row) found.set(pollId, parseAnswers(row.answers));
      }
      return found;
    },
    /** Every text vote's answers: a rebuild applies them one by one, as they came. */
    allAnswers: (): StoredAnswers[] => allAnswers.all().map(toStored),
    /** One text poll's answers (the exports). */
    answersOfPoll: (pollId: number): StoredAnswers[] => answersOfPoll.all(pollId).map(toStored),
    /** A participant's votes on the given polls (a snapshot's "myVotes"), by poll id. */
    votesOf(tokenHash: string, pollIds: readonly number[]): Map<number, BallotValue> {
      const found = new Map<number, BallotValue>();
      const participantId = findParticipant.get(tokenHash)?.id;
      if (participantId === undefined) return found;
      // One lookup per poll through the (poll, participant) index: events have few polls.
      for (const pollId of pollIds) {
        const vote = previousVote.get(pollId, participantId);
        if (vote) found.set(pollId, vote.value);
      }
      return found;
    },
    /** Deletes a poll's votes (a reset); returns once committed. */
    deleteVotes: (pollId: number) => db.write(() => deleteVotesOfPoll.run(pollId).changes),
    countVotes: () => countVotes.all(),
    countVotesOfPoll: (pollId: number) => countVotesOfPoll.all(pollId),
  };
}
