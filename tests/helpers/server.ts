// Starts the real app (buildApp) on a temporary SQLite file, listening on a free port.
// `useServer()` is how a test file gets one: it owns the set-up and the teardown.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import { buildApp } from "../../server/app.js";
import { type Config, loadConfig } from "../../server/config.js";
import type { SqliteStore } from "../../server/store/sqlite-store.js";
import { freshDatabaseUrl } from "./postgres.js";

export type TestServer = {
  app: FastifyInstance;
  /** http://127.0.0.1:PORT */
  url: string;
  databasePath: string;
  /** Closes the app; the database file stays until `cleanup`. */
  close(): Promise<void>;
  cleanup(): void;
};

/** The SQLite connection of a running app, for tests that look at the rows themselves. */
export function sqliteOf(app: FastifyInstance): SqliteStore["sqlite"] {
  const { store } = app.polling;
  if (store.dialect !== "sqlite") throw new Error("this test reads SQLite rows; the app runs on another store");
  return (store as SqliteStore).sqlite;
}

export function tempDatabasePath(): { path: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "handzeichen-test-"));
  return { path: join(dir, "handzeichen.db"), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Which store the suite runs on: SQLite, or PostgreSQL when TEST_STORE=postgres (the "postgres"
 * project of vitest.config.ts runs the integration tests again that way).
 */
export const onPostgres = process.env.TEST_STORE === "postgres";

/** On PostgreSQL, each temporary SQLite path stands for a database of its own, kept over restarts. */
const databaseUrls = new Map<string, Promise<string>>();

/** The PostgreSQL database standing for a temporary SQLite path (made on first use). */
export function databaseUrlOf(path: string): Promise<string> {
  let url = databaseUrls.get(path);
  if (!url) {
    url = freshDatabaseUrl();
    databaseUrls.set(path, url);
  }
  return url;
}

/** One server, started and stopped by hand; `useServer` is what test files use. */
export async function startServer(overrides: Partial<Config> = {}, databasePath?: string): Promise<TestServer> {
  const temp = databasePath ? null : tempDatabasePath();
  const path = databasePath ?? (temp as { path: string }).path;
  const store = onPostgres && !("databaseUrl" in overrides) ? { databaseUrl: await databaseUrlOf(path) } : {};
  const config: Config = { ...loadConfig({}), logLevel: "silent", databasePath: path, ...store, ...overrides };
  const app = await buildApp(config);
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    app,
    url: `http://127.0.0.1:${port}`,
    databasePath: path,
    close: () => app.close(),
    cleanup: () => temp?.cleanup(),
  };
}

/** The server of a describe block (or of a whole file), as `useServer` hands it out. */
export type ServerHandle = {
  /** The running app (its decorations: the hub, the polling use cases, the database). */
  readonly app: FastifyInstance;
  /** http://127.0.0.1:PORT; a restart listens on a new port. */
  readonly url: string;
  /** The SQLite file; it outlives restarts and is removed after the block. */
  readonly databasePath: string;
  /** Closes the app, leaving the database file, e.g. to change the file while no server holds it. */
  stop(): Promise<void>;
  /**
   * Closes the app if it runs and starts it again on the same database file, with the block's
   * settings and `overrides` on top; the restarted server serves the block's later tests too.
   */
  restart(overrides?: Partial<Config>): Promise<void>;
};

/**
 * The real app on a fresh temporary database for the tests of the calling describe block (or
 * file): started before its first test, closed and its file removed after its last; with
 * `eachTest`, a fresh server and file for every test. Call it at the top of the block:
 *
 *   const server = useServer({ trustProxyHops: 1 });
 *   it("…", async () => { await createEvent(server.url); });
 *
 * Hooks the block declares after this call run after the server has started and before it
 * is closed (vitest runs before-hooks in order and after-hooks in reverse).
 */
export function useServer(overrides: Partial<Config> = {}, { eachTest = false } = {}): ServerHandle {
  let database: { path: string; cleanup: () => void } | undefined;
  let running: TestServer | undefined;

  const current = (): TestServer => {
    if (!running)
      throw new Error("the server is not running: use it inside a test or a hook, and restart it after stop()");
    return running;
  };
  const stop = async () => {
    const server = running;
    running = undefined;
    await server?.close();
  };
  const start = async (more: Partial<Config>) => {
    if (!database) throw new Error("useServer's database is gone: use the server inside its describe block");
    running = await startServer({ ...overrides, ...more }, database.path);
  };

  (eachTest ? beforeEach : beforeAll)(async () => {
    database = tempDatabasePath();
    await start({});
  });
  (eachTest ? afterEach : afterAll)(async () => {
    try {
      await stop();
    } finally {
      database?.cleanup();
      database = undefined;
    }
  });

  return {
    get app() {
      return current().app;
    },
    get url() {
      return current().url;
    },
    get databasePath() {
      if (!database) throw new Error("useServer's database is gone: use the server inside its describe block");
      return database.path;
    },
    stop,
    async restart(more = {}) {
      await stop();
      await start(more);
    },
  };
}
