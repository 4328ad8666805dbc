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

/** By kind: RecordedVote, RecordedAnswers, the new question's id, the upvote count's change. */
export type HotResult = RecordedVote | RecordedAnswers | number;

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

  const votes = indexesOf("vote");
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

  const answers = indexesOf("answers");
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
