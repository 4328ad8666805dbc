// Privacy: events older than the configured retention are deleted with all their data.
import type { StoredEvent } from "../store/events.js";
import type { PollingContext } from "./context.js";
import { deleteEvents } from "./events.js";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes events created more than `days` ago, all in one transaction and one erasure;
 * returns them (so their live clients can be told) and whether the WAL was emptied.
 */
export async function purgeOldEvents(
  ctx: PollingContext,
  days: number,
): Promise<{ deleted: StoredEvent[]; erased: boolean }> {
  const cutoff = ctx.now() - days * DAY_MS;
  const deleted = [...ctx.registry.events.values()].filter((event) => Date.parse(event.createdAt) < cutoff);
  if (deleted.length === 0) return { deleted, erased: true };
  return { deleted, ...(await deleteEvents(ctx, deleted)) };
}
