// Several nodes on one PostgreSQL (`--cluster N`, docs/scaling.md): PostgreSQL first, then the
// nodes, one after the other (the first migrates the schema, the others find it in place), each
// a server process of its own with DATABASE_URL, as in production behind a load balancer.
import { type BenchPostgres, startPostgres } from "./postgres.js";
import { fetchResults } from "./rest.js";
import { type ServerProcess, startServer } from "./server-process.js";

/** An event created on node 1 reaches the others within a NOTIFY; this is only a bound for a busy machine. */
const KNOWN_EVERYWHERE_TIMEOUT_MS = 10_000;
const KNOWN_POLL_MS = 20;

export type ClusterOptions = {
  entry: string;
  nodes: number;
  /** The scenario's scratch folder: PostgreSQL's data folder goes inside. */
  dir: string;
  label: string;
  cpuProfileDir?: string;
};

export type Cluster = {
  database: BenchPostgres;
  servers: ServerProcess[];
  /** Stops the nodes (SIGTERM: they flush), then PostgreSQL. */
  stop(): Promise<void>;
};

export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const database = await startPostgres(options.dir, options.nodes);
  const servers: ServerProcess[] = [];
  const stop = async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await database.stop();
  };
  try {
    for (let node = 1; node <= options.nodes; node++) {
      servers.push(
        await startServer({
          entry: options.entry,
          databasePath: `${options.dir}/unused-node-${node}.db`,
          databaseUrl: database.url,
          label: `${options.label}-node${node}`,
          ...(options.cpuProfileDir ? { cpuProfileDir: options.cpuProfileDir } : {}),
        }),
      );
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { database, servers, stop };
}

/** Waits until every node knows the event and its poll (created on one node, told to the others). */
export async function waitUntilEverywhere(servers: readonly ServerProcess[], code: string, pollId: number) {
  const deadline = performance.now() + KNOWN_EVERYWHERE_TIMEOUT_MS;
  for (const server of servers) {
    for (;;) {
      try {
        await fetchResults(server.baseUrl, code, pollId);
        break;
      } catch (error) {
        if (performance.now() > deadline) throw error;
        await new Promise((wake) => setTimeout(wake, KNOWN_POLL_MS));
      }
    }
  }
}
