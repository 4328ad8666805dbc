// `npm run demo` as a person runs it: the links and the figures it prints are what they came
// for, and the server it starts must not bury them under a log line per request.
import { type ChildProcess, spawn } from "node:child_process";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "../helpers/child-server.js";
import { tempDatabasePath } from "../helpers/server.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const TSX_CLI = resolve(ROOT, "node_modules/tsx/dist/cli.mjs");
/** The demo's last line once the audience has voted and the server keeps serving. */
const SERVING = "Serving; press Ctrl-C to stop.";
/** Two polls, each with votes spread over up to 4 s, plus tsx's start. */
const DEMO_TIMEOUT_MS = 30_000;
const AUDIENCE = 3;

const database = tempDatabasePath();
let demo: ChildProcess | undefined;
/**
 * tsx runs the demo in a child process of its own, which a signal to tsx alone leaves running:
 * the demo gets a process group of its own, and the whole group is stopped.
 */
function stopDemo(signal: NodeJS.Signals): void {
  if (demo?.pid === undefined || demo.exitCode !== null) return;
  try {
    process.kill(-demo.pid, signal);
  } catch {
    // The group is gone already.
  }
}

afterAll(() => {
  stopDemo("SIGKILL");
  database.cleanup();
});

/** Runs the demo until it says it is serving; what it wrote to stdout by then. */
async function demoOutput(env: Record<string, string>): Promise<string> {
  const port = await freePort();
  demo = spawn(process.execPath, [TSX_CLI, "scripts/demo.ts", "--audience", String(AUDIENCE)], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", PORT: String(port), HOST: "127.0.0.1", DATABASE_PATH: database.path, ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let stdout = "";
  let stderr = "";
  demo.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  await new Promise<void>((done, fail) => {
    demo?.stdout?.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes(SERVING)) done();
    });
    demo?.once("exit", (code) => fail(new Error(`the demo exited (${code}) before serving:\n${stdout}\n${stderr}`)));
  });
  stopDemo("SIGTERM");
  return stdout;
}

describe("npm run demo", () => {
  it("prints its links and figures without a log line per request", { timeout: DEMO_TIMEOUT_MS }, async () => {
    const stdout = await demoOutput({});
    const lines = stdout.split("\n").filter((line) => line.trim() !== "");
    expect(lines.filter((line) => line.startsWith("{"))).toEqual([]);
    for (const page of ["voters", "moderator", "projector", "overlay"]) {
      expect(lines.some((line) => line.trim().startsWith(page) && line.includes("kurze-wege"))).toBe(true);
    }
    expect(stdout).toContain(`${AUDIENCE} voters answered`);
    expect(stdout).toMatch(/average \d,\d \/ 5/);
  });
});
