// Stored polls with their options, read and written as the API's Poll objects. Each write
// returns once committed (db.write), or joins the transaction its caller has open.
import { asc, eq, inArray } from "drizzle-orm";
import type { Poll, PollTranslations } from "../../shared/poll.js";
import type { Database } from "./database.js";
import { events, options, polls } from "./schema.js";

type PollRow = typeof polls.$inferSelect;
type OptionRow = typeof options.$inferSelect;

const isoOrNull = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const msOrNull = (iso: string | null) => (iso === null ? null : Date.parse(iso));
/** No translations are stored as null, so a poll without any costs nothing (and older rows read the same). */
const translationsOrNull = (translations: PollTranslations) =>
  Object.keys(translations).length === 0 ? null : translations;

function toPoll(row: PollRow, eventCode: string, optionRows: readonly OptionRow[]): Poll {
  const common = {
    id: row.id,
    eventCode,
    position: row.position,
    state: row.state,
    question: row.question,
    resultsVisibility: row.resultsVisibility,
    createdAt: new Date(row.createdAt).toISOString(),
    openedAt: isoOrNull(row.openedAt),
    closedAt: isoOrNull(row.closedAt),
    translations: row.translations ?? {},
  };
  switch (row.type) {
    case "choice":
      return {
        ...common,
        type: "choice",
        options: optionRows.map((option) => ({ id: option.id, label: option.label })),
        minSelections: row.minSelections ?? 1,
        maxSelections: row.maxSelections ?? 1,
      };
    case "rating":
      return { ...common, type: "rating", scale: row.scale ?? 5 };
    case "text":
      return {
        ...common,
        type: "text",
        maxAnswers: row.maxAnswers ?? 1,
        maxLength: row.maxLength ?? 40,
        moderation: row.moderation ?? "post",
        stopWords: row.stopWords ?? false,
      };
  }
}

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

function typeColumns(poll: Poll) {
  const none = {
    minSelections: null,
    maxSelections: null,
    scale: null,
    maxAnswers: null,
    maxLength: null,
    moderation: null,
    stopWords: null,
  };
  switch (poll.type) {
    case "choice":
      return { ...none, minSelections: poll.minSelections, maxSelections: poll.maxSelections };
    case "rating":
      return { ...none, scale: poll.scale };
    case "text":
      return {
        ...none,
        maxAnswers: poll.maxAnswers,
        maxLength: poll.maxLength,
        moderation: poll.moderation,
        stopWords: poll.stopWords,
      };
  }
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
        position: poll.position,
        type: poll.type,
        question: poll.question,
        state: poll.state,
        resultsVisibility: poll.resultsVisibility,
        ...typeColumns(poll),
        createdAt: Date.parse(poll.createdAt),
        openedAt: msOrNull(poll.openedAt),
        closedAt: msOrNull(poll.closedAt),
        translations: translationsOrNull(poll.translations),
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
      const [row] = db.orm
        .update(polls)
        .set({
          position: poll.position,
          question: poll.question,
          state: poll.state,
          resultsVisibility: poll.resultsVisibility,
          ...typeColumns(poll),
          openedAt: msOrNull(poll.openedAt),
          closedAt: msOrNull(poll.closedAt),
          translations: translationsOrNull(poll.translations),
        })
        .where(eq(polls.id, poll.id))
        .returning()
        .all();
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
