// One scenario's stage: a fresh server process with its own database, an event with the
// pick-two-of-six poll open, the projector and the overlay, and N connected voters. At the
// end, `verifyTallies` checks that everyone agrees on the count.
import { monitorEventLoopDelay } from "node:perf_hooks";
import type { ChoicePoll } from "../shared/poll.js";
import type { ChoiceResults } from "../shared/results.js";
import { tallyOf } from "./ballots.js";
import { type ProcSampler, startSampler } from "./proc-stats.js";
import { type Check, check, type Figure, figure, MB } from "./report.js";
import { type BenchEvent, createEvent, fetchResults, openPickTwoOfSix } from "./rest.js";
import { connectScreen, type Screen } from "./screens.js";
import { type ServerProcess, scratchDirectory, startServer } from "./server-process.js";
import { type ConnectReport, createVoterPool, type VoterPool } from "./voters.js";

/** Acks still missing this long after the last vote was sent count as lost. */
export const SETTLE_TIMEOUT_MS = 30_000;
/** docs/api.md promises a results frame within 250 ms of a change; allow slack for a busy machine. */
const SCREEN_CATCH_UP_MS = 5_000;

export type StageOptions = {
  entry: string;
  label: string;
  voters: number;
  maxVotes: number;
  cpuProfileDir?: string;
};

export type Stage = {
  server: ServerProcess;
  sampler: ProcSampler;
  event: BenchEvent;
  poll: ChoicePoll;
  projector: Screen;
  overlay: Screen;
  voters: VoterPool;
  connect: ConnectReport;
  /** Server RSS with the event set up but no voter connected yet. */
  rssBeforeVoters: number;
  loopDelay: LoopDelay;
  teardown(): Promise<void>;
};

export async function startStage(options: StageOptions): Promise<Stage> {
  const scratch = scratchDirectory(options.label);
  // What is open so far, undone in reverse if the stage cannot be set up completely.
  const undo: (() => unknown)[] = [() => scratch.remove()];
  try {
    const server = await startServer({
      entry: options.entry,
      databasePath: `${scratch.dir}/handzeichen.db`,
      label: options.label,
      ...(options.cpuProfileDir ? { cpuProfileDir: options.cpuProfileDir } : {}),
    });
    undo.push(() => server.stop());
    const sampler = startSampler(server.pid);
    undo.push(() => sampler.stop());
    const event = await createEvent(server.baseUrl, `Benchmark ${options.label}`);
    const poll = await openPickTwoOfSix(server.baseUrl, event);
    const projector = await connectScreen(server.wsUrl, event.code, poll.id, "projector");
    undo.push(() => projector.close());
    const overlay = await connectScreen(server.wsUrl, event.code, poll.id, "overlay");
    undo.push(() => overlay.close());
    const rssBeforeVoters = sampler.sampleNow()?.rssBytes ?? Number.NaN;
    const voters = createVoterPool({
      wsUrl: server.wsUrl,
      code: event.code,
      poll,
      count: options.voters,
      maxVotes: options.maxVotes,
    });
    undo.push(() => voters.close());
    const loopDelay = monitorLoopDelay();
    undo.push(() => loopDelay.stop());
    const connect = await voters.connect();
    return {
      server,
      sampler,
      event,
      poll,
      projector,
      overlay,
      voters,
      connect,
      rssBeforeVoters,
      loopDelay,
      teardown: () => undoAll(undo),
    };
  } catch (error) {
    await undoAll(undo);
    throw error;
  }
}

async function undoAll(undo: (() => unknown)[]): Promise<void> {
  for (const step of undo.reverse()) await step();
}

const sameCounts = (results: ChoiceResults | null, expected: { respondents: number; counts: number[] }) =>
  results !== null &&
  results.respondents === expected.respondents &&
  results.options.every((option, position) => option.count === expected.counts[position]);

const describe = (results: ChoiceResults | null) =>
  results ? `${results.respondents} respondents, counts ${results.options.map((o) => o.count).join("/")}` : "none";

/**
 * Waits for every vote to be answered, then checks that the projector, the overlay and the
 * REST API all show exactly the tally of the voters' last acknowledged ballots.
 */
export async function verifyTallies(stage: Stage, { voteOnce }: { voteOnce: boolean }): Promise<Check[]> {
  const { voters } = stage;
  const checks: Check[] = [];
  const settled = await voters.settled(SETTLE_TIMEOUT_MS);
  checks.push(check("every vote answered", settled, `${voters.inFlight()} of ${voters.stats.sent} unanswered`));
  const errors = [...voters.stats.errorFrames].map(([code, n]) => `${code}×${n}`).join(", ");
  checks.push(
    check(
      "no error frames",
      voters.stats.errorFrames.size === 0,
      `${errors}; ${voters.stats.errorSamples.join(" | ")}`,
    ),
  );
  checks.push(
    check("acks confirm the ballots sent", voters.stats.ackMismatches === 0, voters.stats.errorSamples.join(" | ")),
  );
  checks.push(
    check("no voter disconnected", voters.stats.unexpectedCloses === 0, `${voters.stats.unexpectedCloses} closed`),
  );
  const expected = tallyOf(voters.lastAckedBallot);
  if (voteOnce) {
    checks.push(
      check(
        "respondents = acked votes",
        expected.respondents === voters.stats.acked,
        `${expected.respondents} vs ${voters.stats.acked}`,
      ),
    );
  }
  const wanted = `${expected.respondents} respondents, counts ${expected.counts.join("/")}`;
  for (const screen of [stage.projector, stage.overlay]) {
    const caughtUp = await screen.waitFor((results) => sameCounts(results, expected), SCREEN_CATCH_UP_MS);
    checks.push(
      check(`${screen.name} shows the acked votes`, caughtUp, `shows ${describe(screen.latest())}, expected ${wanted}`),
    );
  }
  const rest = await fetchResults(stage.server.baseUrl, stage.event.code, stage.poll.id);
  const restChoice = rest.type === "choice" ? rest : null;
  checks.push(
    check(
      "REST results = acked votes",
      sameCounts(restChoice, expected),
      `REST ${describe(restChoice)}, expected ${wanted}`,
    ),
  );
  return checks;
}

/** For --cpu-prof: the measured window in ms since the server was spawned, as bench:profile takes it. */
export const profileWindowNote = (stage: Stage, from: number, to: number): string =>
  `measured window for bench:profile: --from ${Math.round(from - stage.server.spawnedAt)} --to ${Math.round(to - stage.server.spawnedAt)}`;

/**
 * Who used the two cores during a window: the server, the load generator, and everything
 * else on the machine (other work that would skew the figures), plus the generator's
 * event-loop delay, which is added to every latency it measures.
 */
export function loadFigures(stage: Stage, from: number, to: number): Figure[] {
  const { sampler } = stage;
  sampler.sampleNow();
  const server = sampler.cpuPercent(from, to);
  const generator = sampler.generatorPercent(from, to);
  return [
    // CPU time is the work done; unlike latency it barely changes when others share the cores.
    figure("server CPU time", (server * (to - from)) / 100_000, "s"),
    figure("server CPU", server, "%"),
    figure("generator CPU", generator, "%"),
    // Sampling at slightly different moments can make the remainder a little negative.
    figure("other processes CPU", Math.max(0, sampler.machinePercent(from, to) - server - generator), "%"),
    figure("generator event-loop delay p99", stage.loopDelay.p99Ms(), "ms"),
    figure("server peak RSS", sampler.peakRssBytes() / MB, "MB"),
  ];
}

export type LoopDelay = { reset(): void; p99Ms(): number; stop(): void };

/** The load generator's event-loop delay: when it lags, acks wait unread and latencies grow. */
export function monitorLoopDelay(): LoopDelay {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  return {
    reset: () => histogram.reset(),
    p99Ms: () => histogram.percentile(99) / 1e6,
    stop: () => histogram.disable(),
  };
}
