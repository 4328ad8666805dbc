// A text poll's answers grouped anew after its event's language changed: case folding and stop
// words depend on the language, so the groups are rebuilt from the stored answers, exactly as a
// restart builds them (docs/api.md, "Open-text polls").
import type { TextPoll } from "../../shared/poll.js";
import type { PollingContext } from "./context.js";
import { emptyTallyOf, fillTallies } from "./registry.js";

/** How often, and how far apart, a read that answers crossed is tried again. */
const ATTEMPTS = 200;
const RETRY_MS = 25;

const settledCallbacks = () => new Promise<void>((resolve) => setImmediate(resolve));
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Rebuilds the poll's tally from the store in the event's language as it is now. Answers keep
 * coming meanwhile: a read counts only if none of this node's answers to the poll was on its way
 * to the store around it and none reached the tally during it; else it is tried again. (Another
 * node's answers the read may have counted before their message arrives are set right by that
 * node's re-read, cluster/reconcile.ts.) False if answers never paused long enough: the old
 * groups stay until the next restart.
 */
export async function regroupAnswers(ctx: PollingContext, poll: TextPoll): Promise<boolean> {
  const { registry, store } = ctx;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    if (attempt > 0) await pause(RETRY_MS);
    await settledCallbacks();
    if (registry.answersInFlight.has(poll.id)) continue;
    const before = registry.tallies.get(poll.id);
    const changes = before?.words?.changes;
    const stored = await store.loadTally(poll.id);
    await settledCallbacks();
    const now = registry.tallies.get(poll.id);
    if (registry.answersInFlight.has(poll.id) || now !== before || now?.words?.changes !== changes) continue;
    if (!registry.polls.has(poll.id)) return true;
    registry.tallies.set(poll.id, emptyTallyOf(registry, poll));
    fillTallies(registry, stored);
    return true;
  }
  return false;
}
