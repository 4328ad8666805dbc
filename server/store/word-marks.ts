// Moderators' marks on the word groups of text polls ("hidden", "approved"), on disk. Each
// write returns once committed (db.write); the registry keeps them in memory as well.
import { and, eq } from "drizzle-orm";
import type { WordMark } from "../domain/word-marks.js";
import type { Database } from "./database.js";
import { polls, wordMarks } from "./schema.js";

export type StoredWordMark = { pollId: number; groupKey: string; mark: WordMark };

export function loadWordMarks(db: Database): StoredWordMark[] {
  return db.orm
    .select({ pollId: wordMarks.pollId, groupKey: wordMarks.groupKey, mark: wordMarks.mark })
    .from(wordMarks)
    .all();
}

/** The marks on one event's text polls. */
export function loadWordMarksOfEvent(db: Database, eventId: number): StoredWordMark[] {
  return db.orm
    .select({ pollId: wordMarks.pollId, groupKey: wordMarks.groupKey, mark: wordMarks.mark })
    .from(wordMarks)
    .innerJoin(polls, eq(polls.id, wordMarks.pollId))
    .where(eq(polls.eventId, eventId))
    .all();
}

/** Sets a group's mark (null removes it). */
export function storeWordMark(
  db: Database,
  pollId: number,
  groupKey: string,
  mark: WordMark | null,
  now: number,
): void {
  db.write(() => {
    if (mark === null) {
      db.orm
        .delete(wordMarks)
        .where(and(eq(wordMarks.pollId, pollId), eq(wordMarks.groupKey, groupKey)))
        .run();
      return;
    }
    db.orm
      .insert(wordMarks)
      .values({ pollId, groupKey, mark, createdAt: now })
      .onConflictDoUpdate({ target: [wordMarks.pollId, wordMarks.groupKey], set: { mark, createdAt: now } })
      .run();
  });
}
