// Runs the built server (dist/server/main.js) as a real child process, the way it runs in
// production, so a test can kill -9 it and start it again on the same database file.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { freePort, REPO_ROOT, SERVER_ENTRY, waitUntilHealthy } from "../../bench/server-process.js";

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
): Promise<ChildServer> {
  if (!existsSync(SERVER_ENTRY)) {
    throw new Error(`${SERVER_ENTRY} is missing: run "npm run build:server" first (npm test builds it).`);
  }
  const port = fixedPort ?? (await freePort());
  // The shell lowers the limit, then becomes the server (exec), so the pid is the server's.
  const [command, args] =
    openFileLimit === undefined
      ? [process.execPath, [SERVER_ENTRY]]
      : ["/bin/sh", ["-c", `ulimit -n ${openFileLimit} && exec "$0" "$1"`, process.execPath, SERVER_ENTRY]];
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
