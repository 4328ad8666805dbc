// Prometheus metrics (GET /metrics): what an operator watches during a live event.
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import type { ErrorCode } from "../shared/errors.js";
import type { ClusterStats } from "./cluster/node.js";
import type { BatchReport } from "./store/group-commit.js";

export type Metrics = {
  registry: Registry;
  voteAccepted(): void;
  voteRejected(code: ErrorCode): void;
  batchCommitted(report: BatchReport): void;
  resultsFrames(sent: number, skipped: number): void;
};

/** Each app has its own registry, so tests can run several apps in one process. */
export function createMetrics(connections: () => number, cluster: () => ClusterStats | null = () => null): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "handzeichen_" });
  // Several nodes (docs/scaling.md): the channel between them. Absent on one node.
  const clusterGauge = (name: string, help: string, read: (stats: ClusterStats) => number) =>
    new Gauge({
      name: `handzeichen_cluster_${name}`,
      help,
      registers: [registry],
      collect() {
        const stats = cluster();
        if (stats) this.set(read(stats));
      },
    });
  clusterGauge("messages_sent", "Messages this node sent to the others since it started.", (s) => s.messagesSent);
  clusterGauge("messages_received", "Messages from other nodes since this node started.", (s) => s.messagesReceived);
  clusterGauge(
    "resyncs",
    "Times this node re-read everything: a missed message, a broken LISTEN connection, a node gone silent.",
    (s) => s.resyncs,
  );
  clusterGauge(
    "corrections",
    "Re-reads of a quiet poll or event's figures that changed them (a change missed or counted twice).",
    (s) => s.corrections,
  );
  clusterGauge("other_nodes", "Other nodes heard from in the last few seconds.", (s) => s.otherNodes);
  new Gauge({
    name: "handzeichen_websocket_connections",
    help: "Open live WebSocket connections.",
    registers: [registry],
    collect() {
      this.set(connections());
    },
  });
  const votes = new Counter({
    name: "handzeichen_votes_total",
    help: "Votes by outcome: accepted, or the error code they were refused with.",
    labelNames: ["outcome"],
    registers: [registry],
  });
  const batchSize = new Histogram({
    name: "handzeichen_commit_batch_size",
    help: "Writes per group-commit transaction.",
    buckets: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 5000],
    registers: [registry],
  });
  const batchSeconds = new Histogram({
    name: "handzeichen_commit_batch_seconds",
    help: "Duration of one group-commit transaction including its fsync.",
    buckets: [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 1],
    registers: [registry],
  });
  const frames = new Counter({
    name: "handzeichen_results_frames_total",
    help: "Results frames per receiver: sent, or skipped because the receiver was behind.",
    labelNames: ["delivery"],
    registers: [registry],
  });
  return {
    registry,
    voteAccepted: () => votes.inc({ outcome: "accepted" }),
    voteRejected: (code) => votes.inc({ outcome: code }),
    batchCommitted(report) {
      batchSize.observe(report.size);
      batchSeconds.observe(report.durationMs / 1000);
    },
    resultsFrames(sent, skipped) {
      if (sent > 0) frames.inc({ delivery: "sent" }, sent);
      if (skipped > 0) frames.inc({ delivery: "skipped" }, skipped);
    },
  };
}
