// Votes on disk: the hot path of the product, so plain prepared statements, no query builder.
import type { BallotValue } from "../domain/ballot.js";
import type { Database } from "./database.js";

export type VoteCount = { pollId: number; value: BallotValue; votes: number };

export type RecordedVote = { previous: BallotValue | null; newParticipant: boolean };

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
  const deleteVotesOfPoll = db.sqlite.prepare<[number]>("DELETE FROM votes WHERE poll_id = ?");
  // One pass over the votes rebuilds every tally: identical ballots are counted by SQLite.
  const countVotes = db.sqlite.prepare<[], VoteCount>(
    "SELECT poll_id AS pollId, value, count(*) AS votes FROM votes GROUP BY poll_id, value",
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
  };
}
