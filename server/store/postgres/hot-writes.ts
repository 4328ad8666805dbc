// The writes of the hot path (votes, answers, questions, upvotes) as one group-commit batch: the
// participants first, then each table's writes as one set-based step. Results as the SQLite
// store gives them for the same writes made one after another.
import type pg from "pg";
import type { BallotValue } from "../../domain/ballot.js";
import type { NewQuestion, RecordedAnswers, RecordedVote } from "../port.js";
import { participantsOf } from "./participants.js";
import { insertQuestions, writeUpvotes } from "./questions.js";
import { writeAnswers, writeVotes } from "./votes.js";

export type HotWrite =
  | { kind: "vote"; pollId: number; tokenHash: string; value: BallotValue; now: number }
  | { kind: "answers"; pollId: number; tokenHash: string; answers: readonly string[]; now: number }
  | { kind: "question"; eventId: number; askerHash: string; question: NewQuestion; now: number }
  | { kind: "upvote"; questionId: number; tokenHash: string; up: boolean; now: number };

/** A vote or answers whose poll is not open as stored (closed at another node a moment ago). */
export const NOT_OPEN = Symbol("poll not open");

/** By kind: RecordedVote, RecordedAnswers (or NOT_OPEN), the new question's id, the upvote count's change. */
export type HotResult = RecordedVote | RecordedAnswers | typeof NOT_OPEN | number;

// The polls voted on that are open, locked against a change of state until the batch commits:
// a close at another node waits for the batch (its votes came first), and a batch after the
// close finds the poll closed. In one order on every node, so batches cannot deadlock.
const LOCK_OPEN_POLLS = {
  name: "polls-open-lock",
  text: `SELECT id FROM polls WHERE id = ANY($1::int[]) AND state = 'open' ORDER BY id FOR SHARE`,
};

const tokenOf = (write: HotWrite) => (write.kind === "question" ? write.askerHash : write.tokenHash);
/** Taking back an upvote never creates a participant (nor does it on SQLite). */
const createsParticipant = (write: HotWrite) => write.kind !== "upvote" || write.up;

export async function applyHotWrites(client: pg.ClientBase, writes: readonly HotWrite[]): Promise<HotResult[]> {
  const create = new Map<string, number>();
  const find = new Set<string>();
  for (const write of writes) {
    const hash = tokenOf(write);
    if (!createsParticipant(write)) find.add(hash);
    else if (!create.has(hash)) create.set(hash, write.now);
  }
  const participants = await participantsOf(client, create, find);
  const participantOf = (write: HotWrite) => {
    const participant = participants.get(tokenOf(write));
    if (!participant) throw new Error("a participant was not created");
    return participant.id;
  };

  // A participant created by this batch is new to the first write that needed it, as if the
  // writes had been made one after another.
  const newTo = new Set<number>();
  const claimed = new Set<string>();
  writes.forEach((write, index) => {
    const hash = tokenOf(write);
    if (!createsParticipant(write) || claimed.has(hash)) return;
    claimed.add(hash);
    if (participants.get(hash)?.created) newTo.add(index);
  });

  const results: HotResult[] = new Array(writes.length);
  const indexesOf = (kind: HotWrite["kind"]) => writes.flatMap((write, index) => (write.kind === kind ? [index] : []));
  const nth = <K extends HotWrite["kind"]>(index: number) => writes[index] as Extract<HotWrite, { kind: K }>;

  const ballots = [...indexesOf("vote"), ...indexesOf("answers")];
  const open = new Set<number>();
  if (ballots.length > 0) {
    const pollIds = [...new Set(ballots.map((index) => nth<"vote" | "answers">(index).pollId))];
    const { rows } = await client.query<{ id: number }>({ ...LOCK_OPEN_POLLS, values: [pollIds] });
    for (const { id } of rows) open.add(id);
  }
  const isOpen = (index: number) => {
    if (open.has(nth<"vote" | "answers">(index).pollId)) return true;
    results[index] = NOT_OPEN;
    return false;
  };

  const votes = indexesOf("vote").filter(isOpen);
  if (votes.length > 0) {
    const previous = await writeVotes(
      client,
      votes.map((index) => {
        const write = nth<"vote">(index);
        return { pollId: write.pollId, participantId: participantOf(write), value: write.value, now: write.now };
      }),
    );
    votes.forEach((index, n) => {
      results[index] = { previous: previous[n] ?? null, newParticipant: newTo.has(index) };
    });
  }

  const answers = indexesOf("answers").filter(isOpen);
  if (answers.length > 0) {
    const previous = await writeAnswers(
      client,
      answers.map((index) => {
        const write = nth<"answers">(index);
        return { pollId: write.pollId, participantId: participantOf(write), answers: write.answers, now: write.now };
      }),
    );
    answers.forEach((index, n) => {
      results[index] = { previous: previous[n] ?? null, newParticipant: newTo.has(index) };
    });
  }

  const questions = indexesOf("question");
  if (questions.length > 0) {
    const ids = await insertQuestions(
      client,
      questions.map((index) => {
        const write = nth<"question">(index);
        return {
          eventId: write.eventId,
          participantId: participantOf(write),
          text: write.question.text,
          name: write.question.name ?? null,
          state: write.question.state,
          now: write.now,
        };
      }),
    );
    questions.forEach((index, n) => {
      results[index] = ids[n] as number;
    });
  }

  const upvotes = indexesOf("upvote");
  if (upvotes.length > 0) {
    const changes = await writeUpvotes(
      client,
      upvotes.map((index) => {
        const write = nth<"upvote">(index);
        const participantId = participants.get(write.tokenHash)?.id;
        return { questionId: write.questionId, participantId, up: write.up, now: write.now };
      }),
    );
    upvotes.forEach((index, n) => {
      results[index] = changes[n] as number;
    });
  }
  return results;
}
