// Runs the built server (dist/server/main.js) as a real child process, the way it runs in
// production, so a test can kill -9 it and start it again on the same database file.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const SERVER_ENTRY = resolve(ROOT, "dist/server/main.js");
/** How long a fresh process may take until GET /healthz answers 200. */
const READY_TIMEOUT_MS = 15_000;
const READY_POLL_MS = 50;
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

/** A TCP port that was free a moment ago (PORT=0 would not tell us which one the server took). */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

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
    cwd: ROOT,
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
    await waitUntilHealthy(server);
  } catch (error) {
    await server.kill();
    throw error;
  }
  return server;
}

async function waitUntilHealthy(server: ChildServer): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let gone = false;
  void server.exited.then(() => {
    gone = true;
  });
  while (Date.now() < deadline) {
    if (gone) throw new Error(`the server exited during start:\n${server.output()}`);
    try {
      const response = await fetch(`${server.url}/healthz`);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((wake) => setTimeout(wake, READY_POLL_MS));
  }
  throw new Error(`the server did not become healthy within ${READY_TIMEOUT_MS} ms:\n${server.output()}`);
}
