// Runs the built server (dist/server/main.js) as a real child process, the way it runs in
// production, so a test can kill -9 it and start it again on the same database file.
// `useChildServer()` is how a test file gets one: it owns the set-up and the teardown.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import { freePort, REPO_ROOT, SERVER_ENTRY, waitUntilHealthy } from "../../bench/server-process.js";
import { tempDatabasePath } from "./server.js";

/** Where they were before both moved to bench/server-process.ts, for the tests that import them from here. */
export { freePort, SERVER_ENTRY };

/** How long a fresh process may take until GET /healthz answers 200. */
const READY_TIMEOUT_MS = 15_000;
/** Only the tail of the child's stderr is kept, for error messages. */
const KEPT_OUTPUT_CHARS = 8_000;
/**
 * Tests of crashes, shutdowns and races open thousands of sockets from one loopback address,
 * all at once: the per-address flood limits would only slow them down. Those limits have
 * tests of their own (connection-limits.test.ts), which pass their own values.
 */
const ROOMY_LIMITS = {
  MAX_CONNECTIONS_PER_ADDRESS: "100000",
  ADDRESS_REQUEST_BURST: "100000",
};

export type ChildServer = {
  process: ChildProcess;
  port: number;
  /** http://127.0.0.1:PORT */
  url: string;
  /** Resolves when the process has exited, with its exit code or the signal that ended it. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** What the process wrote to stderr and stdout lately (for failure messages). */
  output(): string;
  /** Sends `signal` and waits for the process to be gone. */
  kill(signal?: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
};

export async function spawnServer(
  databasePath: string,
  env: Record<string, string> = {},
  /** A fixed port, to restart a server where its clients will look for it again. */
  fixedPort?: number,
  /** The process's open-file limit (`ulimit -n`), when a test needs a small one. */
  openFileLimit?: number,
  /** A command the server runs under, e.g. nsenter into another mount namespace. */
  launcher: readonly string[] = [],
): Promise<ChildServer> {
  if (!existsSync(SERVER_ENTRY)) {
    throw new Error(`${SERVER_ENTRY} is missing: run "npm run build:server" first (npm test builds it).`);
  }
  const port = fixedPort ?? (await freePort());
  // The shell lowers the limit, then becomes the server (exec), so the pid is the server's.
  const serverCommand: string[] =
    openFileLimit === undefined
      ? [process.execPath, SERVER_ENTRY]
      : ["/bin/sh", "-c", `ulimit -n ${openFileLimit} && exec "$0" "$1"`, process.execPath, SERVER_ENTRY];
  const [command = process.execPath, ...args] = [...launcher, ...serverCommand];
  const child = spawn(command, args, {
    cwd: REPO_ROOT,
    env: {
      PATH: process.env.PATH ?? "",
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_PATH: databasePath,
      LOG_LEVEL: "warn",
      ...ROOMY_LIMITS,
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-KEPT_OUTPUT_CHARS);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.once("exit", (code, signal) => done({ code, signal })),
  );
  const server: ChildServer = {
    process: child,
    port,
    url: `http://127.0.0.1:${port}`,
    exited,
    output: () => output,
    kill(signal = "SIGKILL") {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
  try {
    await waitUntilHealthy({ baseUrl: server.url, exited, output: server.output }, READY_TIMEOUT_MS);
  } catch (error) {
    await server.kill();
    throw error;
  }
  return server;
}

/** The child server of a describe block (or of a whole file), as `useChildServer` hands it out. */
export type ChildServerHandle = ChildServer & {
  /** The SQLite file; it outlives restarts and is removed after the block (unless `place` gave it). */
  readonly databasePath: string;
  /**
   * Starts the server again on the same database file, after killing it (SIGKILL) if it still
   * runs; with `samePort`, where its clients will look for it again, as a restart in production.
   */
  restart(options?: { samePort?: boolean }): Promise<void>;
};

/** Where a child server keeps its database and what it runs under, when not the defaults. */
export type ChildServerPlace = {
  /** The caller's database file, e.g. on a small disk; the caller removes it. */
  databasePath: string;
  /** A command the server runs under, e.g. nsenter into the mount namespace that holds the file. */
  launcher?: readonly string[];
};

export type ChildServerOptions = {
  /** Environment on top of the defaults (loopback, a free port, LOG_LEVEL=warn, roomy limits). */
  env?: Record<string, string>;
  /** The process's open-file limit (`ulimit -n`), when a test needs a small one. */
  openFileLimit?: number;
  /** A fresh process and database file for every test instead of one for the block. */
  eachTest?: boolean;
  /**
   * Where the server runs instead of on a fresh temporary file. Asked each time the server is
   * spawned, since the place may only exist from an earlier hook on (e.g. `useSmallDisk`).
   */
  place?: () => ChildServerPlace;
};

/**
 * The built server as a child process on a fresh temporary database, for the tests of the
 * calling describe block (or file): spawned before its first test and healthy by then, killed
 * and its file removed after its last (or around every test, with `eachTest`).
 *
 *   const server = useChildServer({ env: { TRUST_PROXY: "1" } });
 *   it("…", async () => { await server.kill("SIGKILL"); await server.restart(); });
 *
 * With `place`, the server runs on the caller's file and under its launcher; hooks declared
 * before this call (e.g. `useSmallDisk`) have made the place by then and remove it after.
 */
export function useChildServer({
  env = {},
  openFileLimit,
  eachTest = false,
  place,
}: ChildServerOptions = {}): ChildServerHandle {
  let database: { path: string; cleanup: () => void } | undefined;
  let running: ChildServer | undefined;

  const current = (): ChildServer => {
    if (!running) throw new Error("the child server is not running: use it inside a test or a hook");
    return running;
  };
  const databasePath = (): string => {
    if (!database) throw new Error("useChildServer's database is gone: use the server inside its describe block");
    return database.path;
  };
  const spawnOnDatabase = (fixedPort?: number) =>
    spawnServer(databasePath(), env, fixedPort, openFileLimit, place?.().launcher);

  (eachTest ? beforeEach : beforeAll)(async () => {
    const placed = place?.();
    database = placed ? { path: placed.databasePath, cleanup: () => {} } : tempDatabasePath();
    running = await spawnOnDatabase();
  });
  (eachTest ? afterEach : afterAll)(async () => {
    try {
      await running?.kill("SIGKILL");
    } finally {
      running = undefined;
      database?.cleanup();
      database = undefined;
    }
  });

  return {
    get process() {
      return current().process;
    },
    get port() {
      return current().port;
    },
    get url() {
      return current().url;
    },
    get exited() {
      return current().exited;
    },
    get databasePath() {
      return databasePath();
    },
    output: () => current().output(),
    kill: (signal) => current().kill(signal),
    async restart({ samePort = false } = {}) {
      const previous = current();
      running = undefined;
      await previous.kill("SIGKILL");
      running = await spawnOnDatabase(samePort ? previous.port : undefined);
    },
  };
}
