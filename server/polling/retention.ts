// Privacy: events older than the configured retention are deleted with all their data.
import type { StoredEvent } from "../store/events.js";
import type { PollingContext } from "./context.js";
import { deleteEvent } from "./events.js";

const DAY_MS = 24 * 60 * 60 * 1000;

/** Deletes events created more than `days` ago; returns them (so their live clients can be told). */
export function purgeOldEvents(ctx: PollingContext, days: number): StoredEvent[] {
  const cutoff = ctx.now() - days * DAY_MS;
  const old = [...ctx.registry.events.values()].filter((event) => Date.parse(event.createdAt) < cutoff);
  for (const event of old) deleteEvent(ctx, event);
  return old;
}
