// Stored events on PostgreSQL, read and written as StoredEvent through the mapping both stores
// share (../rows.ts). Each write is one statement or joins a transaction.
import { asc, eq, inArray, sql } from "drizzle-orm";
import type { Locale } from "../../../shared/event.js";
import type { EventChanges, StoredEvent } from "../events.js";
import { columnsOf, toStoredEvent } from "../rows.js";
import type { Executor, Orm } from "./database.js";
import { events } from "./schema.js";

export async function loadEvents(db: Executor): Promise<StoredEvent[]> {
  const rows = await db.select().from(events).orderBy(asc(events.id));
  return rows.map(toStoredEvent);
}

export async function loadEventCodes(db: Executor): Promise<string[]> {
  const rows = await db.select({ code: events.code }).from(events);
  return rows.map((row) => row.code);
}

export async function loadEventByCode(db: Executor, code: string): Promise<StoredEvent | null> {
  const [row] = await db.select().from(events).where(eq(events.code, code));
  return row ? toStoredEvent(row) : null;
}

/** Returns null when the code is taken. */
export async function insertEvent(
  db: Orm,
  fields: { code: string; title: string; locale: Locale; moderatorKeyHash: string; createdAt: number },
): Promise<StoredEvent | null> {
  const [row] = await db.insert(events).values(fields).onConflictDoNothing().returning();
  return row ? toStoredEvent(row) : null;
}

export async function updateEvent(db: Executor, eventId: number, changes: EventChanges): Promise<StoredEvent> {
  const [row] = await db.update(events).set(columnsOf(changes)).where(eq(events.id, eventId)).returning();
  if (!row) throw new Error(`event ${eventId} vanished while being updated`);
  return toStoredEvent(row);
}

/**
 * Deletes the events with everything in them (the cascades) and the participants who took part
 * in them and have nothing left elsewhere, in one transaction, as the SQLite store does.
 */
export async function deleteEvents(db: Orm, eventIds: readonly number[]): Promise<void> {
  if (eventIds.length === 0) return;
  const ids = [...eventIds];
  await db.transaction(async (tx) => {
    const doomed = sql`${sql.param(ids)}::int[]`;
    const { rows: candidates } = await tx.execute<{ id: number }>(
      sql`SELECT v.participant_id AS id FROM votes v JOIN polls p ON p.id = v.poll_id WHERE p.event_id = ANY(${doomed})
          UNION SELECT participant_id FROM questions WHERE event_id = ANY(${doomed})
          UNION SELECT u.participant_id FROM upvotes u JOIN questions q ON q.id = u.question_id
            WHERE q.event_id = ANY(${doomed})`,
    );
    await tx.delete(events).where(inArray(events.id, ids));
    if (candidates.length === 0) return;
    const participantIds = sql`${sql.param(candidates.map((row) => row.id))}::int[]`;
    // Other nodes keep recording votes meanwhile. Locking the candidates first makes a vote that
    // names one wait for this transaction (and then fail on the foreign key and be retried with a
    // new participant), and the next statement, reading after the locks, sees every vote committed
    // before them: no participant is deleted, with its cascade, under a vote just acknowledged.
    await tx.execute(sql`SELECT id FROM participants WHERE id = ANY(${participantIds}) ORDER BY id FOR UPDATE`);
    await tx.execute(
      sql`DELETE FROM participants p WHERE p.id = ANY(${participantIds})
            AND NOT EXISTS (SELECT 1 FROM votes WHERE participant_id = p.id)
            AND NOT EXISTS (SELECT 1 FROM questions WHERE participant_id = p.id)
            AND NOT EXISTS (SELECT 1 FROM upvotes WHERE participant_id = p.id)`,
    );
  });
}
