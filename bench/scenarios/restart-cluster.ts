// The restart scenario with --cluster N: nodes on one PostgreSQL holding 1,000,000 votes. Each
// round starts every node at once (a platform restart); with two or more nodes one of them is
// then stopped (the others re-read what it may not have told them) and started again beside
// the running ones (a node joining). A start is over once every node shows the right results
// and the nodes' re-reads after joining the channel are done (their and PostgreSQL's CPU quiet).
import { seededRandom } from "../ballots.js";
import { watchCpu } from "../cpu-quiet.js";
import { startPostgres } from "../postgres.js";
import { processTreeCpu, readProc } from "../proc-stats.js";
import { check, type Figure, figure, MB, type ScenarioResult } from "../report.js";
import { type BenchEvent, createEvent, fetchResults, openPickTwoOfSix } from "../rest.js";
import { readMetrics } from "../server-metrics.js";
import { type ServerProcess, scratchDirectory, spawnServer, startServer, waitUntilHealthy } from "../server-process.js";
import { storeVotesInPostgres } from "../stored-votes-postgres.js";
import { readStatements, type StatementTotals, voteReads, watchVoteCounts } from "../vote-reads.js";
import type { ScenarioContext } from "./context.js";

/**
 * Quiet this long means the re-reads are over: longer than the half second a node waits before
 * re-reading a poll (server/cluster/reconcile.ts QUIET_MS) plus its check interval.
 */
const SETTLED_QUIET_MS = 2_000;
const SETTLE_TIMEOUT_MS = 60_000;
const CORRECT_TIMEOUT_MS = 30_000;
const CORRECT_POLL_MS = 10;
/**
 * After a node stops, the others take it for gone once they have not heard from it for 3.5 s
 * (server/cluster/messages.ts NODE_LOST_MS) and re-read everything; the join waits that out.
 */
const LEAVE_NOTICED_MS = 5_000;

type Expected = { respondents: number; counts: number[] };
type Params = { votes: number; restarts: number; seed: number };

/** One start (of every node, or of one beside the others), in ms from the first spawn. */
type StartMeasure = {
  healthyMs: number;
  correctMs: number;
  /** The last vote count answered by PostgreSQL (the nodes' re-reads). */
  countedMs: number;
  /** Their and PostgreSQL's CPU quiet again. */
  settledMs: number;
  /** The started nodes' RSS once settled: the largest one, and all of them together. */
  largestRssBytes: number;
  rssBytes: number;
  reads: ReturnType<typeof voteReads>;
  othersPercent: number;
  wrong: string;
};

const sameAs = (expected: Expected, respondents: number, counts: readonly number[]) =>
  respondents === expected.respondents && counts.join() === expected.counts.join();

/** Polls a node's REST results until they equal `expected`; "" or what it showed last. */
async function untilCorrect(server: ServerProcess, event: BenchEvent, pollId: number, expected: Expected) {
  const deadline = performance.now() + CORRECT_TIMEOUT_MS;
  for (;;) {
    const results = await fetchResults(server.baseUrl, event.code, pollId);
    const counts = results.type === "choice" ? results.options.map((o) => o.count) : [];
    if (sameAs(expected, results.respondents, counts)) return "";
    if (performance.now() > deadline) return `${results.respondents} respondents ${counts.join("/")}`;
    await new Promise((wake) => setTimeout(wake, CORRECT_POLL_MS));
  }
}

export async function runClusterRestart(
  context: ScenarioContext,
  nodes: number,
  { votes, restarts, seed }: Params,
): Promise<ScenarioResult> {
  const scratch = scratchDirectory("restart-cluster");
  const running = new Set<ServerProcess>();
  const database = await startPostgres(scratch.dir, nodes, { statementStats: true });
  const databaseCpu = processTreeCpu(database.pid);
  let spawned = 0;
  const spawnNode = async (label: string) => {
    spawned++;
    const server = await spawnServer({
      entry: context.serverEntry,
      databasePath: `${scratch.dir}/unused-${spawned}.db`,
      databaseUrl: database.url,
      label,
      ...(context.cpuProfileDir ? { cpuProfileDir: context.cpuProfileDir } : {}),
    });
    running.add(server);
    return server;
  };
  const stopNode = async (server: ServerProcess) => {
    await server.stop();
    running.delete(server);
  };
  try {
    const setup = await startServer({
      entry: context.serverEntry,
      databasePath: `${scratch.dir}/unused-setup.db`,
      databaseUrl: database.url,
      label: "restart-setup",
    });
    running.add(setup);
    const event = await createEvent(setup.baseUrl, "Benchmark restart");
    const poll = await openPickTwoOfSix(setup.baseUrl, event);
    await stopNode(setup);

    context.log(`restart: writing ${votes} votes into PostgreSQL`);
    const stored = await storeVotesInPostgres(database.url, poll.id, votes, seededRandom(seed));
    const expected = { respondents: votes, counts: stored.counts };
    const inDatabase = await database.tally(poll.id);

    /**
     * Spawns `count` nodes at once beside `others`, and waits until every node shows the right
     * results and all of them and PostgreSQL have gone quiet.
     */
    const measureStart = async (labels: string[], others: readonly ServerProcess[]): Promise<StartMeasure> => {
      const before = await readStatements(database.url);
      const counts = await watchVoteCounts(database.url);
      const started = await Promise.all(labels.map(spawnNode));
      const watch = watchCpu(
        [...others, ...started].map((server) => server.pid),
        databaseCpu,
      );
      try {
        const firstSpawn = Math.min(...started.map((server) => server.spawnedAt));
        let healthyAt = 0;
        let correctAt = 0;
        const wrong: string[] = [];
        await Promise.all(
          started.map(async (server, index) => {
            await waitUntilHealthy(server);
            healthyAt = Math.max(healthyAt, performance.now());
            const shown = await untilCorrect(server, event, poll.id, expected);
            if (shown) wrong.push(`${labels[index]}: ${shown}`);
            correctAt = Math.max(correctAt, performance.now());
          }),
        );
        const settledAt = await watch.quiet(SETTLED_QUIET_MS, SETTLE_TIMEOUT_MS);
        // Still right once the re-reads are done, on the nodes that were running too.
        for (const server of [...others, ...started]) {
          const shown = await untilCorrect(server, event, poll.id, expected);
          if (shown) wrong.push(`after the re-reads, port ${server.port}: ${shown}`);
        }
        const rss = started.map((server) => readProc(server.pid)?.rssBytes ?? Number.NaN);
        return {
          healthyMs: healthyAt - firstSpawn,
          correctMs: correctAt - firstSpawn,
          countedMs: counts.lastAt() - firstSpawn,
          settledMs: Math.max(settledAt, correctAt) - firstSpawn,
          largestRssBytes: Math.max(...rss),
          rssBytes: rss.reduce((sum, bytes) => sum + bytes, 0),
          reads: voteReads(before, await readStatements(database.url)),
          othersPercent: watch.othersPercent(firstSpawn, settledAt),
          wrong: wrong.join("; "),
        };
      } finally {
        watch.stop();
        await counts.stop();
      }
    };

    const starts: StartMeasure[] = [];
    const joins: StartMeasure[] = [];
    const leaves: { reads: ReturnType<typeof voteReads>; resyncs: number }[] = [];
    for (let round = 1; round <= restarts; round++) {
      const labels = Array.from({ length: nodes }, (_, index) => `restart-${round}-node${index + 1}`);
      const start = await measureStart(labels, []);
      starts.push(start);
      context.log(`restart ${round}: ${nodes} node(s) at once: ${describeStart(start)}`);
      if (nodes > 1) {
        const [leaving, ...staying] = [...running].reverse();
        if (!leaving) throw new Error("no node running");
        const before = await readStatements(database.url);
        const resyncsBefore = await resyncsOf(staying);
        await stopNode(leaving);
        await new Promise((wake) => setTimeout(wake, LEAVE_NOTICED_MS));
        const watch = watchCpu(
          staying.map((server) => server.pid),
          databaseCpu,
        );
        await watch.quiet(SETTLED_QUIET_MS, SETTLE_TIMEOUT_MS).finally(() => watch.stop());
        leaves.push({
          reads: voteReads(before, await readStatements(database.url)),
          resyncs: (await resyncsOf(staying)) - resyncsBefore,
        });
        const join = await measureStart([`restart-${round}-join`], staying);
        joins.push(join);
        context.log(`restart ${round}: one node joining ${staying.length}: ${describeStart(join)}`);
      }
      await Promise.all([...running].map(stopNode));
    }

    const wrong = [...starts, ...joins].map((measure) => measure.wrong).filter(Boolean);
    const storedRight = sameAs(expected, inDatabase.respondents, inDatabase.counts);
    const many = nodes > 1;
    const all = many ? `all ${nodes} nodes at once` : "the node";
    return {
      scenario: "restart",
      title: `restart with ${votes.toLocaleString("en-US")} stored votes`,
      ok: wrong.length === 0 && storedRight,
      figures: [
        figure("stored votes", votes, ""),
        figure("writing them (bench, INSERT … SELECT, one transaction)", stored.insertMs, "ms"),
        figure("VACUUM ANALYZE + CHECKPOINT afterwards", stored.tidyMs, "ms"),
        figure("votes table with its indexes", stored.bytes / MB, "MB"),
        ...startFigures(all, starts, true),
        ...(many
          ? [
              figure(
                "a node stopped: the others' re-reads of everything",
                Math.max(...leaves.map((leave) => leave.resyncs)),
                "",
              ),
              figure(
                "a node stopped: the others' vote counts (queries)",
                Math.max(...leaves.map((leave) => leave.reads.calls)),
                "",
              ),
              ...startFigures(`one node joining ${nodes - 1}`, joins, false),
            ]
          : []),
        figure("other processes CPU", Math.max(...[...starts, ...joins].map((m) => m.othersPercent)), "%"),
      ],
      checks: [
        check(
          "stored rows = the ballots drawn",
          storedRight,
          `${inDatabase.respondents} ${inDatabase.counts.join("/")}`,
        ),
        check("every node's results after each start = stored votes", wrong.length === 0, wrong.join("; ")),
      ],
      notes: [
        `${restarts} rounds, PostgreSQL kept running (its cache warm), tables vacuumed and checkpointed after the writes`,
        `rounds, ${all}: ${describeRounds(starts)}`,
        ...(many ? [`rounds, one node joining: ${describeRounds(joins)}`] : []),
        `vote counts: ${describeReads(starts[0]?.reads)}`,
      ],
    };
  } finally {
    await Promise.all([...running].map((server) => server.stop()));
    await database.stop();
    scratch.remove();
  }
}

/** Every node's handzeichen_cluster_resyncs, summed. */
async function resyncsOf(servers: readonly ServerProcess[]): Promise<number> {
  const all = await Promise.all(servers.map((server) => readMetrics(server.baseUrl)));
  return all.reduce((sum, metrics) => sum + (metrics.get("handzeichen_cluster_resyncs") ?? 0), 0);
}

function startFigures(what: string, measures: readonly StartMeasure[], target: boolean): Figure[] {
  const worst = (read: (measure: StartMeasure) => number) => Math.max(...measures.map(read));
  const best = (read: (measure: StartMeasure) => number) => Math.min(...measures.map(read));
  return [
    figure(
      `${what}: spawn → /healthz 200, best`,
      best((m) => m.healthyMs),
      "ms",
    ),
    figure(
      `${what}: spawn → /healthz 200, worst`,
      worst((m) => m.healthyMs),
      "ms",
    ),
    figure(
      `${what}: spawn → correct results, worst`,
      worst((m) => m.correctMs),
      "ms",
      target ? { op: "<=", value: 3000 } : undefined,
    ),
    figure(
      `${what}: spawn → last vote count answered, worst`,
      worst((m) => m.countedMs),
      "ms",
    ),
    figure(
      `${what}: spawn → CPU quiet again, worst`,
      worst((m) => m.settledMs),
      "ms",
    ),
    figure(
      `${what}: vote counts (queries)`,
      worst((m) => m.reads.calls),
      "",
    ),
    figure(
      `${what}: PostgreSQL time in them`,
      worst((m) => m.reads.ms),
      "ms",
    ),
    figure(`${what}: RSS after start, largest node`, worst((m) => m.largestRssBytes) / MB, "MB"),
  ];
}

const describeStart = (m: StartMeasure) =>
  `healthy ${Math.round(m.healthyMs)} / right ${Math.round(m.correctMs)} / last count ${Math.round(m.countedMs)} / quiet ${Math.round(m.settledMs)} ms, ${m.reads.calls} counts (${Math.round(m.reads.ms)} ms), others ${Math.round(m.othersPercent)} %`;

const describeRounds = (measures: readonly StartMeasure[]) => measures.map(describeStart).join("; ");

const describeReads = (reads: ReturnType<typeof voteReads> | undefined) =>
  reads
    ? reads.statements.map((s: StatementTotals) => `${s.calls}× ${s.query} (${Math.round(s.ms)} ms)`).join("; ")
    : "";
