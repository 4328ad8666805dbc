// A text poll's answers grouped anew after its event's language changed: case folding and stop
// words depend on the language, so the groups are rebuilt from the stored answers, exactly as a
// start builds them (docs/api.md, "Open-text polls").
import type { TextPoll } from "../../shared/poll.js";
import type { PollingContext } from "./context.js";
import { emptyTallyOf, fillTallies } from "./registry.js";

/** How often to look whether this node's answers on their way to the store have landed. */
const LANDED_CHECK_MS = 2;

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Rebuilds the poll's tally from the store in the event's language as it is now. New answers
 * to the poll wait meanwhile (polling/votes.ts), and those already on their way land first, so
 * the read holds exactly what the tally held: none is counted twice or lost. (On several nodes,
 * another node's answers that cross the read are set right by the re-read that each of their
 * messages asks for, cluster/reconcile.ts.)
 */
export async function regroupAnswers(ctx: PollingContext, poll: TextPoll): Promise<void> {
  const { registry, store } = ctx;
  let release = () => {};
  registry.answersHeld.set(
    poll.id,
    new Promise((resolve) => {
      release = resolve;
    }),
  );
  try {
    while (registry.answersInFlight.has(poll.id)) await pause(LANDED_CHECK_MS);
    const stored = await store.loadTally(poll.id);
    if (!registry.polls.has(poll.id)) return;
    registry.tallies.set(poll.id, emptyTallyOf(registry, poll));
    fillTallies(registry, stored);
  } finally {
    registry.answersHeld.delete(poll.id);
    release();
  }
}
