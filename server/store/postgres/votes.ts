// Votes and text answers on PostgreSQL: the hot path, as plain prepared statements over arrays, so
// a batch of a thousand votes is a few round trips; and the reads that rebuild tallies.
import type pg from "pg";
import type { BallotValue } from "../../domain/ballot.js";
import { parseAnswers } from "../rows.js";
import type { StoredAnswers, VoteCount } from "../votes.js";
import { BatchConflict } from "./group-commit.js";

/** One vote of a batch, its participant already known. */
export type VoteWrite = { pollId: number; participantId: number; value: BallotValue; now: number };
export type AnswersWrite = { pollId: number; participantId: number; answers: readonly string[]; now: number };

/** Rounds of "lock what exists, insert the rest" before a batch gives up (see writeBallots). */
const MAX_ROUNDS = 3;

// The rows a batch replaces, locked (in one order on every node, so batches cannot deadlock) and
// read as they are now: the previous ballots.
const LOCK_VOTES = {
  name: "votes-lock",
  text: `SELECT v.poll_id, v.participant_id, v.value FROM votes v
         JOIN unnest($1::int[], $2::int[]) AS k(poll_id, participant_id) USING (poll_id, participant_id)
         ORDER BY v.poll_id, v.participant_id FOR UPDATE OF v`,
};

// Locked rows are updated; the others inserted unless another node inserted them meanwhile (not
// returned: the batch locks and reads those in another round). Both in one statement.
const WRITE_VOTES = {
  name: "votes-write",
  text: `WITH input AS (
           SELECT * FROM unnest($1::int[], $2::int[], $3::int[], $4::bigint[], $5::bigint[], $6::bool[])
             AS i(poll_id, participant_id, value, created_at, updated_at, existing)),
         changed AS (
           UPDATE votes v SET value = i.value, updated_at = i.updated_at FROM input i
           WHERE i.existing AND v.poll_id = i.poll_id AND v.participant_id = i.participant_id
           RETURNING v.id)
         INSERT INTO votes (poll_id, participant_id, value, created_at, updated_at)
         SELECT poll_id, participant_id, value, created_at, updated_at FROM input WHERE NOT existing
         ORDER BY poll_id, participant_id
         ON CONFLICT (poll_id, participant_id) DO NOTHING
         RETURNING poll_id, participant_id`,
};

const LOCK_ANSWERS = {
  name: "answers-lock",
  text: `SELECT v.poll_id, v.participant_id, t.answers FROM votes v
         JOIN unnest($1::int[], $2::int[]) AS k(poll_id, participant_id) USING (poll_id, participant_id)
         LEFT JOIN text_answers t ON t.vote_id = v.id
         ORDER BY v.poll_id, v.participant_id FOR UPDATE OF v`,
};

// As WRITE_VOTES, the vote's row holding the number of answers; the answers go to text_answers.
const WRITE_ANSWERS = {
  name: "answers-write",
  text: `WITH input AS (
           SELECT * FROM unnest($1::int[], $2::int[], $3::int[], $4::bigint[], $5::bigint[], $6::bool[], $7::text[])
             AS i(poll_id, participant_id, value, created_at, updated_at, existing, answers)),
         changed AS (
           UPDATE votes v SET value = i.value, updated_at = i.updated_at FROM input i
           WHERE i.existing AND v.poll_id = i.poll_id AND v.participant_id = i.participant_id
           RETURNING v.id, v.poll_id, v.participant_id),
         fresh AS (
           INSERT INTO votes (poll_id, participant_id, value, created_at, updated_at)
           SELECT poll_id, participant_id, value, created_at, updated_at FROM input WHERE NOT existing
           ORDER BY poll_id, participant_id
           ON CONFLICT (poll_id, participant_id) DO NOTHING
           RETURNING id, poll_id, participant_id),
         stored AS (
           INSERT INTO text_answers (vote_id, answers)
           SELECT w.id, i.answers FROM (SELECT * FROM changed UNION ALL SELECT * FROM fresh) w
           JOIN input i USING (poll_id, participant_id)
           ON CONFLICT (vote_id) DO UPDATE SET answers = excluded.answers)
         SELECT poll_id, participant_id FROM fresh`,
};

/** One (poll, participant) of a batch: its writes in the order they came. */
type Ballot<T> = { pollId: number; participantId: number; writes: { index: number; value: T; now: number }[] };

/** The batch's writes by (poll, participant), sorted as the rows are locked. */
function ballotsOf<T>(writes: readonly { pollId: number; participantId: number; value: T; now: number }[]) {
  const byKey = new Map<string, Ballot<T>>();
  writes.forEach((write, index) => {
    const key = `${write.pollId}:${write.participantId}`;
    const ballot = byKey.get(key) ?? { pollId: write.pollId, participantId: write.participantId, writes: [] };
    ballot.writes.push({ index, value: write.value, now: write.now });
    byKey.set(key, ballot);
  });
  return [...byKey.values()].sort((a, b) => a.pollId - b.pollId || a.participantId - b.participantId);
}

const keyOf = (row: { poll_id: number; participant_id: number }) => `${row.poll_id}:${row.participant_id}`;

/**
 * Writes each (poll, participant)'s last ballot of the batch and returns every write's previous
 * ballot: the stored one (locked, so no other node changes it before COMMIT) for the first
 * write, the one before it in the batch for the others (the batch reads as one after another).
 */
async function writeBallots<T, S>(
  writes: readonly { pollId: number; participantId: number; value: T; now: number }[],
  statements: {
    lock: (ballots: readonly Ballot<T>[]) => Promise<Map<string, S>>;
    write: (ballots: readonly Ballot<T>[], stored: ReadonlyMap<string, S>) => Promise<Set<string>>;
    previous: (stored: S | undefined, earlier: T | undefined) => T | null;
  },
): Promise<(T | null)[]> {
  const previous: (T | null)[] = new Array(writes.length).fill(null);
  let pending = ballotsOf(writes);
  for (let round = 0; pending.length > 0; round++) {
    // A row another node inserted after this round's lock (its first vote, sent to two nodes at
    // once) is neither locked nor inserted: the next round locks and reads it.
    if (round === MAX_ROUNDS) throw new BatchConflict("votes kept changing under the batch");
    const stored = await statements.lock(pending);
    const inserted = await statements.write(pending, stored);
    for (const ballot of pending) {
      const key = `${ballot.pollId}:${ballot.participantId}`;
      if (!stored.has(key) && !inserted.has(key)) continue;
      let earlier: T | undefined;
      for (const write of ballot.writes) {
        previous[write.index] = statements.previous(stored.get(key), earlier);
        earlier = write.value;
      }
    }
    pending = pending.filter((ballot) => {
      const key = `${ballot.pollId}:${ballot.participantId}`;
      return !stored.has(key) && !inserted.has(key);
    });
  }
  return previous;
}

/** The columns every vote row of a ballot gets: its last value, first and last times. */
function rowColumns<T>(ballots: readonly Ballot<T>[], stored: ReadonlyMap<string, unknown>) {
  return [
    ballots.map((ballot) => ballot.pollId),
    ballots.map((ballot) => ballot.participantId),
    ballots.map((ballot) => ballot.writes[0]?.now),
    ballots.map((ballot) => ballot.writes.at(-1)?.now),
    ballots.map((ballot) => stored.has(`${ballot.pollId}:${ballot.participantId}`)),
  ] as const;
}

/** Records choice and rating votes; returns each vote's previous ballot value (null: none). */
export function writeVotes(client: pg.ClientBase, writes: readonly VoteWrite[]): Promise<(BallotValue | null)[]> {
  return writeBallots<BallotValue, BallotValue>(writes, {
    async lock(ballots) {
      const { rows } = await client.query<{ poll_id: number; participant_id: number; value: number }>({
        ...LOCK_VOTES,
        values: [ballots.map((ballot) => ballot.pollId), ballots.map((ballot) => ballot.participantId)],
      });
      return new Map(rows.map((row) => [keyOf(row), row.value]));
    },
    async write(ballots, stored) {
      const [pollIds, participantIds, createdAt, updatedAt, existing] = rowColumns(ballots, stored);
      const values = ballots.map((ballot) => ballot.writes.at(-1)?.value);
      const { rows } = await client.query<{ poll_id: number; participant_id: number }>({
        ...WRITE_VOTES,
        values: [pollIds, participantIds, values, createdAt, updatedAt, existing],
      });
      return new Set(rows.map(keyOf));
    },
    previous: (stored, earlier) => earlier ?? stored ?? null,
  });
}

/** Records text polls' answers; returns each write's previous answers (null: none). */
export function writeAnswers(client: pg.ClientBase, writes: readonly AnswersWrite[]): Promise<(string[] | null)[]> {
  const asBallots = writes.map((write) => ({ ...write, value: [...write.answers] }));
  return writeBallots<string[], string[] | null>(asBallots, {
    async lock(ballots) {
      const { rows } = await client.query<{ poll_id: number; participant_id: number; answers: string | null }>({
        ...LOCK_ANSWERS,
        values: [ballots.map((ballot) => ballot.pollId), ballots.map((ballot) => ballot.participantId)],
      });
      return new Map(rows.map((row) => [keyOf(row), row.answers === null ? null : parseAnswers(row.answers)]));
    },
    async write(ballots, stored) {
      const [pollIds, participantIds, createdAt, updatedAt, existing] = rowColumns(ballots, stored);
      const last = ballots.map((ballot) => ballot.writes.at(-1)?.value ?? []);
      const { rows } = await client.query<{ poll_id: number; participant_id: number }>({
        ...WRITE_ANSWERS,
        values: [
          pollIds,
          participantIds,
          last.map((answers) => answers.length),
          createdAt,
          updatedAt,
          existing,
          last.map((answers) => JSON.stringify(answers)),
        ],
      });
      return new Set(rows.map(keyOf));
    },
    previous: (stored, earlier) => earlier ?? stored ?? null,
  });
}

type AnswersRow = { pollId: number; participantId: number; answers: string; updatedAt: number };
const toStored = (row: AnswersRow): StoredAnswers => ({ ...row, answers: parseAnswers(row.answers) });

/** Every vote counted by (poll, ballot value) (of one poll: `pollId`): one pass rebuilds every tally. */
export async function countVotes(db: pg.ClientBase | pg.Pool, pollId?: number): Promise<VoteCount[]> {
  const { rows } = await db.query<VoteCount>(
    `SELECT poll_id AS "pollId", value, count(*)::int AS votes FROM votes
     ${pollId === undefined ? "" : "WHERE poll_id = $1"} GROUP BY poll_id, value ORDER BY poll_id, value`,
    pollId === undefined ? [] : [pollId],
  );
  return rows;
}

/** Every text vote's answers (of one poll: `pollId`), oldest vote first. */
export async function loadAnswers(db: pg.ClientBase | pg.Pool, pollId?: number): Promise<StoredAnswers[]> {
  const { rows } = await db.query<AnswersRow>(
    `SELECT v.poll_id AS "pollId", v.participant_id AS "participantId", t.answers, v.updated_at AS "updatedAt"
     FROM votes v JOIN text_answers t ON t.vote_id = v.id
     ${pollId === undefined ? "" : "WHERE v.poll_id = $1"} ORDER BY v.id`,
    pollId === undefined ? [] : [pollId],
  );
  return rows.map(toStored);
}

/** A participant's votes on the given polls (a snapshot's "myVotes"), by poll id. */
export async function votesOf(
  db: pg.Pool,
  tokenHash: string,
  pollIds: readonly number[],
): Promise<Map<number, BallotValue>> {
  if (pollIds.length === 0) return new Map();
  const { rows } = await db.query<{ pollId: number; value: number }>({
    name: "votes-of",
    text: `SELECT v.poll_id AS "pollId", v.value FROM votes v JOIN participants p ON p.id = v.participant_id
           WHERE p.token_hash = $1 AND v.poll_id = ANY($2::int[])`,
    values: [tokenHash, [...pollIds]],
  });
  return new Map(rows.map((row) => [row.pollId, row.value]));
}

/** A participant's answers to the given text polls, by poll id. */
export async function answersOf(
  db: pg.Pool,
  tokenHash: string,
  pollIds: readonly number[],
): Promise<Map<number, string[]>> {
  if (pollIds.length === 0) return new Map();
  const { rows } = await db.query<{ pollId: number; answers: string }>({
    name: "answers-of",
    text: `SELECT v.poll_id AS "pollId", t.answers FROM votes v JOIN participants p ON p.id = v.participant_id
           JOIN text_answers t ON t.vote_id = v.id
           WHERE p.token_hash = $1 AND v.poll_id = ANY($2::int[])`,
    values: [tokenHash, [...pollIds]],
  });
  return new Map(rows.map((row) => [row.pollId, parseAnswers(row.answers)]));
}

/** Deletes a poll's votes (a reset); how many. One statement, committed when it returns. */
export async function deleteVotes(db: pg.Pool, pollId: number): Promise<number> {
  const result = await db.query("DELETE FROM votes WHERE poll_id = $1", [pollId]);
  return result.rowCount ?? 0;
}
