// Other nodes' changes arriving on this node: applied to memory (the registry) and told to the
// local live hub, as if they had happened here. Deltas are applied at once; what a delta cannot
// say (an event, its polls, a question) is re-read from the store. One message after the other,
// in order, so a poll is known before the votes on it are counted.
import { addVotes, applyTextVote } from "../domain/tally.js";
import type { WordMark } from "../domain/word-marks.js";
import type { PollingContext } from "../polling/context.js";
import { addQuestion, findQuestion, liveQuestionOf, removeQuestion } from "../polling/questions-registry.js";
import {
  addEvent,
  addPoll,
  emptyTallyOf,
  pollsOfEvent,
  removeEvent,
  removePoll,
  replacePoll,
} from "../polling/registry.js";
import type { AddressConnections } from "../security/address-connections.js";
import type { RateLimiter } from "../security/rate-limiter.js";
import type { QuestionRow, StoredEventState } from "../store/port.js";
import type { ClusterMessage } from "./messages.js";
import type { Reconciler } from "./reconcile.js";
import type { SharedLimit } from "./replication.js";

export type Inbox = {
  /** Applies a message from another node (in the order they arrive). */
  receive(message: ClusterMessage): Promise<void>;
  /** Messages missed (a sequence number skipped), each answered by a resync. */
  readonly gaps: number;
  /** Nodes heard from lately, with when (performance.now()); a lost one is forgotten by `forget`. */
  readonly lastHeard: ReadonlyMap<string, number>;
  /** The last sequence number received from each node heard from. */
  readonly lastSeq: ReadonlyMap<string, number>;
  /** Forgets a node gone silent, and the connections it reported. */
  forget(node: string): void;
  /** Re-reads everything (a missed message, a broken LISTEN connection): memory equals the store after. */
  resync(): Promise<void>;
  /** Re-reads one event now; the caller holds its lock, or this node does not know it yet. */
  catchUp(code: string): Promise<void>;
  /** Re-reads one question now (the caller holds its event's lock, or this node does not know it). */
  catchUpQuestion(questionId: number): Promise<void>;
};

/** What the nodes share besides the store: uses of the shared limits, live connections per address. */
export type SharedCounts = { limiters: Record<SharedLimit, RateLimiter>; connections: AddressConnections };

export type InboxEvents = {
  /** A message from `node` was missed (a resync follows). */
  gap(node: string, expected: number, got: number): void;
  /** Every node should send all its connection counts: one joined, or some may have been missed. */
  askForConnections(): void;
  /** Another node asked for this node's connection counts. */
  connectionsAsked(): void;
};

export function createInbox(
  ctx: PollingContext,
  reconciler: Reconciler,
  { limiters, connections }: SharedCounts,
  events: InboxEvents,
): Inbox {
  const { registry, listener } = ctx;
  /** The last sequence number seen from each node. */
  const lastSeq = new Map<string, number>();
  const lastHeard = new Map<string, number>();
  let gaps = 0;

  async function receive(message: ClusterMessage): Promise<void> {
    lastHeard.set(message.node, performance.now());
    const last = lastSeq.get(message.node);
    const expected = message.beat ? (last ?? message.seq) : (last ?? message.seq - 1) + 1;
    lastSeq.set(message.node, message.seq);
    if (message.ask) events.connectionsAsked();
    if (message.seq !== expected) {
      gaps++;
      events.gap(message.node, expected, message.seq);
      // Its connection counts may be stale too: they are asked for again, whole.
      connections.forgetNode(message.node);
      events.askForConnections();
      await resync();
      return;
    }
    // Stopping cleanly, after everything it committed (no gap): nothing to re-read.
    if (message.bye) {
      forget(message.node);
      return;
    }
    // A node joined, or came back after it was taken for dead: counts are exchanged whole.
    if (last === undefined) events.askForConnections();
    if (message.beat) return;
    for (const code of message.deletedEvents) deleteEvent(code);
    for (const code of message.events) await reloadEvent(code);
    for (const [code, pollId] of message.resets) await resetPoll(code, pollId);
    for (const [pollId, value, delta] of message.votes) {
      const tally = registry.tallies.get(pollId);
      if (tally) addVotes(tally, value, delta);
    }
    for (const [pollId, previous, next] of message.answers) {
      const tally = registry.tallies.get(pollId);
      if (tally) applyTextVote(tally, previous, next);
    }
    const changedPolls = new Set([...message.votes, ...message.answers].map(([pollId]) => pollId));
    for (const pollId of changedPolls) {
      reconciler.pollChanged(pollId, true);
      const poll = registry.polls.get(pollId);
      if (poll) listener.resultsChanged(poll);
    }
    for (const [questionId, change] of message.upvotes) {
      const question = registry.questions.byId.get(questionId);
      if (!question) continue;
      question.upvotes += change;
      reconciler.upvotesChanged(question.eventCode, true);
      listener.upvotesChanged(question);
    }
    for (const questionId of message.questions) await reloadQuestion(questionId);
    for (const [code, questionId] of message.deletedQuestions) {
      const question = findQuestion(registry.questions, code, questionId);
      if (!question) continue;
      removeQuestion(registry.questions, question);
      listener.questionDeleted(question);
    }
    // Another node counted uses of a shared limit: they count here too (as far as the budget goes).
    for (const [limit, key, uses] of message.limits) {
      for (let i = 0; i < uses && limiters[limit].allow(key); i++);
    }
    for (const [key, count] of message.connections) connections.setOther(message.node, key, count);
  }

  function forget(node: string): void {
    lastHeard.delete(node);
    lastSeq.delete(node);
    connections.forgetNode(node);
  }

  function deleteEvent(code: string): void {
    const event = registry.events.get(code);
    if (!event) {
      // Unknown here, yet a catch-up begun before the deletion may be about to bring it in.
      registry.eventsRemoved++;
      return;
    }
    removeEvent(registry, code);
    listener.eventDeleted(event);
  }

  /**
   * Re-reads an event under its lock (store.exclusive), so no change of this node runs between
   * the read and applying it: what is applied is never older than what memory holds.
   */
  async function reloadEvent(code: string): Promise<void> {
    const known = registry.events.get(code);
    // An event this node does not know yet has no change of this node to race with.
    await (known ? ctx.store.exclusive(known.id, () => catchUp(code)) : catchUp(code));
  }

  /**
   * An event's deletion is no change under its lock: should any event be removed while the store
   * is read, what was read may predate that deletion, and it is read again rather than brought back.
   */
  async function catchUp(code: string): Promise<void> {
    for (;;) {
      const removedBefore = registry.eventsRemoved;
      const stored = await ctx.store.loadEvent(code);
      if (registry.eventsRemoved !== removedBefore) continue;
      if (stored) applyEventState(stored);
      else deleteEvent(code);
      return;
    }
  }

  /** Makes memory's event, polls and word marks equal what is stored, telling the hub what changed. */
  function applyEventState({ event, polls, wordMarks }: StoredEventState): void {
    const before = registry.events.get(event.code);
    if (!before) addEvent(registry, event);
    else registry.events.set(event.code, event);
    const stored = new Map(polls.map((poll) => [poll.id, poll]));
    for (const poll of pollsOfEvent(registry, event.code)) {
      if (stored.has(poll.id)) continue;
      removePoll(registry, poll);
      listener.pollDeleted(poll);
    }
    const marksByPoll = new Map<number, Map<string, WordMark>>();
    for (const { pollId, groupKey, mark } of wordMarks) {
      marksByPoll.set(pollId, (marksByPoll.get(pollId) ?? new Map()).set(groupKey, mark));
    }
    // Polls first, then the event: the order a change on this node tells the hub in (polls.ts).
    for (const poll of polls) {
      const known = registry.polls.get(poll.id);
      const marksChanged = !sameMarks(registry.wordMarks.get(poll.id), marksByPoll.get(poll.id));
      if (marksChanged) {
        const marks = marksByPoll.get(poll.id);
        if (marks) registry.wordMarks.set(poll.id, marks);
        else registry.wordMarks.delete(poll.id);
      }
      if (!known) {
        addPoll(registry, poll);
        // Votes cast before this node knew the poll are counted by the next re-read.
        reconciler.pollChanged(poll.id, true);
        listener.pollChanged(poll);
        // Heard of only once open (created and opened in a moment, or found by a re-read): its
        // screens get its results with it, as when it is opened on this node (polls.ts).
        if (poll.state !== "draft") listener.resultsChanged(poll);
      } else if (JSON.stringify(known) !== JSON.stringify(poll)) {
        replacePoll(registry, poll);
        listener.pollChanged(poll);
        listener.resultsChanged(poll);
      } else if (marksChanged) listener.resultsChanged(poll);
    }
    // A new language groups text answers anew (polling/regroup.ts): re-read once quiet, in it.
    if (before && before.locale !== event.locale) {
      for (const poll of polls) if (poll.type === "text") reconciler.pollChanged(poll.id, true);
    }
    if (!before || JSON.stringify(before) !== JSON.stringify(event)) listener.eventChanged(event);
  }

  async function resetPoll(code: string, pollId: number): Promise<void> {
    const poll = registry.polls.get(pollId);
    if (!poll || poll.eventCode !== code) return;
    registry.tallies.set(pollId, emptyTallyOf(registry, poll));
    // Votes another node committed after the reset may have arrived before it: re-read once quiet.
    reconciler.pollChanged(pollId, true);
    listener.pollReset(poll);
    listener.pollChanged(poll);
    listener.resultsChanged(poll);
  }

  /** Re-reads a question; one this node knows is read under its event's lock (see reloadEvent). */
  async function reloadQuestion(questionId: number): Promise<void> {
    const known = registry.questions.byId.get(questionId);
    const event = known && registry.events.get(known.eventCode);
    const reload = async () => {
      const row = await ctx.store.loadQuestion(questionId);
      if (row) applyQuestion(row);
      else if (known && registry.questions.byId.get(questionId) === known) {
        removeQuestion(registry.questions, known);
        listener.questionDeleted(known);
      }
    };
    await (event ? ctx.store.exclusive(event.id, reload) : reload());
  }

  function applyQuestion(row: QuestionRow): void {
    if (!registry.events.has(row.eventCode)) return;
    const known = registry.questions.byId.get(row.id);
    if (!known) {
      const question = liveQuestionOf(row);
      addQuestion(registry.questions, question);
      // A question asked elsewhere may have been upvoted before it arrived here.
      reconciler.upvotesChanged(row.eventCode, true);
      listener.questionChanged(question, null);
      return;
    }
    if (known.state === row.state && known.highlighted === row.highlighted) return;
    const previous = known.state;
    known.state = row.state;
    known.highlighted = row.highlighted;
    listener.questionChanged(known, previous);
  }

  /**
   * Everything re-read, event by event and question by question, each under its lock. loadKeys()
   * only says which there are (reading them whole at once, votes counted, could undo a newer
   * change, and counts what the per-poll re-reads count again anyway).
   */
  async function resync(): Promise<void> {
    const stored = await ctx.store.loadKeys();
    const codes = new Set([...registry.events.keys(), ...stored.eventCodes]);
    for (const code of codes) await reloadEvent(code);
    const questionIds = new Set([...registry.questions.byId.keys(), ...stored.questionIds]);
    for (const questionId of questionIds) await reloadQuestion(questionId);
    for (const code of registry.events.keys()) reconciler.upvotesChanged(code, true);
    for (const pollId of registry.polls.keys()) reconciler.pollChanged(pollId, true);
  }

  return {
    receive,
    resync,
    catchUp,
    async catchUpQuestion(questionId) {
      const row = await ctx.store.loadQuestion(questionId);
      if (row) applyQuestion(row);
    },
    get gaps() {
      return gaps;
    },
    lastHeard,
    lastSeq,
    forget,
  };
}

function sameMarks(a: Map<string, WordMark> | undefined, b: Map<string, WordMark> | undefined): boolean {
  if ((a?.size ?? 0) !== (b?.size ?? 0)) return false;
  for (const [key, mark] of a ?? []) if (b?.get(key) !== mark) return false;
  return true;
}
