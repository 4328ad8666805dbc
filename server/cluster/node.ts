// One node of several on PostgreSQL (docs/scaling.md): joins the channel, sends this node's
// committed changes to the others (outbox) and applies theirs here (inbox), and re-reads from
// the store whatever may have been missed (reconcile). `ctx.replication` is set to the outbox.
import { randomBytes } from "node:crypto";
import type { PollingContext } from "../polling/context.js";
import { openChannel } from "./channel.js";
import { createInbox, type SharedCounts } from "./inbox.js";
import { BEAT_MS, NODE_LOST_MS, parsePayload } from "./messages.js";
import { createOutbox, type Outbox } from "./outbox.js";
import { createReconciler, type Reconciler } from "./reconcile.js";
import type { Replication } from "./replication.js";

/** What /metrics shows of the channel between nodes (counts since the node started). */
export type ClusterStats = {
  messagesSent: number;
  messagesReceived: number;
  /** Everything re-read: a missed message, a broken LISTEN connection, a node gone silent. */
  resyncs: number;
  /** Re-reads of a quiet poll or event that changed a figure (a delta missed or counted twice). */
  corrections: number;
  /** Other nodes heard from within the last few seconds. */
  otherNodes: number;
};

export type ClusterNode = {
  /** This node's name in the channel's messages. */
  readonly id: string;
  stats(): ClusterStats;
  readonly reconciler: Reconciler;
  /** Resolves once every message received so far is applied (tests). */
  idle(): Promise<void>;
  /** Live connections from an address key on every node this one knows of (tests). */
  connectionsFrom(key: string): number;
  /** The last sequence number received from `node` (0: none), to compare with its messagesSent (tests). */
  heardUpTo(node: string): number;
  /** Sends what is waiting, stops listening. */
  close(): Promise<void>;
};

type Log = { warn(details: object, message: string): void; error(details: object, message: string): void };

export async function joinCluster(
  ctx: PollingContext,
  url: string,
  shared: SharedCounts,
  log: Log,
): Promise<ClusterNode> {
  const id = randomBytes(6).toString("hex");
  const reconciler = createReconciler(ctx, (error) => log.error({ err: error }, "re-reading figures failed"));
  // The outbox exists once the channel is open; nothing arrives before that.
  let outgoing: Outbox | undefined;
  const inbox = createInbox(ctx, reconciler, shared, {
    gap: (node, expected, got) =>
      log.warn({ node, expected, got }, "missed a message from another node: re-reading everything"),
    askForConnections: () => void outgoing?.beat("ask"),
    connectionsAsked() {
      for (const [key, count] of shared.connections.own()) outgoing?.connections(key, count);
    },
  });
  /** Messages are applied one after the other, in the order they came. */
  let applying: Promise<void> = Promise.resolve();
  let received = 0;
  let resyncs = 0;
  /** A re-read of everything failed (PostgreSQL away): the next heartbeat tries again. */
  let rereadFailed = false;
  // Never rejects: `applying` has no one to handle a rejection, and an unhandled one ends the
  // process (Node's default), which a PostgreSQL restart would otherwise do to every node.
  const rereadAll = async () => {
    try {
      await inbox.resync();
      rereadFailed = false;
    } catch (error) {
      rereadFailed = true;
      log.error({ err: error }, "re-reading everything failed: trying again in a second");
    }
  };
  const resync = () => {
    resyncs++;
    return rereadAll();
  };
  const enqueue = (work: () => Promise<void>) => {
    applying = applying.then(work).catch((error: unknown) => {
      log.error({ err: error }, "applying another node's change failed: re-reading everything");
      return resync();
    });
  };
  const channel = await openChannel(url, {
    onPayload(payload) {
      const message = parsePayload(payload);
      if (!message || message.node === id) return;
      received++;
      enqueue(() => inbox.receive(message));
    },
    onReconnected: () =>
      enqueue(() => {
        // Connection counts may have been missed too: dropped and asked for again, whole.
        for (const node of inbox.lastHeard.keys()) shared.connections.forgetNode(node);
        void outgoing?.beat("ask");
        return resync();
      }),
    onError: (error, what) => log.error({ err: error }, `${what} to PostgreSQL failed`),
  });
  const outbox = createOutbox(
    id,
    (payloads) => channel.send(payloads),
    (error) => log.error({ err: error }, "telling the other nodes failed: they re-read once they notice"),
  );
  // This node's own changes postpone a re-read of the same figures (it could miss them).
  const replication: Replication = {
    ...outbox,
    catchUp: (code) => inbox.catchUp(code),
    catchUpQuestion: (questionId) => inbox.catchUpQuestion(questionId),
    voted(pollId, previous, next) {
      reconciler.pollChanged(pollId, false);
      outbox.voted(pollId, previous, next);
    },
    answered(pollId, previous, next) {
      reconciler.pollChanged(pollId, false);
      outbox.answered(pollId, previous, next);
    },
    upvoted(questionId, change) {
      const question = ctx.registry.questions.byId.get(questionId);
      if (question) reconciler.upvotesChanged(question.eventCode, false);
      outbox.upvoted(questionId, change);
    },
  };
  ctx.replication = replication;
  outgoing = outbox;
  shared.connections.onChange = (key, count) => outbox.connections(key, count);
  // What changed between loading the registry and listening is read once more.
  enqueue(rereadAll);
  // Heartbeats; a node not heard from may have died with acked changes it never sent.
  const beats = setInterval(() => {
    void outbox.beat();
    if (rereadFailed) {
      rereadFailed = false;
      enqueue(rereadAll);
    }
    const now = performance.now();
    for (const [node, heard] of inbox.lastHeard) {
      if (now - heard < NODE_LOST_MS) continue;
      inbox.forget(node);
      log.warn({ node }, "another node went silent: re-reading everything it may not have told");
      enqueue(resync);
    }
  }, BEAT_MS);
  beats.unref();
  return {
    id,
    stats: () => ({
      messagesSent: outbox.sent,
      messagesReceived: received,
      resyncs: resyncs + inbox.gaps,
      corrections: reconciler.corrections,
      otherNodes: inbox.lastHeard.size,
    }),
    reconciler,
    idle: () => applying,
    connectionsFrom: (key) => shared.connections.count(key),
    heardUpTo: (node) => inbox.lastSeq.get(node) ?? 0,
    async close() {
      clearInterval(beats);
      shared.connections.onChange = null;
      // After everything this node committed: the others forget it without re-reading.
      await outbox.beat("bye");
      reconciler.stop();
      await channel.close();
    },
  };
}
