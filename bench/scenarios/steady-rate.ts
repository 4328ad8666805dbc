// Voters re-voting at a fixed offered rate for a duration: "latency" (2,000 votes/s: how fast
// is one vote) and "throughput" (10,000 votes/s: how many durable votes per second).
// Each re-vote replaces the voter's earlier one. A trickle of probe voters, who vote once,
// raise `respondents` throughout the run, which is how vote → projector latency is measured.
import { randomBallot, seededRandom } from "../ballots.js";
import { acksPerSecond, voteAtRate } from "../drive.js";
import {
  loadFigures,
  profileWindowNote,
  readStageMetrics,
  type Stage,
  stageProjectorLatency,
  startStage,
  verifyTallies,
} from "../live-event.js";
import { type Figure, figure, type ScenarioResult } from "../report.js";
import type { Summary } from "../samples.js";
import { clusterFigures, workFigures } from "../server-metrics.js";
import type { VoterPool } from "../voters.js";
import { clusterNote, clusterOptions, type ScenarioContext, scaled, serverOptions } from "./context.js";

export type SteadyRateParams = {
  voters: number;
  rate: number;
  durationMs: number;
  /** Probe voters' first votes per second (part of `rate`). */
  probeRate: number;
  /** Open-loop cap: beyond this many unanswered votes, due votes are skipped (and counted). */
  maxInFlight: number;
  seed: number;
  /** Pause between connecting and voting, so the connect storm is over before measuring. */
  warmUpMs: number;
};

export const LATENCY: SteadyRateParams = {
  voters: 2_000,
  rate: 2_000,
  durationMs: 30_000,
  probeRate: 20,
  maxInFlight: 20_000,
  seed: 2,
  warmUpMs: 1_000,
};
/** The server kept up if every due vote was sent and the last ack came this soon after the last send. */
const KEPT_UP_TAIL_MS = 500;

export const THROUGHPUT: SteadyRateParams = { ...LATENCY, rate: 10_000, seed: 3 };
/** --cluster: probe votes through node 1, 20 a second for the whole run (and 2 s to spare). */
const LAG_PROBE_RATE = 20;
const lagProbeFor = (params: SteadyRateParams) => ({
  voters: Math.ceil((LAG_PROBE_RATE * (params.durationMs + 2_000)) / 1000),
  rate: LAG_PROBE_RATE,
  seed: params.seed + 20,
});

export async function runSteadyRate(
  name: "latency" | "throughput" | string,
  context: ScenarioContext,
  params: SteadyRateParams,
  targets: (measured: Measured) => Figure[],
  /** Called once the voters are connected; what it returns is awaited after the run for extra figures. */
  alongside?: (stage: Stage) => () => Promise<Figure[]>,
): Promise<ScenarioResult> {
  const probes = Math.ceil((params.probeRate * params.durationMs) / 1000);
  const total = params.voters + probes;
  context.log(`${name}: connecting ${params.voters} voters + ${probes} probe voters`);
  const stage = await startStage({
    label: name,
    voters: total,
    maxVotes: Math.ceil((params.rate * params.durationMs) / 1000) + total,
    ...serverOptions(context),
    ...clusterOptions(context, lagProbeFor(params)),
  });
  try {
    const { voters, connect } = stage;
    const finishAlongside = alongside?.(stage);
    await new Promise((settle) => setTimeout(settle, params.warmUpMs));
    context.log(`${name}: ${connect.connected} connected; ${params.rate} votes/s for ${params.durationMs} ms`);
    const random = seededRandom(params.seed);
    let regular = 0;
    let probe = 0;
    const metricsBefore = await readStageMetrics(stage);
    stage.loopDelay.reset();
    // A reading right at the start, so that even a short window has one on each side.
    stage.sampler.sampleNow();
    stage.lagProbe?.start();
    const run = await voteAtRate(voters, {
      rate: params.rate,
      durationMs: params.durationMs,
      maxInFlight: params.maxInFlight,
      next: (sequence) => {
        const probeDue = Math.floor(((sequence + 1) * params.probeRate) / params.rate) > probe;
        const voter = probeDue && probe < probes ? params.voters + probe++ : regular++ % params.voters;
        return { voter, ballot: randomBallot(random) };
      },
    });
    stage.lagProbe?.stop();
    const load = loadFigures(stage, run.startedAt, run.endedAt);
    const work = workFigures(metricsBefore, await readStageMetrics(stage), run.endedAt - run.startedAt);
    context.log(`${name}: sent ${run.sent}, waiting for the last acks`);
    const checks = await verifyTallies(stage, { voteOnce: false });
    const lag = await stage.lagProbe?.finish();
    if (lag) checks.push(...lag.checks);
    const metricsEnd = stage.database ? await readStageMetrics(stage) : null;
    const extraFigures = finishAlongside ? await finishAlongside() : [];
    const acks = ackSpan(voters);
    const keptUp = run.skipped === 0 && acks.last - run.endedAt <= KEPT_UP_TAIL_MS;
    const seconds = acksPerSecond(voters, acks.first, acks.last);
    const projector = stageProjectorLatency(stage);
    const measured: Measured = {
      ack: voters.ackLatency.summary(),
      projector: projector.latency.summary(),
      // An open loop at exactly the target rate can at best measure the target, so a server
      // that kept up (nothing skipped, the last ack soon after the last send) is credited with
      // its acked votes over the scheduled window; one that fell behind, over the time until
      // its last ack.
      ackedPerSecond: (1000 * voters.stats.acked) / (keptUp ? params.durationMs : acks.last - run.startedAt),
      slowestSecond: Math.min(...seconds),
    };
    return {
      scenario: name,
      title: `${params.voters.toLocaleString("en-US")} voters at ${params.rate.toLocaleString("en-US")} votes/s for ${params.durationMs / 1000} s${context.nodes ? ` over ${context.nodes} node(s)` : ""}`,
      ok: checks.every((c) => c.ok),
      figures: [
        figure("voters connected", connect.connected, ""),
        figure("connection setup p99", connect.setup.p99, "ms"),
        figure("offered rate", params.rate, "votes/s"),
        figure("votes sent", run.sent, ""),
        figure("votes skipped (in-flight cap)", run.skipped, ""),
        figure("most votes in flight", run.maxInFlight, ""),
        figure("votes acked", voters.stats.acked, ""),
        ...targets(measured),
        figure("vote → ack p90", measured.ack.p90, "ms"),
        figure("vote → ack max", measured.ack.max, "ms"),
        figure("vote → projector p50", measured.projector.p50, "ms"),
        figure("vote → projector samples", measured.projector.count, ""),
        figure("projector results frames/s", stage.projector.frameAt.count / (params.durationMs / 1000), ""),
        figure("last ack after the last send", acks.last - run.endedAt, "ms"),
        ...(lag?.figures ?? []),
        ...load,
        ...work,
        ...clusterFigures(metricsBefore, metricsEnd),
        ...extraFigures,
      ],
      checks: [
        ...checks,
        {
          name: "projector showed every new respondent",
          ok: projector.unseen === 0,
          detail: `${projector.unseen} never shown`,
        },
      ],
      notes: [
        ...(context.nodes ? [clusterNote(context.nodes)] : []),
        keptUp ? "kept up with the offered rate" : "fell behind the offered rate",
        `acks per second: ${seconds.join(" ")}`,
        profileWindowNote(stage, run.startedAt, run.endedAt),
      ],
    };
  } finally {
    await stage.teardown();
  }
}

export type Measured = {
  ack: Summary;
  projector: Summary;
  ackedPerSecond: number;
  slowestSecond: number;
};

/** When the first and the last ack arrived. */
function ackSpan(voters: VoterPool): { first: number; last: number } {
  let first = Number.POSITIVE_INFINITY;
  let last = 0;
  for (let id = 0; id < voters.stats.sent; id++) {
    if (voters.ledger.outcome[id] !== 1) continue;
    const at = voters.ledger.answeredAt[id] ?? 0;
    first = Math.min(first, at);
    last = Math.max(last, at);
  }
  return { first, last };
}

export const latencyTargets = (m: Measured): Figure[] => [
  figure("durable votes/s", m.ackedPerSecond, "votes/s"),
  figure("vote → ack p50", m.ack.p50, "ms", { op: "<=", value: 5 }),
  figure("vote → ack p99", m.ack.p99, "ms", { op: "<=", value: 60 }),
  figure("vote → projector p99", m.projector.p99, "ms", { op: "<=", value: 200 }),
];

export const throughputTargets = (m: Measured): Figure[] => [
  figure("durable votes/s", m.ackedPerSecond, "votes/s", { op: ">=", value: 10_000 }),
  figure("durable votes/s (slowest second)", m.slowestSecond, "votes/s"),
  figure("vote → ack p50", m.ack.p50, "ms"),
  figure("vote → ack p99", m.ack.p99, "ms"),
  figure("vote → projector p99", m.projector.p99, "ms"),
];

const scaleParams = (params: SteadyRateParams, scale: number): SteadyRateParams => ({
  ...params,
  voters: scaled(params.voters, scale, 10),
  durationMs: scaled(params.durationMs, scale, 1000),
});

export const latencyScenario = {
  name: "latency",
  title: "2,000 voters at 2,000 votes/s for 30 s",
  run: (context: ScenarioContext, scale: number) =>
    runSteadyRate("latency", context, scaleParams(LATENCY, scale), latencyTargets),
};

export const throughputScenario = {
  name: "throughput",
  title: "2,000 voters at 10,000 votes/s for 30 s",
  run: (context: ScenarioContext, scale: number) =>
    runSteadyRate("throughput", context, scaleParams(THROUGHPUT, scale), throughputTargets),
};
