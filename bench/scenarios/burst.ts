// 10,000 voters vote at the same moment: every vote must be acked, p99 ≤ 500 ms.
import { randomBallot, seededRandom } from "../ballots.js";
import { voteAllAtOnce } from "../drive.js";
import {
  loadFigures,
  profileWindowNote,
  readStageMetrics,
  SETTLE_TIMEOUT_MS,
  stageProjectorLatency,
  startStage,
  verifyTallies,
} from "../live-event.js";
import { figure, type ScenarioResult } from "../report.js";
import { clusterFigures, workFigures } from "../server-metrics.js";
import { clusterNote, clusterOptions, type ScenarioContext, scaled, serverOptions } from "./context.js";

/** `warmUpMs`: pause between connecting and voting, so the connect storm is over. */
export const BURST = { voters: 10_000, seed: 1, warmUpMs: 1_000 };
/** --cluster: probe votes through node 1 during the burst, 100 a second for up to 4 s. */
export const BURST_LAG_PROBE = { voters: 400, rate: 100, seed: 21 };

export async function runBurst(
  context: ScenarioContext,
  { voters: count, seed, warmUpMs }: typeof BURST = BURST,
  lagProbe = BURST_LAG_PROBE,
): Promise<ScenarioResult> {
  context.log(`burst: connecting ${count} voters`);
  const stage = await startStage({
    label: "burst",
    voters: count,
    maxVotes: count,
    ...serverOptions(context),
    ...clusterOptions(context, lagProbe),
  });
  try {
    const { voters, connect } = stage;
    context.log(`burst: ${connect.connected} connected in ${Math.round(connect.durationMs)} ms; voting`);
    await new Promise((settle) => setTimeout(settle, warmUpMs));
    const random = seededRandom(seed);
    const metricsBefore = await readStageMetrics(stage);
    stage.loopDelay.reset();
    // A reading right at the start, so that even a short window has one on each side.
    stage.sampler.sampleNow();
    stage.lagProbe?.start();
    const run = voteAllAtOnce(voters, () => randomBallot(random));
    await voters.settled(SETTLE_TIMEOUT_MS);
    stage.lagProbe?.stop();
    const metricsAfter = await readStageMetrics(stage);
    const checks = await verifyTallies(stage, { voteOnce: true });
    const lag = await stage.lagProbe?.finish();
    const metricsEnd = stage.database ? await readStageMetrics(stage) : null;
    let lastAck = run.startedAt;
    for (let id = 0; id < voters.stats.sent; id++) lastAck = Math.max(lastAck, voters.ledger.answeredAt[id] ?? 0);
    const ack = voters.ackLatency.summary();
    const projector = stageProjectorLatency(stage);
    const toProjector = projector.latency.summary();
    const nodes = context.nodes;
    return {
      scenario: "burst",
      title: `${count.toLocaleString("en-US")} voters vote at the same moment${nodes ? ` over ${nodes} node(s)` : ""}`,
      ok: [...checks, ...(lag?.checks ?? [])].every((c) => c.ok),
      figures: [
        figure("voters connected", connect.connected, "", { op: ">=", value: count }),
        figure("connect all, wall time", connect.durationMs, "ms"),
        figure("connection setup p50", connect.setup.p50, "ms"),
        figure("connection setup p99", connect.setup.p99, "ms"),
        figure("votes sent", run.sent, ""),
        figure("votes acked", voters.stats.acked, "", { op: ">=", value: count }),
        figure("send loop duration", run.endedAt - run.startedAt, "ms"),
        figure("vote → ack p50", ack.p50, "ms"),
        figure("vote → ack p99", ack.p99, "ms", { op: "<=", value: 500 }),
        figure("vote → ack max", ack.max, "ms"),
        figure("first vote sent → last ack", lastAck - run.startedAt, "ms"),
        figure("vote → projector p50", toProjector.p50, "ms"),
        figure("vote → projector p99", toProjector.p99, "ms"),
        figure("projector results frames", stage.projector.frameAt.count, ""),
        ...(lag?.figures ?? []),
        ...loadFigures(stage, run.startedAt, lastAck),
        ...workFigures(metricsBefore, metricsAfter, lastAck - run.startedAt),
        ...clusterFigures(metricsBefore, metricsEnd),
      ],
      checks: [
        ...checks,
        { name: "projector showed every vote", ok: projector.unseen === 0, detail: `${projector.unseen} never shown` },
        ...(lag?.checks ?? []),
      ],
      notes: [...(nodes ? [clusterNote(nodes)] : []), profileWindowNote(stage, run.startedAt, lastAck)],
    };
  } finally {
    await stage.teardown();
  }
}

export const burstScenario = {
  name: "burst",
  title: "10,000 voters vote once, as fast as possible",
  run: (context: ScenarioContext, scale: number) =>
    runBurst(
      context,
      { ...BURST, voters: scaled(BURST.voters, scale, 10) },
      { ...BURST_LAG_PROBE, voters: scaled(BURST_LAG_PROBE.voters, scale, 10) },
    ),
};
