// Stored polls with their options on PostgreSQL, read and written as the API's Poll objects
// (the same mapping as ../polls.ts for SQLite). Writes run inside the caller's transaction.
import { asc, eq, inArray } from "drizzle-orm";
import type { ChoicePoll, Poll, PollTranslations } from "../../../shared/poll.js";
import type { Executor, Transaction } from "./database.js";
import { events, options, polls } from "./schema.js";

type PollRow = typeof polls.$inferSelect;
type OptionRow = typeof options.$inferSelect;

const isoOrNull = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const msOrNull = (iso: string | null) => (iso === null ? null : Date.parse(iso));
/** No translations are stored as null, as on SQLite. */
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

/** Every poll (of one event: `eventId`), options in order; polls in the order they were made. */
export async function loadPolls(db: Executor, eventId?: number): Promise<Poll[]> {
  const ofEvent = eventId === undefined ? undefined : eq(polls.eventId, eventId);
  const rows = await db
    .select({ poll: polls, eventCode: events.code })
    .from(polls)
    .innerJoin(events, eq(polls.eventId, events.id))
    .where(ofEvent)
    .orderBy(asc(polls.id));
  const optionRows = await db
    .select({ option: options })
    .from(options)
    .innerJoin(polls, eq(options.pollId, polls.id))
    .where(ofEvent)
    .orderBy(asc(options.pollId), asc(options.position));
  const optionsByPoll = new Map<number, OptionRow[]>();
  for (const { option } of optionRows) {
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

async function insertOptions(tx: Transaction, pollId: number, labels: readonly string[]): Promise<OptionRow[]> {
  if (labels.length === 0) return [];
  // RETURNING follows the order of the VALUES here (one plain multi-row insert); sorted anyway,
  // as the positions are what the ballot values mean.
  const rows = await tx
    .insert(options)
    .values(labels.map((label, position) => ({ pollId, position, label })))
    .returning();
  return rows.sort((a, b) => a.position - b.position);
}

/** Stores a new poll (its id and option ids are ignored and assigned here). */
export async function insertPoll(tx: Transaction, eventId: number, poll: Poll): Promise<Poll> {
  const [row] = await tx
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
    .returning();
  if (!row) throw new Error("the new poll was not stored");
  const optionRows =
    poll.type === "choice"
      ? await insertOptions(
          tx,
          row.id,
          poll.options.map((option) => option.label),
        )
      : [];
  return toPoll(row, poll.eventCode, optionRows);
}

/**
 * Writes changed polls. A choice poll whose options carry id 0 gets them replaced (allowed only
 * while it has no votes); the returned polls carry the new ids.
 */
export async function updatePolls(tx: Transaction, changed: readonly Poll[]): Promise<Poll[]> {
  const saved: Poll[] = [];
  for (const poll of changed) {
    const [row] = await tx
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
      .returning();
    if (!row) throw new Error(`poll ${poll.id} vanished while being updated`);
    if (poll.type !== "choice") {
      saved.push(toPoll(row, poll.eventCode, []));
    } else if (poll.options.some((option) => option.id === 0)) {
      await tx.delete(options).where(eq(options.pollId, poll.id));
      const labels = poll.options.map((option) => option.label);
      saved.push(toPoll(row, poll.eventCode, await insertOptions(tx, poll.id, labels)));
    } else {
      // The options as they were: unchanged, ids and all.
      saved.push({ ...(toPoll(row, poll.eventCode, []) as ChoicePoll), options: poll.options });
    }
  }
  return saved;
}

export async function deletePolls(tx: Transaction, pollIds: readonly number[]): Promise<void> {
  if (pollIds.length === 0) return;
  await tx.delete(polls).where(inArray(polls.id, [...pollIds]));
}
