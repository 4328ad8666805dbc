// 10,000 voters connected and idle: how much memory does the server need to hold them?
import { startStage } from "../live-event.js";
import { figure, MB, type ScenarioResult } from "../report.js";
import { memoryFigures, readMetrics } from "../server-metrics.js";
import { type ScenarioContext, scaled, serverOptions } from "./context.js";

export const IDLE = { voters: 10_000, idleMs: 10_000 };

export async function runIdle(context: ScenarioContext, { voters: count, idleMs } = IDLE): Promise<ScenarioResult> {
  context.log(`idle: connecting ${count} voters`);
  const stage = await startStage({ label: "idle", voters: count, maxVotes: 1, ...serverOptions(context) });
  try {
    const { connect, sampler } = stage;
    const connectedAt = performance.now();
    context.log(`idle: ${connect.connected} connected in ${Math.round(connect.durationMs)} ms; idling ${idleMs} ms`);
    await new Promise((settle) => setTimeout(settle, idleMs));
    const idleEnd = performance.now();
    const sample = sampler.sampleNow();
    const rss = sample?.rssBytes ?? Number.NaN;
    const metrics = await readMetrics(stage.server.baseUrl);
    const perConnection = (rss - stage.rssBeforeVoters) / Math.max(1, connect.connected);
    const lost = stage.voters.stats.unexpectedCloses;
    return {
      scenario: "idle",
      title: `${count.toLocaleString("en-US")} idle voter connections`,
      ok: connect.failed === 0 && lost === 0,
      figures: [
        figure("voters connected", connect.connected, "", { op: ">=", value: count }),
        figure("connect all, wall time", connect.durationMs, "ms"),
        figure("connections per second", (1000 * connect.connected) / connect.durationMs, "/s"),
        figure("connection setup p50", connect.setup.p50, "ms"),
        figure("connection setup p99", connect.setup.p99, "ms"),
        figure("server RSS before voters", stage.rssBeforeVoters / MB, "MB"),
        figure(`server RSS after ${idleMs / 1000} s idle`, rss / MB, "MB", { op: "<=", value: 200 }),
        figure("server peak RSS", sampler.peakRssBytes() / MB, "MB"),
        figure("server RSS per connection", perConnection / 1024, "KB"),
        figure("of the RSS: anonymous (heap, buffers)", (sample?.anonBytes ?? Number.NaN) / MB, "MB"),
        ...memoryFigures(metrics),
        figure("server CPU while idle", sampler.cpuPercent(connectedAt, idleEnd), "%"),
        figure("generator RSS", process.memoryUsage.rss() / MB, "MB"),
      ],
      checks: [
        { name: "every voter connected", ok: connect.failed === 0, detail: `${connect.failed} failed` },
        { name: "no voter disconnected while idle", ok: lost === 0, detail: `${lost} closed` },
      ],
      notes: [],
    };
  } finally {
    await stage.teardown();
  }
}

export const idleScenario = {
  name: "idle",
  title: "10,000 idle connections (memory)",
  run: (context: ScenarioContext, scale: number) =>
    runIdle(context, { voters: scaled(IDLE.voters, scale, 10), idleMs: scaled(IDLE.idleMs, scale, 1000) }),
};
