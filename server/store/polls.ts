// Stored polls with their options, read and written as the API's Poll objects. Each write
// returns once committed (db.write), or joins the transaction its caller has open.
import { asc, eq, inArray } from "drizzle-orm";
import type { Poll } from "../../shared/poll.js";
import type { Database } from "./database.js";
import { type PollRow, pollColumns, toPoll } from "./rows.js";
import { events, options, polls } from "./schema.js";

type OptionRow = typeof options.$inferSelect;

/** Every poll of every event, options in order. */
export function loadPolls(db: Database): Poll[] {
  const rows = db.orm
    .select({ poll: polls, eventCode: events.code })
    .from(polls)
    .innerJoin(events, eq(polls.eventId, events.id))
    .all();
  const optionRows = db.orm.select().from(options).orderBy(asc(options.pollId), asc(options.position)).all();
  return withOptions(rows, optionRows);
}

/** One event's polls, options in order. */
export function loadPollsOfEvent(db: Database, event: { id: number; code: string }): Poll[] {
  const rows = db.orm.select().from(polls).where(eq(polls.eventId, event.id)).all();
  const optionRows = db.orm
    .select({ option: options })
    .from(options)
    .innerJoin(polls, eq(polls.id, options.pollId))
    .where(eq(polls.eventId, event.id))
    .orderBy(asc(options.pollId), asc(options.position))
    .all()
    .map((row) => row.option);
  return withOptions(
    rows.map((poll) => ({ poll, eventCode: event.code })),
    optionRows,
  );
}

function withOptions(rows: { poll: PollRow; eventCode: string }[], optionRows: readonly OptionRow[]): Poll[] {
  const optionsByPoll = new Map<number, OptionRow[]>();
  for (const option of optionRows) {
    const list = optionsByPoll.get(option.pollId) ?? [];
    list.push(option);
    optionsByPoll.set(option.pollId, list);
  }
  return rows.map(({ poll, eventCode }) => toPoll(poll, eventCode, optionsByPoll.get(poll.id) ?? []));
}

function insertOptions(db: Database, pollId: number, labels: readonly string[]): OptionRow[] {
  if (labels.length === 0) return [];
  return db.orm
    .insert(options)
    .values(labels.map((label, position) => ({ pollId, position, label })))
    .returning()
    .all();
}

/** Stores a new poll (its id and option ids are ignored and assigned here). */
export function insertPoll(db: Database, eventId: number, poll: Poll): Poll {
  return db.write(() => {
    const [row] = db.orm
      .insert(polls)
      .values({
        eventId,
        type: poll.type,
        createdAt: Date.parse(poll.createdAt),
        ...pollColumns(poll),
      })
      .returning()
      .all();
    if (!row) throw new Error("the new poll was not stored");
    const optionRows =
      poll.type === "choice"
        ? insertOptions(
            db,
            row.id,
            poll.options.map((o) => o.label),
          )
        : [];
    return toPoll(row, poll.eventCode, optionRows);
  });
}

/**
 * Writes changed polls in one transaction. A choice poll whose options carry id 0 gets
 * them replaced (allowed only while it has no votes); the returned polls carry the new ids.
 */
export function updatePolls(db: Database, changed: readonly Poll[]): Poll[] {
  return db.write(() =>
    changed.map((poll) => {
      const [row] = db.orm.update(polls).set(pollColumns(poll)).where(eq(polls.id, poll.id)).returning().all();
      if (!row) throw new Error(`poll ${poll.id} vanished while being updated`);
      if (poll.type !== "choice") return toPoll(row, poll.eventCode, []);
      if (poll.options.some((option) => option.id === 0)) {
        db.orm.delete(options).where(eq(options.pollId, poll.id)).run();
        return toPoll(
          row,
          poll.eventCode,
          insertOptions(
            db,
            poll.id,
            poll.options.map((o) => o.label),
          ),
        );
      }
      return { ...toPoll(row, poll.eventCode, []), options: poll.options };
    }),
  );
}

export function deletePolls(db: Database, pollIds: readonly number[]): void {
  if (pollIds.length === 0) return;
  db.write(() =>
    db.orm
      .delete(polls)
      .where(inArray(polls.id, [...pollIds]))
      .run(),
  );
}
