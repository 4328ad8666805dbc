// What every scenario gets from the runner, and what it hands back.
import type { ScenarioResult } from "../report.js";

export type ScenarioContext = {
  /** The built server to run (dist/server/main.js or the benchmark's own build). */
  serverEntry: string;
  /** --cpu-prof: the server writes a V8 CPU profile here when it exits. */
  cpuProfileDir?: string;
  /** --cluster N: that many nodes on one PostgreSQL (the scenarios in CLUSTER_SCENARIOS). */
  nodes?: number;
  /** Progress lines (stderr), so stdout stays the table and the JSON lines. */
  log: (line: string) => void;
};

export type Scenario = {
  name: string;
  title: string;
  /** `scale` < 1 shrinks counts and durations for a quick try; targets then do not apply. */
  run(context: ScenarioContext, scale: number): Promise<ScenarioResult>;
};

export const scaled = (value: number, scale: number, minimum = 1) => Math.max(minimum, Math.round(value * scale));

/** How every scenario starts its server: the context's build, with --cpu-prof when asked for. */
export const serverOptions = (context: ScenarioContext): { entry: string; cpuProfileDir?: string } =>
  context.cpuProfileDir
    ? { entry: context.serverEntry, cpuProfileDir: context.cpuProfileDir }
    : { entry: context.serverEntry };

/** The scenarios that run on several nodes with --cluster. */
export const CLUSTER_SCENARIOS = ["burst", "latency", "throughput", "restart"];
/** What --cluster runs without --scenario. */
export const CLUSTER_DEFAULT_SCENARIOS = ["burst", "latency", "throughput"];

/** On two cores, N nodes, PostgreSQL and the load generator share what one server had. */
export const clusterNote = (nodes: number): string =>
  `${nodes} node${nodes === 1 ? "" : "s"} on one PostgreSQL, all on this machine's cores with the load generator: ` +
  "the figures show the overhead of PostgreSQL and of nodes telling each other, and that the counts stay right; not how far several machines scale";

/**
 * With --cluster: the nodes, and with two or more the lag probe (a trickle of first votes through
 * node 1). One node has no other to lag behind, and without the probe's voters its load is the
 * same as one server's on SQLite, so the two compare.
 */
export const clusterOptions = (
  context: ScenarioContext,
  probe: { voters: number; rate: number; seed: number },
): { nodes?: number; lagProbe?: { voters: number; rate: number; seed: number } } =>
  context.nodes === undefined
    ? {}
    : context.nodes > 1
      ? { nodes: context.nodes, lagProbe: probe }
      : { nodes: context.nodes };
