// Stored events: the public fields plus what only the server may see. Writes return once
// committed (db.write); `.all()` runs a RETURNING statement to its end, so no error is skipped.
import { eq, inArray } from "drizzle-orm";
import type { Event, Locale, Screen } from "../../shared/event.js";
import type { ModeratorQaSettings } from "../../shared/question.js";
import type { Database } from "./database.js";
import { columnsOf, toStoredEvent } from "./rows.js";
import { events, polls, questions, upvotes, votes } from "./schema.js";

export type StoredEvent = Omit<Event, "accessCodeRequired" | "qa"> & {
  id: number;
  moderatorKeyHash: string;
  accessCode: string | null;
  qa: ModeratorQaSettings;
  /** The Q&A moderator key's hash (docs/api.md, "Q&A moderator key"); null: there is none. */
  qaModeratorKeyHash: string | null;
};

/** What an update may change: the public fields, the screen, the Q&A settings, and the Q&A moderator key. */
export type EventChanges = Partial<{
  title: string;
  locale: Locale;
  accessCode: string | null;
  qa: ModeratorQaSettings;
  qaModeratorKeyHash: string | null;
  screen: Screen;
}>;

export function loadEvents(db: Database): StoredEvent[] {
  return db.orm.select().from(events).all().map(toStoredEvent);
}

export function loadEventCodes(db: Database): string[] {
  return db.orm
    .select({ code: events.code })
    .from(events)
    .all()
    .map((row) => row.code);
}

/** One event by its code as stored; undefined when there is none. */
export function loadEvent(db: Database, code: string): StoredEvent | undefined {
  const [row] = db.orm.select().from(events).where(eq(events.code, code)).all();
  return row ? toStoredEvent(row) : undefined;
}

/** Returns null when the code is taken. */
export function insertEvent(
  db: Database,
  fields: { code: string; title: string; locale: Locale; moderatorKeyHash: string; createdAt: number },
): StoredEvent | null {
  const [row] = db.write(() => db.orm.insert(events).values(fields).onConflictDoNothing().returning().all());
  return row ? toStoredEvent(row) : null;
}

export function updateEvent(db: Database, eventId: number, changes: EventChanges): StoredEvent {
  const fields = columnsOf(changes);
  const [row] = db.write(() => db.orm.update(events).set(fields).where(eq(events.id, eventId)).returning().all());
  if (!row) throw new Error(`event ${eventId} vanished while being updated`);
  return toStoredEvent(row);
}

/**
 * Deletes the events with their polls, options, votes, questions and upvotes, and the
 * participants who took part in them and have nothing left elsewhere, in one transaction. The caller erases the old copies afterwards
 * (eraseDeletedRows). Only the events' own voters are looked at, each through the votes'
 * participant index, so the cost follows the size of the events, not of the database.
 */
export function deleteEvents(db: Database, eventIds: readonly number[]): void {
  if (eventIds.length === 0) return;
  const ids = [...eventIds];
  db.write(() => {
    const voters = db.orm
      .selectDistinct({ participantId: votes.participantId })
      .from(votes)
      .innerJoin(polls, eq(polls.id, votes.pollId))
      .where(inArray(polls.eventId, ids))
      .all();
    const askers = db.orm
      .selectDistinct({ participantId: questions.participantId })
      .from(questions)
      .where(inArray(questions.eventId, ids))
      .all();
    const upvoters = db.orm
      .selectDistinct({ participantId: upvotes.participantId })
      .from(upvotes)
      .innerJoin(questions, eq(questions.id, upvotes.questionId))
      .where(inArray(questions.eventId, ids))
      .all();
    db.orm.delete(events).where(inArray(events.id, ids)).run();
    const forgetIfUnused = db.sqlite.prepare<[number, number, number, number]>(
      `DELETE FROM participants WHERE id = ?
         AND NOT EXISTS (SELECT 1 FROM votes WHERE participant_id = ?)
         AND NOT EXISTS (SELECT 1 FROM questions WHERE participant_id = ?)
         AND NOT EXISTS (SELECT 1 FROM upvotes WHERE participant_id = ?)`,
    );
    const participantIds = new Set([...voters, ...askers, ...upvoters].map((row) => row.participantId));
    for (const id of participantIds) forgetIfUnused.run(id, id, id, id);
  });
}
