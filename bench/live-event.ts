// One scenario's stage: a fresh server process with its own database, an event with the
// pick-two-of-six poll open, the projector and the overlay, and N connected voters. With
// `nodes` (--cluster), N server processes on one PostgreSQL instead, the voters spread over them
// round robin, a projector and an overlay on every node, and the cross-node lag probe. At the
// end, `verifyTallies` checks that everyone agrees on the count.
import { monitorEventLoopDelay } from "node:perf_hooks";
import type { ChoicePoll } from "../shared/poll.js";
import type { ChoiceResults } from "../shared/results.js";
import { tallyOf } from "./ballots.js";
import { startCluster, waitUntilEverywhere } from "./cluster.js";
import { type LagProbe, type LagProbeOptions, startLagProbe } from "./lag-probe.js";
import type { BenchPostgres, NotificationCounter } from "./postgres.js";
import { type ProcSampler, processTreeCpu, startSampler } from "./proc-stats.js";
import { type Check, check, type Figure, figure, MB } from "./report.js";
import { type BenchEvent, createEvent, fetchResults, openPickTwoOfSix } from "./rest.js";
import { Samples } from "./samples.js";
import { connectScreen, projectorLatency, type Screen } from "./screens.js";
import { type MetricsSnapshot, readMetrics } from "./server-metrics.js";
import { type ServerProcess, scratchDirectory, startServer } from "./server-process.js";
import { type ConnectReport, createVoterPool, type VoterPool } from "./voters.js";

/** Acks still missing this long after the last vote was sent count as lost. */
export const SETTLE_TIMEOUT_MS = 30_000;
/** docs/api.md promises a results frame within 250 ms of a change; allow slack for a busy machine. */
const SCREEN_CATCH_UP_MS = 5_000;
/** Nodes re-read a poll's figures from the database once it has been quiet for 500 ms (server/cluster/reconcile.ts). */
const NODES_EQUAL_DATABASE_MS = 5_000;
const NODES_EQUAL_POLL_MS = 50;

export type StageOptions = {
  entry: string;
  label: string;
  voters: number;
  maxVotes: number;
  cpuProfileDir?: string;
  /** Several nodes on one PostgreSQL (--cluster); unset: one server on SQLite. */
  nodes?: number;
  /** With `nodes`: the cross-node lag probe's voters and rate. */
  lagProbe?: LagProbeOptions;
};

export type Stage = {
  /** The server, or node 1 of a cluster. */
  server: ServerProcess;
  /** Every node (just `server` without a cluster). */
  servers: ServerProcess[];
  /** The cluster's PostgreSQL; null on SQLite. */
  database: BenchPostgres | null;
  sampler: ProcSampler;
  event: BenchEvent;
  poll: ChoicePoll;
  /** On `server` (node 1). */
  projector: Screen;
  overlay: Screen;
  /** A projector and an overlay per node, node 1's first. */
  screens: Screen[];
  /** On a cluster: a vote acked on node 1 → a projector on another node. */
  lagProbe: LagProbe | null;
  /** On a cluster: the nodes' messages to each other (NOTIFY), counted by one more listener. */
  notifications: NotificationCounter | null;
  voters: VoterPool;
  connect: ConnectReport;
  /** Server RSS with the event set up but no voter connected yet. */
  rssBeforeVoters: number;
  loopDelay: LoopDelay;
  teardown(): Promise<void>;
};

export async function startStage(options: StageOptions): Promise<Stage> {
  const scratch = scratchDirectory(options.label);
  // What is open so far, undone in reverse if the stage cannot be set up completely.
  const undo: (() => unknown)[] = [() => scratch.remove()];
  try {
    const profiling = options.cpuProfileDir ? { cpuProfileDir: options.cpuProfileDir } : {};
    let servers: ServerProcess[];
    let database: BenchPostgres | null = null;
    if (options.nodes === undefined) {
      const server = await startServer({
        entry: options.entry,
        databasePath: `${scratch.dir}/handzeichen.db`,
        label: options.label,
        ...profiling,
      });
      undo.push(() => server.stop());
      servers = [server];
    } else {
      const cluster = await startCluster({
        entry: options.entry,
        nodes: options.nodes,
        dir: scratch.dir,
        label: options.label,
        ...profiling,
      });
      undo.push(() => cluster.stop());
      servers = cluster.servers;
      database = cluster.database;
    }
    const [server] = servers;
    if (!server) throw new Error("no server started");
    const sampler = startSampler(
      servers.map((s) => s.pid),
      database ? processTreeCpu(database.pid) : undefined,
    );
    undo.push(() => sampler.stop());
    const notifications = database ? await database.countNotifications() : null;
    if (notifications) undo.push(() => notifications.stop());
    const event = await createEvent(server.baseUrl, `Benchmark ${options.label}`);
    const poll = await openPickTwoOfSix(server.baseUrl, event);
    if (database) await waitUntilEverywhere(servers, event.code, poll.id);
    const screens: Screen[] = [];
    undo.push(() => {
      for (const screen of screens) screen.close();
    });
    for (const [index, node] of servers.entries()) {
      const where = database ? ` on node ${index + 1}` : "";
      screens.push(await connectScreen(node.wsUrl, event.code, poll.id, `projector${where}`));
      screens.push(await connectScreen(node.wsUrl, event.code, poll.id, `overlay${where}`));
    }
    const [projector, overlay] = screens;
    if (!projector || !overlay) throw new Error("no screens connected");
    const lagProbe = database && options.lagProbe ? await startLagProbe(servers, options.lagProbe) : null;
    if (lagProbe) undo.push(() => lagProbe.close());
    const rssBeforeVoters = sampler.sampleNow()?.rssBytes ?? Number.NaN;
    const voters = createVoterPool({
      wsUrl: servers.map((node) => node.wsUrl),
      code: event.code,
      poll,
      count: options.voters,
      maxVotes: options.maxVotes,
    });
    undo.push(() => voters.close());
    const loopDelay = monitorLoopDelay();
    undo.push(() => loopDelay.stop());
    const connect = await voters.connect();
    return {
      server,
      servers,
      database,
      sampler,
      event,
      poll,
      projector,
      overlay,
      screens,
      lagProbe,
      notifications,
      voters,
      connect,
      rssBeforeVoters,
      loopDelay,
      teardown: () => undoAll(undo),
    };
  } catch (error) {
    await undoAll(undo);
    throw error;
  }
}

async function undoAll(undo: (() => unknown)[]): Promise<void> {
  for (const step of undo.reverse()) await step();
}

const sameCounts = (results: ChoiceResults | null, expected: { respondents: number; counts: number[] }) =>
  results !== null &&
  results.respondents === expected.respondents &&
  results.options.every((option, position) => option.count === expected.counts[position]);

const describe = (results: ChoiceResults | null) =>
  results ? `${results.respondents} respondents, counts ${results.options.map((o) => o.count).join("/")}` : "none";

/**
 * Waits for every vote to be answered, then checks that the projector, the overlay and the
 * REST API all show exactly the tally of the voters' last acknowledged ballots; on a cluster,
 * every node's screens and REST API, and the database, and that every node equals the database.
 */
export async function verifyTallies(stage: Stage, { voteOnce }: { voteOnce: boolean }): Promise<Check[]> {
  const { voters } = stage;
  const checks: Check[] = [];
  const settled = await voters.settled(SETTLE_TIMEOUT_MS);
  checks.push(check("every vote answered", settled, `${voters.inFlight()} of ${voters.stats.sent} unanswered`));
  const errors = [...voters.stats.errorFrames].map(([code, n]) => `${code}×${n}`).join(", ");
  checks.push(
    check(
      "no error frames",
      voters.stats.errorFrames.size === 0,
      `${errors}; ${voters.stats.errorSamples.join(" | ")}`,
    ),
  );
  checks.push(
    check("acks confirm the ballots sent", voters.stats.ackMismatches === 0, voters.stats.errorSamples.join(" | ")),
  );
  checks.push(
    check("no voter disconnected", voters.stats.unexpectedCloses === 0, `${voters.stats.unexpectedCloses} closed`),
  );
  const expected = tallyOf(voters.lastAckedBallot);
  if (voteOnce) {
    checks.push(
      check(
        "respondents = acked votes",
        expected.respondents === voters.stats.acked,
        `${expected.respondents} vs ${voters.stats.acked}`,
      ),
    );
  }
  const wanted = `${expected.respondents} respondents, counts ${expected.counts.join("/")}`;
  for (const screen of stage.screens) {
    const caughtUp = await screen.waitFor((results) => sameCounts(results, expected), SCREEN_CATCH_UP_MS);
    checks.push(
      check(`${screen.name} shows the acked votes`, caughtUp, `shows ${describe(screen.latest())}, expected ${wanted}`),
    );
  }
  for (const [index, server] of stage.servers.entries()) {
    const rest = await fetchResults(server.baseUrl, stage.event.code, stage.poll.id);
    const restChoice = rest.type === "choice" ? rest : null;
    checks.push(
      check(
        stage.database ? `REST results on node ${index + 1} = acked votes` : "REST results = acked votes",
        sameCounts(restChoice, expected),
        `REST ${describe(restChoice)}, expected ${wanted}`,
      ),
    );
  }
  if (stage.database) {
    const stored = await stage.database.tally(stage.poll.id);
    checks.push(
      check(
        "database = acked votes",
        stored.respondents === expected.respondents && stored.counts.every((n, i) => n === expected.counts[i]),
        `database ${stored.respondents} respondents, counts ${stored.counts.join("/")}, expected ${wanted}`,
      ),
    );
    checks.push(await nodesEqualDatabase(stage));
  }
  return checks;
}

/**
 * After the run, every node's figures (its REST results, its projector and overlay) equal the
 * database's, for the scenario's poll and the lag probe's: nodes count other nodes' votes from
 * their messages and re-read a poll once it is quiet, so this is what "no vote lost between
 * nodes" looks like from outside. Waits for the re-reads, then names every node that differs.
 */
async function nodesEqualDatabase(stage: Stage): Promise<Check> {
  const database = stage.database;
  if (!database) return check("every node's results = the database's", true, "one node");
  const polls = [{ code: stage.event.code, pollId: stage.poll.id, screens: stage.screens }];
  if (stage.lagProbe) {
    const { code, pollId, projectors } = stage.lagProbe;
    polls.push({ code, pollId, screens: [...projectors] });
  }
  const deadline = performance.now() + NODES_EQUAL_DATABASE_MS;
  for (;;) {
    const differences: string[] = [];
    for (const { code, pollId, screens } of polls) {
      const stored = await database.tally(pollId);
      for (const [index, server] of stage.servers.entries()) {
        const rest = await fetchResults(server.baseUrl, code, pollId);
        const shown = rest.type === "choice" ? rest : null;
        if (!sameCounts(shown, stored))
          differences.push(`poll ${pollId} REST on node ${index + 1}: ${describe(shown)}`);
      }
      for (const screen of screens) {
        if (!sameCounts(screen.latest(), stored)) differences.push(`${screen.name}: ${describe(screen.latest())}`);
      }
      if (differences.length > 0) {
        differences.push(
          `poll ${pollId} in the database: ${stored.respondents} respondents, counts ${stored.counts.join("/")}`,
        );
      }
    }
    if (differences.length === 0 || performance.now() > deadline) {
      return check(
        `every node's results = the database's (${stage.servers.length} nodes, REST and screens, ${polls.length} polls)`,
        differences.length === 0,
        differences.join("; "),
      );
    }
    await new Promise((wake) => setTimeout(wake, NODES_EQUAL_POLL_MS));
  }
}

/** Vote → projector over every node's projector (count-matched as in screens.ts), pooled. */
export function stageProjectorLatency(stage: Stage): { latency: Samples; unseen: number } {
  const projectors = stage.screens.filter((screen) => screen.name.startsWith("projector"));
  if (projectors.length === 1) return projectorLatency(stage.voters.firstVoteSentAt, stage.projector);
  const latency = new Samples();
  let unseen = 0;
  for (const projector of projectors) {
    const one = projectorLatency(stage.voters.firstVoteSentAt, projector);
    for (let i = 0; i < one.latency.count; i++) latency.add(one.latency.at(i));
    unseen += one.unseen;
  }
  return { latency, unseen };
}

/** /metrics of every node, counters summed (one node: its own). */
export async function readStageMetrics(stage: Stage): Promise<MetricsSnapshot> {
  const all = await Promise.all(stage.servers.map((server) => readMetrics(server.baseUrl)));
  const sum: MetricsSnapshot = new Map();
  for (const one of all) for (const [name, value] of one) sum.set(name, (sum.get(name) ?? 0) + value);
  return sum;
}

/** For --cpu-prof: the measured window in ms since the server was spawned, as bench:profile takes it. */
export const profileWindowNote = (stage: Stage, from: number, to: number): string =>
  `measured window for bench:profile: --from ${Math.round(from - stage.server.spawnedAt)} --to ${Math.round(to - stage.server.spawnedAt)}`;

/**
 * Who used the two cores during a window: the server, the load generator, and everything
 * else on the machine (other work that would skew the figures), plus the generator's
 * event-loop delay, which is added to every latency it measures.
 */
export function loadFigures(stage: Stage, from: number, to: number): Figure[] {
  const { sampler } = stage;
  sampler.sampleNow();
  const server = sampler.cpuPercent(from, to);
  const generator = sampler.generatorPercent(from, to);
  const database = stage.database ? sampler.databasePercent(from, to) : 0;
  const nodes = stage.servers.length;
  return [
    // CPU time is the work done; unlike latency it barely changes when others share the cores.
    figure(nodes > 1 ? `server CPU time (${nodes} nodes)` : "server CPU time", (server * (to - from)) / 100_000, "s"),
    figure(nodes > 1 ? `server CPU (${nodes} nodes)` : "server CPU", server, "%"),
    ...(stage.database
      ? [
          figure("PostgreSQL CPU time", (database * (to - from)) / 100_000, "s"),
          figure("PostgreSQL CPU", database, "%"),
        ]
      : []),
    figure("generator CPU", generator, "%"),
    // Sampling at slightly different moments can make the remainder a little negative.
    figure("other processes CPU", Math.max(0, sampler.machinePercent(from, to) - server - database - generator), "%"),
    figure("generator event-loop delay p99", stage.loopDelay.p99Ms(), "ms"),
    figure(nodes > 1 ? `server peak RSS (${nodes} nodes)` : "server peak RSS", sampler.peakRssBytes() / MB, "MB"),
    ...(nodes > 1 ? [figure("largest node's peak RSS", sampler.peakLargestRssBytes() / MB, "MB")] : []),
    ...notificationFigures(stage, from, to),
  ];
}

/** How much the nodes told each other: NOTIFY messages (each delivered to every other node). */
function notificationFigures(stage: Stage, from: number, to: number): Figure[] {
  if (!stage.notifications) return [];
  const { messages, bytes } = stage.notifications.between(from, to);
  return [
    figure("NOTIFY messages per second (all nodes)", (1000 * messages) / (to - from), "/s"),
    figure("NOTIFY payload (mean)", messages === 0 ? Number.NaN : bytes / messages, "B"),
  ];
}

export type LoopDelay = { reset(): void; p99Ms(): number; stop(): void };

/** The load generator's event-loop delay: when it lags, acks wait unread and latencies grow. */
export function monitorLoopDelay(): LoopDelay {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  return {
    reset: () => histogram.reset(),
    p99Ms: () => histogram.percentile(99) / 1e6,
    stop: () => histogram.disable(),
  };
}
