// Moderators' marks on the word groups of text polls on PostgreSQL (as ../word-marks.ts on SQLite).
import { and, asc, eq } from "drizzle-orm";
import type { WordMark } from "../../domain/word-marks.js";
import type { StoredWordMark } from "../word-marks.js";
import type { Executor } from "./database.js";
import { polls, wordMarks } from "./schema.js";

/** Every mark (of one event's polls: `eventId`). */
export async function loadWordMarks(db: Executor, eventId?: number): Promise<StoredWordMark[]> {
  const columns = { pollId: wordMarks.pollId, groupKey: wordMarks.groupKey, mark: wordMarks.mark };
  const order = [asc(wordMarks.pollId), asc(wordMarks.createdAt), asc(wordMarks.groupKey)] as const;
  if (eventId === undefined)
    return db
      .select(columns)
      .from(wordMarks)
      .orderBy(...order);
  return db
    .select(columns)
    .from(wordMarks)
    .innerJoin(polls, eq(polls.id, wordMarks.pollId))
    .where(eq(polls.eventId, eventId))
    .orderBy(...order);
}

/** Sets a group's mark (null removes it); one statement, committed when it returns. */
export async function storeWordMark(
  db: Executor,
  pollId: number,
  groupKey: string,
  mark: WordMark | null,
  now: number,
): Promise<void> {
  if (mark === null) {
    await db.delete(wordMarks).where(and(eq(wordMarks.pollId, pollId), eq(wordMarks.groupKey, groupKey)));
    return;
  }
  await db
    .insert(wordMarks)
    .values({ pollId, groupKey, mark, createdAt: now })
    .onConflictDoUpdate({ target: [wordMarks.pollId, wordMarks.groupKey], set: { mark, createdAt: now } });
}
