// Audience questions and upvotes on PostgreSQL. Asks and upvotes are written in the group commit's
// batches (set-based statements over arrays); moderators' changes are single statements.
import type pg from "pg";
import type { QuestionState } from "../../../shared/question.js";
import type { UpvoteCount } from "../port.js";
import type { QuestionRow } from "../questions.js";
import { BatchConflict } from "./group-commit.js";

export type QuestionWrite = {
  eventId: number;
  participantId: number;
  text: string;
  name: string | null;
  state: QuestionState;
  now: number;
};

/** An upvote given (`up`) or taken back; no participant: the token never took part, so it has none to take back. */
export type UpvoteWrite = { questionId: number; participantId: number | undefined; up: boolean; now: number };

const INSERT_QUESTIONS = {
  name: "questions-insert",
  text: `INSERT INTO questions (event_id, participant_id, text, name, state, highlighted, created_at)
         SELECT event_id, participant_id, text, name, state, false, created_at
         FROM unnest($1::int[], $2::int[], $3::text[], $4::text[], $5::text[], $6::bigint[]) WITH ORDINALITY
           AS i(event_id, participant_id, text, name, state, created_at, n)
         ORDER BY n
         RETURNING id`,
};

/** Stores new questions; returns their ids in the order given. */
export async function insertQuestions(client: pg.ClientBase, writes: readonly QuestionWrite[]): Promise<number[]> {
  if (writes.length === 0) return [];
  const { rows } = await client.query<{ id: number }>({
    ...INSERT_QUESTIONS,
    values: [
      writes.map((write) => write.eventId),
      writes.map((write) => write.participantId),
      writes.map((write) => write.text),
      writes.map((write) => write.name),
      writes.map((write) => write.state),
      writes.map((write) => write.now),
    ],
  });
  // The rows are inserted in the order given and take their ids from one sequence as they go, so
  // the ids in ascending order are the questions' in that order (RETURNING promises no order).
  return rows.map((row) => row.id).sort((a, b) => a - b);
}

// Each (question, participant)'s last wish of the batch is written: inserted (nothing returned:
// the upvote was there) or deleted (nothing returned: there was none). So the database tells, in
// one statement, what the state was before; each wish's change follows from it.
const WRITE_UPVOTES = {
  name: "upvotes-write",
  text: `WITH added AS (
           INSERT INTO upvotes (question_id, participant_id, created_at)
           SELECT * FROM unnest($1::int[], $2::int[], $3::bigint[]) AS i(question_id, participant_id, created_at)
           ORDER BY question_id, participant_id
           ON CONFLICT (question_id, participant_id) DO NOTHING
           RETURNING question_id, participant_id),
         removed AS (
           DELETE FROM upvotes u USING unnest($4::int[], $5::int[]) AS k(question_id, participant_id)
           WHERE u.question_id = k.question_id AND u.participant_id = k.participant_id
           RETURNING u.question_id, u.participant_id)
         SELECT question_id, participant_id FROM added
         UNION ALL SELECT question_id, participant_id FROM removed`,
};

/** The questions named that exist, kept from deletion until the batch commits. */
const QUESTIONS_THERE = {
  name: "questions-there",
  text: "SELECT id FROM questions WHERE id = ANY($1::int[]) ORDER BY id FOR KEY SHARE",
};

/** Gives or takes back upvotes; returns how each changed the question's count as the database saw it: +1, 0 or −1. */
export async function writeUpvotes(client: pg.ClientBase, writes: readonly UpvoteWrite[]): Promise<number[]> {
  const changes: number[] = new Array(writes.length).fill(0);
  const byKey = new Map<string, { questionId: number; participantId: number; indexes: number[] }>();
  writes.forEach((write, index) => {
    // Without a participant every write is a take-back of nothing: 0, already in `changes`.
    if (write.participantId === undefined) return;
    const key = `${write.questionId}:${write.participantId}`;
    const entry = byKey.get(key) ?? { questionId: write.questionId, participantId: write.participantId, indexes: [] };
    entry.indexes.push(index);
    byKey.set(key, entry);
  });
  if (byKey.size === 0) return changes;
  const lastOf = (entry: { indexes: number[] }) => writes[entry.indexes.at(-1) as number] as UpvoteWrite;
  const given = [...byKey.values()].filter((entry) => lastOf(entry).up);
  const takenBack = [...byKey.values()].filter((entry) => !lastOf(entry).up);
  // An upvote given and taken back in one batch writes nothing, but given alone it would fail
  // on a question that is gone (as on SQLite): such a batch is retried in parts, where it does.
  const givenFirst = takenBack.filter((entry) => entry.indexes.some((index) => writes[index]?.up));
  if (givenFirst.length > 0) {
    const ids = [...new Set(givenFirst.map((entry) => entry.questionId))];
    const { rows: found } = await client.query<{ id: number }>({ ...QUESTIONS_THERE, values: [ids] });
    if (found.length < ids.length) throw new BatchConflict("an upvote names a question that is gone");
  }
  const { rows } = await client.query<{ question_id: number; participant_id: number }>({
    ...WRITE_UPVOTES,
    values: [
      given.map((entry) => entry.questionId),
      given.map((entry) => entry.participantId),
      given.map((entry) => lastOf(entry).now),
      takenBack.map((entry) => entry.questionId),
      takenBack.map((entry) => entry.participantId),
    ],
  });
  const flipped = new Set(rows.map((row) => `${row.question_id}:${row.participant_id}`));
  for (const [key, entry] of byKey) {
    const last = lastOf(entry).up;
    // Flipped: the stored state was the opposite of the last wish; otherwise the same.
    let upvoted = flipped.has(key) ? !last : last;
    for (const index of entry.indexes) {
      const up = (writes[index] as UpvoteWrite).up;
      changes[index] = up === upvoted ? 0 : up ? 1 : -1;
      upvoted = up;
    }
  }
  return changes;
}

/** Saves moderators' changes of state and highlight together (the last change of a question wins). */
export async function updateQuestions(
  db: pg.Pool,
  changes: readonly { id: number; state: QuestionState; highlighted: boolean }[],
): Promise<void> {
  const last = [...new Map(changes.map((change) => [change.id, change])).values()];
  if (last.length === 0) return;
  await db.query(
    `UPDATE questions q SET state = c.state, highlighted = c.highlighted
     FROM unnest($1::int[], $2::text[], $3::bool[]) AS c(id, state, highlighted) WHERE q.id = c.id`,
    [last.map((change) => change.id), last.map((change) => change.state), last.map((change) => change.highlighted)],
  );
}

/** Deletes a question with its upvotes. */
export async function deleteQuestion(db: pg.Pool, questionId: number): Promise<void> {
  await db.query("DELETE FROM questions WHERE id = $1", [questionId]);
}

const QUESTION_COLUMNS = `q.id, e.code AS "eventCode", q.text, q.name, q.state, q.highlighted,
  q.created_at AS "createdAt", p.token_hash AS "askerHash"
  FROM questions q JOIN events e ON e.id = q.event_id JOIN participants p ON p.id = q.participant_id`;

export async function loadQuestions(db: pg.ClientBase | pg.Pool): Promise<QuestionRow[]> {
  const { rows } = await db.query<QuestionRow>(`SELECT ${QUESTION_COLUMNS} ORDER BY q.id`);
  return rows;
}

export async function loadQuestionIds(db: pg.ClientBase): Promise<number[]> {
  const { rows } = await db.query<{ id: number }>("SELECT id FROM questions");
  return rows.map((row) => row.id);
}

/** The largest id a `serial` column holds (PostgreSQL's integer); a larger one names no row. */
const MAX_SERIAL = 2 ** 31 - 1;

export async function loadQuestion(db: pg.Pool, questionId: number): Promise<QuestionRow | null> {
  // Ids come from frames and paths too: one out of the column's range is no question, not an error.
  if (!Number.isSafeInteger(questionId) || questionId < 1 || questionId > MAX_SERIAL) return null;
  const { rows } = await db.query<QuestionRow>(`SELECT ${QUESTION_COLUMNS} WHERE q.id = $1`, [questionId]);
  return rows[0] ?? null;
}

/** Upvotes counted by question (of one event: `eventId`); questions without upvotes left out. */
export async function countUpvotes(db: pg.ClientBase | pg.Pool, eventId?: number): Promise<UpvoteCount[]> {
  const { rows } = await db.query<UpvoteCount>(
    eventId === undefined
      ? `SELECT question_id AS "questionId", count(*)::int AS upvotes FROM upvotes
         GROUP BY question_id ORDER BY question_id`
      : `SELECT u.question_id AS "questionId", count(*)::int AS upvotes FROM upvotes u
         JOIN questions q ON q.id = u.question_id WHERE q.event_id = $1
         GROUP BY u.question_id ORDER BY u.question_id`,
    eventId === undefined ? [] : [eventId],
  );
  return rows;
}

/** The ids of the questions of an event that a participant upvoted (a snapshot's myUpvotes). */
export async function upvotesOf(db: pg.Pool, tokenHash: string, eventId: number): Promise<number[]> {
  const { rows } = await db.query<{ questionId: number }>({
    name: "upvotes-of",
    text: `SELECT u.question_id AS "questionId" FROM upvotes u
           JOIN participants p ON p.id = u.participant_id JOIN questions q ON q.id = u.question_id
           WHERE p.token_hash = $1 AND q.event_id = $2 ORDER BY u.question_id`,
    values: [tokenHash, eventId],
  });
  return rows.map((row) => row.questionId);
}
