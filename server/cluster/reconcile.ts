// Makes every node's figures equal the database's once a poll has gone quiet. Deltas from other
// nodes keep figures right while votes flow; where a delta may have been counted twice or not
// at all (a poll learned of mid-burst, a reset crossing votes, a missed message), the poll is
// marked, and once nothing has changed it for QUIET_MS its tally is re-read from the store.
import type { PollingContext } from "../polling/context.js";
import { emptyTallyOf, fillTallies, resultsOfPoll } from "../polling/registry.js";

/** How long a poll (or an event's upvotes) must be unchanged before it is re-read. */
export const QUIET_MS = 500;
const CHECK_MS = 100;

export type Reconciler = {
  /** A poll's tally changed; `suspect`: by another node's message, so it is re-read once quiet. */
  pollChanged(pollId: number, suspect: boolean): void;
  /** An event's upvote counts changed; `suspect` as above. */
  upvotesChanged(eventCode: string, suspect: boolean): void;
  /** Re-reads everything marked now, quiet or not (tests, shutdown). */
  settle(): Promise<void>;
  /** Re-reads that changed a figure (each one a delta counted wrongly before). */
  readonly corrections: number;
  stop(): void;
};

export function createReconciler(ctx: PollingContext, onError: (error: unknown) => void): Reconciler {
  const { registry, listener, store } = ctx;
  const lastPollChange = new Map<number, number>();
  const suspectPolls = new Set<number>();
  const lastUpvoteChange = new Map<string, number>();
  const suspectEvents = new Set<string>();
  let corrections = 0;
  let running: Promise<void> | null = null;

  async function rereadPoll(pollId: number): Promise<void> {
    // This node's own writes in flight may be in the database but not yet in memory (their
    // COMMIT's answer not handled yet): a read now would count them twice. The next round reads.
    if (store.pendingWrites > 0) return;
    const started = performance.now();
    const stored = await store.loadTally(pollId);
    const poll = registry.polls.get(pollId);
    // Changed while it was read: the read may miss that change; the next round reads again.
    if ((lastPollChange.get(pollId) ?? 0) > started || store.pendingWrites > 0) return;
    suspectPolls.delete(pollId);
    if (!poll) return;
    const before = JSON.stringify(resultsOfPoll(registry, poll, "moderator"));
    registry.tallies.set(pollId, emptyTallyOf(registry, poll));
    fillTallies(registry, stored);
    if (JSON.stringify(resultsOfPoll(registry, poll, "moderator")) !== before) {
      corrections++;
      listener.resultsChanged(poll);
    }
  }

  async function rereadUpvotes(eventCode: string): Promise<void> {
    const started = performance.now();
    const event = registry.events.get(eventCode);
    if (!event) {
      suspectEvents.delete(eventCode);
      return;
    }
    if (store.pendingWrites > 0) return;
    const counts = new Map((await store.loadUpvoteCounts(event.id)).map((row) => [row.questionId, row.upvotes]));
    if ((lastUpvoteChange.get(eventCode) ?? 0) > started || store.pendingWrites > 0) return;
    suspectEvents.delete(eventCode);
    for (const id of registry.questions.idsByEvent.get(eventCode) ?? []) {
      const question = registry.questions.byId.get(id);
      const upvotes = counts.get(id) ?? 0;
      if (!question || question.upvotes === upvotes) continue;
      question.upvotes = upvotes;
      corrections++;
      listener.upvotesChanged(question);
    }
  }

  async function round(all: boolean): Promise<void> {
    const now = performance.now();
    const quiet = (last: number | undefined) => all || now - (last ?? 0) >= QUIET_MS;
    for (const pollId of [...suspectPolls]) if (quiet(lastPollChange.get(pollId))) await rereadPoll(pollId);
    for (const code of [...suspectEvents]) if (quiet(lastUpvoteChange.get(code))) await rereadUpvotes(code);
  }

  const tick = () => {
    if (running || (suspectPolls.size === 0 && suspectEvents.size === 0)) return;
    running = round(false)
      .catch(onError)
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, CHECK_MS);
  timer.unref();

  return {
    pollChanged(pollId, suspect) {
      lastPollChange.set(pollId, performance.now());
      if (suspect) suspectPolls.add(pollId);
    },
    upvotesChanged(eventCode, suspect) {
      lastUpvoteChange.set(eventCode, performance.now());
      if (suspect) suspectEvents.add(eventCode);
    },
    async settle() {
      await running;
      await round(true);
    },
    get corrections() {
      return corrections;
    },
    stop: () => clearInterval(timer),
  };
}
