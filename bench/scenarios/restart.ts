// A restart with 1,000,000 stored votes: from spawn until /healthz answers and the results
// are right (the tallies are rebuilt from the database before the server listens).
// The votes are written straight into the SQLite file the server created (one transaction),
// which takes seconds instead of the minutes that a million WebSocket votes would. With
// --cluster, nodes on PostgreSQL instead (restart-cluster.ts).
import { statSync } from "node:fs";
import Sqlite from "better-sqlite3";
import { seededRandom } from "../ballots.js";
import { startSampler } from "../proc-stats.js";
import { check, figure, MB, type ScenarioResult } from "../report.js";
import { createEvent, fetchResults, openPickTwoOfSix } from "../rest.js";
import { scratchDirectory, spawnServer, startServer, waitUntilHealthy } from "../server-process.js";
import { storeVotes as writeVotes } from "../stored-votes.js";
import { type ScenarioContext, scaled, serverOptions } from "./context.js";
import { runClusterRestart } from "./restart-cluster.js";

export const RESTART = { votes: 1_000_000, restarts: 3, seed: 4 };

/** Writes `votes` participants and their votes on the poll; returns the expected tally. */
function storeVotes(databasePath: string, pollId: number, votes: number, seed: number) {
  const random = seededRandom(seed);
  const db = new Sqlite(databasePath);
  try {
    // The server is stopped; this connection is the only one. Durability of test data is moot.
    db.pragma("synchronous = OFF");
    const counts = writeVotes(db, pollId, votes, random);
    // A server that had taken these votes one by one would have checkpointed its WAL as it went.
    db.pragma("wal_checkpoint(TRUNCATE)");
    return { respondents: votes, counts };
  } finally {
    db.close();
  }
}

export async function runRestart(
  context: ScenarioContext,
  { votes, restarts, seed } = RESTART,
): Promise<ScenarioResult> {
  if (context.nodes !== undefined) return runClusterRestart(context, context.nodes, { votes, restarts, seed });
  const scratch = scratchDirectory("restart");
  const databasePath = `${scratch.dir}/handzeichen.db`;
  try {
    const first = await startServer({ databasePath, label: "restart-setup", entry: context.serverEntry });
    const event = await createEvent(first.baseUrl, "Benchmark restart");
    const poll = await openPickTwoOfSix(first.baseUrl, event);
    await first.stop();

    context.log(`restart: writing ${votes} votes into ${databasePath}`);
    const insertStarted = performance.now();
    const expected = storeVotes(databasePath, poll.id, votes, seed);
    const insertMs = performance.now() - insertStarted;
    const fileBytes = statSync(databasePath).size;

    const healthy: number[] = [];
    const correct: number[] = [];
    const rss: number[] = [];
    let wrong = "";
    for (let round = 1; round <= restarts; round++) {
      const server = await spawnServer({ databasePath, label: `restart-${round}`, ...serverOptions(context) });
      try {
        const sampler = startSampler(server.pid);
        await waitUntilHealthy(server);
        healthy.push(performance.now() - server.spawnedAt);
        const results = await fetchResults(server.baseUrl, event.code, poll.id);
        correct.push(performance.now() - server.spawnedAt);
        rss.push(sampler.sampleNow()?.rssBytes ?? Number.NaN);
        sampler.stop();
        const shown = results.type === "choice" ? results.options.map((o) => o.count) : [];
        if (results.respondents !== expected.respondents || shown.join() !== expected.counts.join()) {
          wrong = `restart ${round}: ${results.respondents} respondents ${shown.join("/")}, expected ${expected.respondents} ${expected.counts.join("/")}`;
        }
        context.log(`restart ${round}: healthy after ${Math.round(healthy.at(-1) ?? 0)} ms`);
      } finally {
        await server.stop();
      }
    }
    return {
      scenario: "restart",
      title: `restart with ${votes.toLocaleString("en-US")} stored votes`,
      ok: wrong === "",
      figures: [
        figure("stored votes", votes, ""),
        figure("writing them (bench, one transaction)", insertMs, "ms"),
        figure("database file", fileBytes / MB, "MB"),
        figure("spawn → /healthz 200, best", Math.min(...healthy), "ms"),
        figure("spawn → /healthz 200, worst", Math.max(...healthy), "ms"),
        figure("spawn → correct results, worst", Math.max(...correct), "ms", { op: "<=", value: 3000 }),
        figure("server RSS after start", Math.max(...rss) / MB, "MB"),
      ],
      checks: [check("results after restart = stored votes", wrong === "", wrong)],
      notes: [`${restarts} restarts, page cache warm (the file was just written)`],
    };
  } finally {
    scratch.remove();
  }
}

export const restartScenario = {
  name: "restart",
  title: "restart with 1,000,000 stored votes",
  run: (context: ScenarioContext, scale: number) =>
    runRestart(context, { ...RESTART, votes: scaled(RESTART.votes, scale, 100) }),
};
