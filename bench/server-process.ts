// The server under test: `node dist/server/main.js` as a separate process on loopback, with
// its own temporary database, so its RSS and CPU can be read from /proc/<pid>.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { openFileLimit } from "../server/config.js";
import { loopbackUrl, SERVER_HOST } from "./loopback.js";

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
/** What `npm run build:server` (and so `npm test`) builds. */
export const SERVER_ENTRY = join(REPO_ROOT, "dist/server/main.js");
/** The benchmark's own build: others rebuilding dist/ mid-run cannot swap the server under it. */
const PRIVATE_BUILD = join(REPO_ROOT, "bench/output/server-build");

const HEALTH_POLL_MS = 5;
const STARTUP_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 15_000;
const LOG_TAIL_LINES = 50;
/** The benchmark's own REST calls and screens need few descriptors besides the voters' sockets. */
const BENCH_FD_RESERVE = 200;

/**
 * The benchmark measures the server, not its flood limits: every scenario's sockets fit, as
 * many per loopback address as it likes, up to what the open-file limit allows (the server's
 * own default keeps a quarter of the limit back for REST and pages).
 */
function roomyLimits(): Record<string, string> {
  const fileLimit = openFileLimit();
  return {
    MAX_CONNECTIONS_PER_ADDRESS: "1000000",
    ADDRESS_REQUEST_BURST: "1000000",
    ...(fileLimit === undefined ? {} : { MAX_CONNECTIONS: String(Math.max(1, fileLimit - BENCH_FD_RESERVE)) }),
  };
}

/** `npm run build:server`, as `npm test` does. */
export function buildServer(): void {
  const built = spawnSync("npm", ["run", "--silent", "build:server"], { cwd: REPO_ROOT, stdio: "inherit" });
  if (built.status !== 0) throw new Error("npm run build:server failed");
}

/**
 * Builds the server from the working tree into bench/output/server-build (with the
 * migrations beside it, where the server looks for them; packages resolve from the
 * repository's node_modules). Returns its entry point.
 */
export function buildPrivateServer(): string {
  rmSync(PRIVATE_BUILD, { recursive: true, force: true });
  const tsc = join(REPO_ROOT, "node_modules/typescript/bin/tsc");
  const built = spawnSync(
    process.execPath,
    [tsc, "-p", "tsconfig.build.json", "--outDir", join(PRIVATE_BUILD, "dist")],
    {
      cwd: REPO_ROOT,
      stdio: "inherit",
    },
  );
  if (built.status !== 0) throw new Error("building the server failed");
  cpSync(join(REPO_ROOT, "migrations"), join(PRIVATE_BUILD, "migrations"), { recursive: true });
  return join(PRIVATE_BUILD, "dist/server/main.js");
}

export function assertServerBuilt(entry: string): void {
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run npm run build:server`);
}

/** A temporary directory for one scenario's database (and nothing else). */
export function scratchDirectory(label: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `handzeichen-bench-${label}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done, fail) => {
    probe.once("error", fail);
    probe.listen(0, SERVER_HOST, done);
  });
  const address = probe.address();
  await new Promise((done) => probe.close(done));
  if (address === null || typeof address === "string") throw new Error("no free port");
  return address.port;
}

export type ServerOptions = {
  /** The built server's main.js. */
  entry: string;
  databasePath: string;
  /** postgres://…: the server runs as one node of several on PostgreSQL (databasePath unused). */
  databaseUrl?: string;
  /** When set, the server runs with --cpu-prof and writes its profile here on exit. */
  cpuProfileDir?: string;
  /** Names the profile file. */
  label: string;
};

export type ServerProcess = {
  pid: number;
  databasePath: string;
  port: number;
  baseUrl: string;
  wsUrl: string;
  /** performance.now() when the process was spawned. */
  spawnedAt: number;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Its last lines of output (stdout and stderr), for error messages. */
  output(): string;
  /** SIGTERM (the server flushes, closes sockets, writes its profile), SIGKILL after a timeout. */
  stop(): Promise<void>;
  /** SIGKILL, as a crash would: nothing is flushed. */
  kill(): Promise<void>;
};

export async function spawnServer(options: ServerOptions): Promise<ServerProcess> {
  const port = await freePort();
  const flags: string[] = [];
  if (options.cpuProfileDir) {
    mkdirSync(options.cpuProfileDir, { recursive: true });
    flags.push("--cpu-prof", `--cpu-prof-dir=${options.cpuProfileDir}`, `--cpu-prof-name=${options.label}.cpuprofile`);
  }
  const spawnedAt = performance.now();
  const child: ChildProcess = spawn(process.execPath, [...flags, options.entry], {
    cwd: REPO_ROOT,
    // Only what the server needs: its configuration, nothing inherited by accident.
    env: {
      PATH: process.env.PATH ?? "/usr/bin:/bin",
      PORT: String(port),
      HOST: SERVER_HOST,
      DATABASE_PATH: options.databasePath,
      ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
      LOG_LEVEL: "warn",
      ...roomyLimits(),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (child.pid === undefined) throw new Error("the server process did not start");
  const tail: string[] = [];
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString().split("\n")) if (line.trim()) tail.push(line);
    tail.splice(0, Math.max(0, tail.length - LOG_TAIL_LINES));
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.once("exit", (code, signal) => done({ code, signal })),
  );
  let gone = false;
  void exited.then(() => {
    gone = true;
  });
  const baseUrl = loopbackUrl(SERVER_HOST, port);
  const signal = async (name: NodeJS.Signals, timeoutMs: number) => {
    if (gone) return;
    child.kill(name);
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    await exited;
    clearTimeout(timer);
  };
  return {
    pid: child.pid,
    databasePath: options.databasePath,
    port,
    baseUrl,
    wsUrl: baseUrl.replace(/^http/, "ws"),
    spawnedAt,
    exited,
    output: () => tail.join("\n"),
    stop: () => signal("SIGTERM", STOP_TIMEOUT_MS),
    kill: () => signal("SIGKILL", STOP_TIMEOUT_MS),
  };
}

/** What waitUntilHealthy watches: where the server answers, whether it has died, what it said. */
export type StartingServer = {
  baseUrl: string;
  exited: Promise<unknown>;
  /** The process's last output, for the error when it never becomes healthy. */
  output(): string;
};

/**
 * Polls /healthz until it answers 200. Shared with the tests' child servers
 * (tests/helpers/child-server.ts): a process that exits meanwhile fails at once, with its output.
 */
export async function waitUntilHealthy(server: StartingServer, timeoutMs = STARTUP_TIMEOUT_MS): Promise<void> {
  let exited = false;
  void server.exited.then(() => {
    exited = true;
  });
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (exited) throw new Error(`the server exited during start:\n${server.output()}`);
    try {
      const response = await fetch(`${server.baseUrl}/healthz`);
      await response.arrayBuffer();
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, HEALTH_POLL_MS));
  }
  throw new Error(`the server did not become healthy within ${timeoutMs} ms:\n${server.output()}`);
}

export async function startServer(options: ServerOptions): Promise<ServerProcess> {
  const server = await spawnServer(options);
  try {
    await waitUntilHealthy(server);
  } catch (error) {
    await server.kill();
    throw error;
  }
  return server;
}
