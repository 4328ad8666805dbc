// Stored polls with their options on PostgreSQL, read and written as the API's Poll objects
// (the mapping both stores share: ../rows.ts). Writes run inside the caller's transaction.
import { asc, eq, inArray } from "drizzle-orm";
import type { ChoicePoll, Poll } from "../../../shared/poll.js";
import { pollColumns, toPoll } from "../rows.js";
import type { Executor, Transaction } from "./database.js";
import { events, options, polls } from "./schema.js";

type OptionRow = typeof options.$inferSelect;

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
      type: poll.type,
      createdAt: Date.parse(poll.createdAt),
      ...pollColumns(poll),
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
    const [row] = await tx.update(polls).set(pollColumns(poll)).where(eq(polls.id, poll.id)).returning();
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
