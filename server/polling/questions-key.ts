// Use cases of the Q&A moderator key (docs/api.md, "Q&A moderator key"): a second key of an
// event that moderates its questions and nothing else. Made (or replaced) and revoked by the
// moderator; only its hash is stored, the key is shown once.
import { hashSecret, newModeratorKey } from "../security/secrets.js";
import type { StoredEvent } from "../store/events.js";
import type { PollingContext } from "./context.js";

/** A new Q&A moderator key; the one before it stops working at once. */
export async function newQaModeratorKey(ctx: PollingContext, event: StoredEvent): Promise<string> {
  const key = newModeratorKey();
  await replaceKeyHash(ctx, event, hashSecret(key));
  return key;
}

export function revokeQaModeratorKey(ctx: PollingContext, event: StoredEvent): Promise<void> {
  return replaceKeyHash(ctx, event, null);
}

async function replaceKeyHash(
  ctx: PollingContext,
  event: StoredEvent,
  qaModeratorKeyHash: string | null,
): Promise<void> {
  const updated = await ctx.store.exclusive(event.id, () => ctx.store.updateEvent(event.id, { qaModeratorKeyHash }));
  ctx.registry.events.set(updated.code, updated);
  ctx.replication.eventChanged(updated.code);
  // The hub ends the question feeds opened with the old key (they reconnect as voters).
  ctx.listener.eventChanged(updated);
}
