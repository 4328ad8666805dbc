// Participants re-voting over REST at a fixed offered rate, each on its own keep-alive
// connection: how fast the REST vote route answers (vote → 200 after commit), and how much
// server CPU one vote costs there. The projector and REST results must equal the acked votes.
import { randomBallot, seededRandom, tallyOf } from "../ballots.js";
import { voteAtRate } from "../drive.js";
import { startSampler } from "../proc-stats.js";
import { check, type Figure, figure, MB, type ScenarioResult } from "../report.js";
import { createEvent, fetchResults, openPickTwoOfSix } from "../rest.js";
import { createRestVoterPool } from "../rest-voters.js";
import { connectScreen } from "../screens.js";
import { readMetrics, workFigures } from "../server-metrics.js";
import { scratchDirectory, startServer } from "../server-process.js";
import { type ScenarioContext, scaled, serverOptions } from "./context.js";

export type RestVotesParams = {
  participants: number;
  rate: number;
  durationMs: number;
  /** Open-loop cap: beyond this many unanswered votes, due votes are skipped (and counted). */
  maxInFlight: number;
  seed: number;
  /** Pause after every participant's first vote (its connection opened, the server warmed up). */
  warmUpMs: number;
};

/** 1,000 votes/s over 300 participants is about 3 votes/s each: under the per-participant vote limit. */
export const REST_VOTES: RestVotesParams = {
  participants: 300,
  rate: 1_000,
  durationMs: 20_000,
  maxInFlight: 5_000,
  seed: 21,
  warmUpMs: 1_000,
};

const SETTLE_TIMEOUT_MS = 30_000;
const SCREEN_CATCH_UP_MS = 5_000;

export async function runRestVotes(
  context: ScenarioContext,
  params: RestVotesParams = REST_VOTES,
): Promise<ScenarioResult> {
  const scratch = scratchDirectory("rest-votes");
  const undo: (() => unknown)[] = [() => scratch.remove()];
  try {
    const server = await startServer({
      databasePath: `${scratch.dir}/handzeichen.db`,
      label: "rest-votes",
      ...serverOptions(context),
    });
    undo.push(() => server.stop());
    const sampler = startSampler(server.pid);
    undo.push(() => sampler.stop());
    const event = await createEvent(server.baseUrl, "Benchmark rest-votes");
    const poll = await openPickTwoOfSix(server.baseUrl, event);
    const projector = await connectScreen(server.wsUrl, event.code, poll.id, "projector");
    undo.push(() => projector.close());
    const voters = createRestVoterPool({ baseUrl: server.baseUrl, code: event.code, poll, count: params.participants });
    undo.push(() => voters.close());
    context.log(`rest-votes: ${params.participants} participants, ${params.rate} votes/s for ${params.durationMs} ms`);

    const random = seededRandom(params.seed);
    for (let voter = 0; voter < params.participants; voter++) voters.vote(voter, randomBallot(random));
    await voters.settled(SETTLE_TIMEOUT_MS);
    await new Promise((settle) => setTimeout(settle, params.warmUpMs));
    const warmUpVotes = voters.stats.acked;
    let next = 0;
    const metricsBefore = await readMetrics(server.baseUrl);
    sampler.sampleNow();
    voters.measureFrom(performance.now());
    const run = await voteAtRate(voters, {
      rate: params.rate,
      durationMs: params.durationMs,
      maxInFlight: params.maxInFlight,
      next: () => ({ voter: next++ % params.participants, ballot: randomBallot(random) }),
    });
    const settled = await voters.settled(SETTLE_TIMEOUT_MS);
    const lastAck = voters.ackedAt.count > 0 ? voters.ackedAt.at(voters.ackedAt.count - 1) : run.endedAt;
    const windowEnd = Math.max(run.endedAt, lastAck);
    sampler.sampleNow();
    const metricsAfter = await readMetrics(server.baseUrl);
    const serverCpu = sampler.cpuPercent(run.startedAt, windowEnd);
    const serverCpuSeconds = (serverCpu * (windowEnd - run.startedAt)) / 100_000;

    const expected = tallyOf(voters.lastAckedBallot);
    const wanted = `${expected.respondents} respondents, counts ${expected.counts.join("/")}`;
    const sameCounts = (results: { respondents: number; options: { count: number }[] } | null) =>
      results !== null &&
      results.respondents === expected.respondents &&
      results.options.every((option, position) => option.count === expected.counts[position]);
    const onProjector = await projector.waitFor(sameCounts, SCREEN_CATCH_UP_MS);
    const rest = await fetchResults(server.baseUrl, event.code, poll.id);
    const restChoice = rest.type === "choice" ? rest : null;
    const refusals = [...voters.stats.refusals].map(([kind, n]) => `${kind}×${n}`).join(", ");
    const ack = voters.ackLatency.summary();
    const { stats } = voters;
    const figures: Figure[] = [
      figure("participants", params.participants, ""),
      figure("TCP connections opened", stats.connectionsOpened, ""),
      figure("offered rate", params.rate, "votes/s"),
      figure("votes sent", run.sent, ""),
      figure("votes skipped (in-flight cap)", run.skipped, ""),
      figure("most votes in flight", run.maxInFlight, ""),
      figure("votes acked (after the warm-up)", stats.acked - warmUpVotes, ""),
      figure("durable votes/s", (1000 * (stats.acked - warmUpVotes)) / (windowEnd - run.startedAt), "votes/s"),
      figure("vote → 200 p50", ack.p50, "ms"),
      figure("vote → 200 p90", ack.p90, "ms"),
      figure("vote → 200 p99", ack.p99, "ms"),
      figure("vote → 200 max", ack.max, "ms"),
      figure("last answer after the last send", lastAck - run.endedAt, "ms"),
      figure("server CPU time", serverCpuSeconds, "s"),
      // The route's cost: CPU time barely moves when others share the cores, unlike latency.
      figure("server CPU per vote", run.sent > 0 ? (1e6 * serverCpuSeconds) / run.sent : null, "µs"),
      figure("server CPU", serverCpu, "%"),
      figure("generator CPU", sampler.generatorPercent(run.startedAt, windowEnd), "%"),
      figure(
        "other processes CPU",
        Math.max(
          0,
          sampler.machinePercent(run.startedAt, windowEnd) -
            serverCpu -
            sampler.generatorPercent(run.startedAt, windowEnd),
        ),
        "%",
      ),
      figure("server peak RSS", sampler.peakRssBytes() / MB, "MB"),
      ...workFigures(metricsBefore, metricsAfter, windowEnd - run.startedAt),
    ];
    const checks = [
      check("every vote answered", settled, `${voters.inFlight()} of ${stats.sent} unanswered`),
      check("no vote refused", stats.refusals.size === 0, `${refusals}; ${stats.errorSamples.join(" | ")}`),
      check("answers confirm the ballots sent", stats.ackMismatches === 0, stats.errorSamples.join(" | ")),
      check(
        "one keep-alive connection per participant",
        stats.connectionsOpened === params.participants,
        `${stats.connectionsOpened} connections for ${params.participants} participants`,
      ),
      check(
        "REST results = acked votes",
        sameCounts(restChoice),
        `REST ${restChoice ? `${restChoice.respondents} respondents, counts ${restChoice.options.map((o) => o.count).join("/")}` : "none"}, expected ${wanted}`,
      ),
      check("projector shows the acked votes", onProjector, `expected ${wanted}`),
    ];
    return {
      scenario: "rest-votes",
      title: `${params.participants} participants voting over REST at ${params.rate.toLocaleString("en-US")} votes/s for ${params.durationMs / 1000} s`,
      ok: checks.every((c) => c.ok),
      figures,
      checks,
      notes: [
        `measured window for bench:profile: --from ${Math.round(run.startedAt - server.spawnedAt)} --to ${Math.round(windowEnd - server.spawnedAt)}`,
      ],
    };
  } finally {
    for (const step of undo.reverse()) await step();
  }
}

export const restVotesScenario = {
  name: "rest-votes",
  title: "300 participants voting over keep-alive REST at 1,000 votes/s for 20 s",
  run: (context: ScenarioContext, scale: number) =>
    runRestVotes(context, {
      ...REST_VOTES,
      // Fewer participants, proportionally fewer votes: each stays under the vote limit.
      participants: scaled(REST_VOTES.participants, scale, 10),
      rate: scaled(REST_VOTES.rate, scale, 10),
      durationMs: scaled(REST_VOTES.durationMs, scale, 1000),
    }),
};
