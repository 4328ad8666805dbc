// The server's own view from GET /metrics (Prometheus text): group-commit batches, results
// frames and the V8 heap. Read at the start and the end of a measured window; the counters'
// differences say how the server worked, which /proc alone cannot.
import { type Figure, figure, MB } from "./report.js";

export type MetricsSnapshot = Map<string, number>;

/** Every sample line as "name{labels}" → value; empty when /metrics is missing or locked. */
export async function readMetrics(baseUrl: string): Promise<MetricsSnapshot> {
  const samples: MetricsSnapshot = new Map();
  try {
    const response = await fetch(`${baseUrl}/metrics`);
    const text = await response.text();
    if (!response.ok) return samples;
    for (const line of text.split("\n")) {
      if (line === "" || line.startsWith("#")) continue;
      const split = line.lastIndexOf(" ");
      samples.set(line.slice(0, split), Number(line.slice(split + 1)));
    }
  } catch {
    // an older server without /metrics: the figures are simply left out
  }
  return samples;
}

const delta = (before: MetricsSnapshot, after: MetricsSnapshot, name: string) =>
  (after.get(name) ?? Number.NaN) - (before.get(name) ?? 0);

/** Group commit and results fan-out between two snapshots. */
export function workFigures(before: MetricsSnapshot, after: MetricsSnapshot, windowMs: number): Figure[] {
  if (after.size === 0) return [];
  const commits = delta(before, after, "handzeichen_commit_batch_size_count");
  const written = delta(before, after, "handzeichen_commit_batch_size_sum");
  const commitSeconds = delta(before, after, "handzeichen_commit_batch_seconds_sum");
  return [
    figure("commits (transactions + fsync) per second", (1000 * commits) / windowMs, "/s"),
    figure("votes per commit (mean)", written / commits, ""),
    figure("commit duration incl. fsync (mean)", (1000 * commitSeconds) / commits, "ms"),
    figure("share of the window spent committing", (100 * 1000 * commitSeconds) / windowMs, "%"),
    figure(
      "results frames sent per second",
      (1000 * delta(before, after, 'handzeichen_results_frames_total{delivery="sent"}')) / windowMs,
      "/s",
    ),
  ];
}

/** Where the server's memory is: the V8 heap and Buffers outside it. */
export function memoryFigures(snapshot: MetricsSnapshot): Figure[] {
  if (snapshot.size === 0) return [];
  return [
    figure("V8 heap used", (snapshot.get("handzeichen_nodejs_heap_size_used_bytes") ?? Number.NaN) / MB, "MB"),
    figure("V8 heap total", (snapshot.get("handzeichen_nodejs_heap_size_total_bytes") ?? Number.NaN) / MB, "MB"),
    figure(
      "external (Buffers, native)",
      (snapshot.get("handzeichen_nodejs_external_memory_bytes") ?? Number.NaN) / MB,
      "MB",
    ),
  ];
}

/**
 * Several nodes (counters summed over them) from before the window to after the checks: how
 * often a node re-read figures because its count had gone wrong, or re-read everything.
 */
export function clusterFigures(before: MetricsSnapshot, after: MetricsSnapshot | null): Figure[] {
  if (!after || after.size === 0) return [];
  return [
    figure("re-reads that corrected a figure (all nodes)", delta(before, after, "handzeichen_cluster_corrections"), ""),
    figure("re-reads of everything (all nodes)", delta(before, after, "handzeichen_cluster_resyncs"), ""),
  ];
}
