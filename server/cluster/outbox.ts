// A node's outgoing changes: collected as the use cases commit them and sent to the other nodes
// in batches, off the commit path (a NOTIFY inside a vote's transaction would serialise every
// commit of the database). Deltas wait up to BATCH_MS; a moderator's change goes out at once,
// after what was collected before it, so every node applies one node's changes in their order.
import type { BallotValue } from "../domain/ballot.js";
import { type Changes, heartbeat, isEmpty, noChanges, toPayloads } from "./messages.js";
import type { Replication, SharedLimit } from "./replication.js";

/** How long deltas (votes, answers, upvotes, asks) wait to share a NOTIFY. */
export const BATCH_MS = 20;

export type Outbox = Omit<Replication, "catchUp" | "catchUpQuestion"> & {
  /** This node's live connections from an address are now `count` (sent as a state, not a change). */
  connections(key: string, count: number): void;
  /** Sends what is collected now (shutdown). */
  flush(): Promise<void>;
  /** Sends a heartbeat with the last sequence number, after what is collected; `ask`, `bye`: see ClusterMessage. */
  beat(flag?: "ask" | "bye"): Promise<void>;
  /** Messages sent so far (the last sequence number). */
  readonly sent: number;
};

/** `send` delivers payloads in order (one NOTIFY transaction); a failure is reported, not retried. */
export function createOutbox(
  node: string,
  send: (payloads: string[]) => Promise<void>,
  onError: (error: unknown) => void,
): Outbox {
  let pending = noChanges();
  /** Vote deltas summed per (poll, value) until sent: a burst's thousand votes become a few entries. */
  let voteDeltas = new Map<number, Map<number, number>>();
  /** Uses of shared limits summed per limit and key: a busy address sends one entry per batch. */
  let limitUses = new Map<SharedLimit, Map<string, number>>();
  /** The latest count per address: only the last one in a batch matters. */
  let connectionCounts = new Map<string, number>();
  let seq = 0;
  let timer: NodeJS.Timeout | undefined;
  let sending: Promise<void> = Promise.resolve();

  function take(): Changes {
    for (const [pollId, byValue] of voteDeltas) {
      for (const [value, delta] of byValue) if (delta !== 0) pending.votes.push([pollId, value, delta]);
    }
    for (const [limit, byKey] of limitUses) for (const [key, uses] of byKey) pending.limits.push([limit, key, uses]);
    pending.connections.push(...connectionCounts);
    const changes = pending;
    pending = noChanges();
    voteDeltas = new Map();
    limitUses = new Map();
    connectionCounts = new Map();
    return changes;
  }

  function flush(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    const changes = take();
    if (isEmpty(changes)) return sending;
    const payloads = toPayloads(node, seq + 1, changes);
    seq += payloads.length;
    // One NOTIFY transaction after the other, so receivers get them in sequence order.
    sending = sending.then(() => send(payloads)).catch(onError);
    return sending;
  }

  const later = () => {
    timer ??= setTimeout(flush, BATCH_MS);
  };
  /** A moderator's change: what came before goes first, then this, at once. */
  const now = (add: (changes: Changes) => void) => {
    void flush();
    add(pending);
    void flush();
  };

  function addVote(pollId: number, value: BallotValue, delta: number) {
    const byValue = voteDeltas.get(pollId) ?? new Map<number, number>();
    byValue.set(value, (byValue.get(value) ?? 0) + delta);
    voteDeltas.set(pollId, byValue);
  }

  return {
    voted(pollId, previous, next) {
      if (previous !== null) addVote(pollId, previous, -1);
      addVote(pollId, next, 1);
      later();
    },
    answered(pollId, previous, next) {
      pending.answers.push([pollId, previous === null ? null : [...previous], [...next]]);
      later();
    },
    upvoted(questionId, change) {
      pending.upvotes.push([questionId, change]);
      later();
    },
    questionAsked(questionId) {
      pending.questions.push(questionId);
      later();
    },
    questionChanged: (questionId) => now((changes) => changes.questions.push(questionId)),
    questionDeleted: (eventCode, questionId) =>
      now((changes) => changes.deletedQuestions.push([eventCode, questionId])),
    eventChanged: (eventCode) => now((changes) => changes.events.push(eventCode)),
    eventDeleted: (eventCode) => now((changes) => changes.deletedEvents.push(eventCode)),
    pollReset: (eventCode, pollId) => now((changes) => changes.resets.push([eventCode, pollId])),
    limitUsed(limit, key) {
      const byKey = limitUses.get(limit) ?? new Map<string, number>();
      byKey.set(key, (byKey.get(key) ?? 0) + 1);
      limitUses.set(limit, byKey);
      later();
    },
    connections(key, count) {
      connectionCounts.set(key, count);
      later();
    },
    flush,
    beat(flag) {
      void flush();
      sending = sending.then(() => send([heartbeat(node, seq, flag)])).catch(onError);
      return sending;
    },
    get sent() {
      return seq;
    },
  };
}
