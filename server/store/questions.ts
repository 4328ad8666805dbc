// Audience questions and upvotes on disk. Asks and upvotes are written inside the group-commit
// writer's batches (like votes: plain prepared statements); moderators' changes through db.write.
import type { QuestionState } from "../../shared/question.js";
import type { Database } from "./database.js";

/** A question as stored, with the hash of its asker's token (never sent to anyone). */
export type QuestionRow = {
  id: number;
  eventCode: string;
  text: string;
  name: string | null;
  state: QuestionState;
  highlighted: boolean;
  createdAt: number;
  askerHash: string;
};

export type QuestionStatements = ReturnType<typeof prepareQuestionStatements>;

export function prepareQuestionStatements(db: Database) {
  const { sqlite } = db;
  const findParticipant = sqlite.prepare<[string], { id: number }>("SELECT id FROM participants WHERE token_hash = ?");
  const insertParticipant = sqlite.prepare<[string, number], { id: number }>(
    "INSERT INTO participants (token_hash, created_at) VALUES (?, ?) RETURNING id",
  );
  const insertQuestion = sqlite.prepare<[number, number, string, string | null, QuestionState, number], { id: number }>(
    `INSERT INTO questions (event_id, participant_id, text, name, state, highlighted, created_at)
     VALUES (?, ?, ?, ?, ?, 0, ?) RETURNING id`,
  );
  const insertUpvote = sqlite.prepare<[number, number, number]>(
    "INSERT INTO upvotes (question_id, participant_id, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
  );
  const deleteUpvote = sqlite.prepare<[number, number]>(
    "DELETE FROM upvotes WHERE question_id = ? AND participant_id = ?",
  );
  const updateQuestion = sqlite.prepare<[QuestionState, number, number]>(
    "UPDATE questions SET state = ?, highlighted = ? WHERE id = ?",
  );
  const deleteQuestion = sqlite.prepare<[number]>("DELETE FROM questions WHERE id = ?");
  const allQuestions = sqlite.prepare<[], Omit<QuestionRow, "highlighted"> & { highlighted: number }>(
    `SELECT q.id, e.code AS eventCode, q.text, q.name, q.state, q.highlighted, q.created_at AS createdAt,
            p.token_hash AS askerHash
     FROM questions q JOIN events e ON e.id = q.event_id JOIN participants p ON p.id = q.participant_id`,
  );
  const questionIds = sqlite.prepare<[], { id: number }>("SELECT id FROM questions");
  const oneQuestion = sqlite.prepare<[number], Omit<QuestionRow, "highlighted"> & { highlighted: number }>(
    `SELECT q.id, e.code AS eventCode, q.text, q.name, q.state, q.highlighted, q.created_at AS createdAt,
            p.token_hash AS askerHash
     FROM questions q JOIN events e ON e.id = q.event_id JOIN participants p ON p.id = q.participant_id
     WHERE q.id = ?`,
  );
  const countUpvotesOfEvent = sqlite.prepare<[number], { questionId: number; upvotes: number }>(
    `SELECT u.question_id AS questionId, count(*) AS upvotes FROM upvotes u
     JOIN questions q ON q.id = u.question_id WHERE q.event_id = ? GROUP BY u.question_id`,
  );
  // One pass rebuilds every count, as for the votes' tallies.
  const countUpvotes = sqlite.prepare<[], { questionId: number; upvotes: number }>(
    "SELECT question_id AS questionId, count(*) AS upvotes FROM upvotes GROUP BY question_id",
  );
  const upvotesOf = sqlite.prepare<[string, number], { questionId: number }>(
    `SELECT u.question_id AS questionId FROM upvotes u
     JOIN participants p ON p.id = u.participant_id JOIN questions q ON q.id = u.question_id
     WHERE p.token_hash = ? AND q.event_id = ?`,
  );

  const participantOf = (tokenHash: string, now: number): number =>
    findParticipant.get(tokenHash)?.id ?? (insertParticipant.get(tokenHash, now) as { id: number }).id;

  return {
    /** Stores a new question; returns its id. Must run inside a write transaction (a group-commit job). */
    insertQuestion(
      eventId: number,
      askerHash: string,
      question: { text: string; name: string | undefined; state: QuestionState },
      now: number,
    ): number {
      const participantId = participantOf(askerHash, now);
      const row = insertQuestion.get(eventId, participantId, question.text, question.name ?? null, question.state, now);
      return (row as { id: number }).id;
    },
    /**
     * Upvotes a question or takes the upvote back; returns how the count changed (+1, 0 or −1),
     * as SQLite saw it, so the count in memory follows the rows exactly. Inside a write transaction.
     */
    setUpvote(questionId: number, tokenHash: string, up: boolean, now: number): number {
      if (up) return insertUpvote.run(questionId, participantOf(tokenHash, now), now).changes;
      const participantId = findParticipant.get(tokenHash)?.id;
      return participantId === undefined ? 0 : -deleteUpvote.run(questionId, participantId).changes;
    },
    /** Saves moderators' changes of state and highlight together; returns once committed. */
    updateQuestions(changes: readonly { id: number; state: QuestionState; highlighted: boolean }[]): void {
      db.write(() => {
        for (const change of changes) updateQuestion.run(change.state, Number(change.highlighted), change.id);
      });
    },
    /** Deletes a question with its upvotes; returns once committed. */
    deleteQuestion(questionId: number): void {
      db.write(() => deleteQuestion.run(questionId));
    },
    loadQuestions(): QuestionRow[] {
      return allQuestions.all().map((row) => ({ ...row, highlighted: row.highlighted !== 0 }));
    },
    questionIds: () => questionIds.all().map((row) => row.id),
    loadQuestion(questionId: number): QuestionRow | null {
      const row = oneQuestion.get(questionId);
      return row ? { ...row, highlighted: row.highlighted !== 0 } : null;
    },
    countUpvotes: () => countUpvotes.all(),
    countUpvotesOfEvent: (eventId: number) => countUpvotesOfEvent.all(eventId),
    /** The ids of the questions of an event that a participant upvoted (a snapshot's myUpvotes). */
    upvotesOf: (tokenHash: string, eventId: number): number[] =>
      upvotesOf.all(tokenHash, eventId).map((row) => row.questionId),
  };
}
