// A projector that stops reading (a frozen laptop on bad Wi-Fi) while 2,000 voters vote at
// 2,000 votes/s: the server's memory must stay bounded and everyone else must be unaffected.
//
// A stalled projector is owed ~3 KB/s of results frames, and loopback TCP buffers ~4 MB
// before the server's own send buffer grows at all, so within a run it never reaches the
// server's limits. A second stalled client therefore floods `{type:"ping"}` frames without
// reading: every frame earns a pong or a RATE_LIMITED error frame, and once the kernel is
// full those pile up in the server, until its per-connection limit cuts the client off.
import type { Stage } from "../live-event.js";
import { type Figure, figure, MB } from "../report.js";
import { connectScreen, type Screen } from "../screens.js";
import { type ScenarioContext, scaled } from "./context.js";
import { LATENCY, latencyTargets, runSteadyRate, type SteadyRateParams } from "./steady-rate.js";

export type SlowProjectorParams = SteadyRateParams & { floodPings: number; floodRate: number };

export const SLOW_PROJECTOR: SlowProjectorParams = { ...LATENCY, seed: 6, floodPings: 300_000, floodRate: 30_000 };

const FLOOD_TICK_MS = 10;
const DRAIN_WAIT_MS = 5_000;
/** After resuming, a stalled client has read everything once its byte count stands still this long. */
const DRAINED_AFTER_MS = 500;

function stallAlongside(params: SlowProjectorParams, context: ScenarioContext) {
  return (stage: Stage) => {
    let stalled: Screen | null = null;
    let flooder: Screen | null = null;
    let pingsSent = 0;
    let floodTimer: NodeJS.Timeout | null = null;
    let floodStartedAt = 0;
    const rssAtStall = stage.sampler.sampleNow()?.rssBytes ?? Number.NaN;
    const ready = (async () => {
      stalled = await connectScreen(stage.server.wsUrl, stage.event.code, stage.poll.id, "stalled projector");
      flooder = await connectScreen(stage.server.wsUrl, stage.event.code, stage.poll.id, "stalled ping flooder");
      stalled.stall();
      flooder.stall();
      const perTick = Math.max(1, Math.round((params.floodRate * FLOOD_TICK_MS) / 1000));
      floodStartedAt = performance.now();
      floodTimer = setInterval(() => {
        const batch = Math.min(perTick, params.floodPings - pingsSent);
        flooder?.ping(batch);
        pingsSent += batch;
        if (pingsSent >= params.floodPings && floodTimer) clearInterval(floodTimer);
      }, FLOOD_TICK_MS);
    })();
    return async (): Promise<Figure[]> => {
      await ready;
      if (floodTimer) clearInterval(floodTimer);
      const peakRss = stage.sampler.peakRssBytes();
      const rssBeforeResume = stage.sampler.sampleNow()?.rssBytes ?? Number.NaN;
      const screens = [stalled, flooder].filter((s): s is Screen => s !== null);
      const resumedAt = performance.now();
      const cutOffWhileStalled = flooder?.closed();
      for (const screen of screens) screen.resume();
      let bytes = -1;
      let stillSince = performance.now();
      while (performance.now() < resumedAt + DRAIN_WAIT_MS && performance.now() - stillSince < DRAINED_AFTER_MS) {
        const now = screens.reduce((sum, screen) => sum + screen.bytesReceived(), 0);
        if (now !== bytes) stillSince = performance.now();
        bytes = now;
        await new Promise((wake) => setTimeout(wake, 50));
      }
      const projectorClosed = stalled?.closed();
      const flooderClosed = flooder?.closed();
      context.log(
        `slow-projector: stalled projector closed ${JSON.stringify(projectorClosed)}, flooder closed ${JSON.stringify(flooderClosed)}`,
      );
      for (const screen of screens) screen.close();
      return [
        figure("server RSS when stalled", rssAtStall / MB, "MB"),
        figure("server peak RSS during run", peakRss / MB, "MB"),
        figure("server RSS at end of run", rssBeforeResume / MB, "MB"),
        figure("stalled projector: bytes read in all", (stalled as Screen | null)?.bytesReceived() ?? 0, "B"),
        figure("stalled projector: cut off by the server", projectorClosed ? 1 : 0, ""),
        figure("flooder: pings sent", pingsSent, ""),
        figure("flooder: pongs read after resuming", flooder?.pongs() ?? 0, ""),
        figure("flooder: cut off by the server", flooderClosed ? 1 : 0, ""),
        figure(
          "flooder: cut off after flooding for",
          cutOffWhileStalled ? cutOffWhileStalled.at - floodStartedAt : null,
          "ms",
        ),
      ];
    };
  };
}

export const runSlowProjector = (context: ScenarioContext, params: SlowProjectorParams = SLOW_PROJECTOR) =>
  runSteadyRate("slow-projector", context, params, latencyTargets, stallAlongside(params, context));

export const slowProjectorScenario = {
  name: "slow-projector",
  title: "a projector that stops reading, during 2,000 votes/s",
  run: (context: ScenarioContext, scale: number) =>
    runSlowProjector(context, {
      ...SLOW_PROJECTOR,
      voters: scaled(SLOW_PROJECTOR.voters, scale, 10),
      durationMs: scaled(SLOW_PROJECTOR.durationMs, scale, 1000),
      floodPings: scaled(SLOW_PROJECTOR.floodPings, scale, 100),
    }),
};
