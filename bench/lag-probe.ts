// Cross-node projector lag (`--cluster N`): a vote acked on node 1 → the results frame that shows
// it on a projector connected to another node. A poll of its own, in an event of its own, gets
// first votes only through node 1, a steady trickle while the scenario's load runs; a projector on
// every node watches it. As only node 1's votes change that poll, and every node applies node 1's
// changes in their order, the k-th vote acked on node 1 is on a projector once that shows k
// respondents: every sample is exact, which the main poll, voted on through every node, does not allow.
import { randomBallot, seededRandom } from "./ballots.js";
import { waitUntilEverywhere } from "./cluster.js";
import { type Check, check, type Figure, figure } from "./report.js";
import { createEvent, openPickTwoOfSix } from "./rest.js";
import { Samples } from "./samples.js";
import { connectScreen, type Screen } from "./screens.js";
import type { ServerProcess } from "./server-process.js";
import { createVoterPool, type VoterPool } from "./voters.js";

/** The SPEC's promise for a change to reach the screens (docs/api.md): 250 ms, also across nodes. */
export const CROSS_NODE_LAG_TARGET_MS = 250;
const TICK_MS = 5;
const CATCH_UP_MS = 5_000;

export type LagProbeOptions = {
  /** Probe voters, each voting once: at `rate` per second they last voters / rate seconds. */
  voters: number;
  rate: number;
  seed: number;
};

export type LagProbe = {
  readonly code: string;
  readonly pollId: number;
  /** One projector per node; the first is on node 1, where the probe votes arrive. */
  readonly projectors: readonly Screen[];
  readonly voters: VoterPool;
  /** Starts the trickle of first votes (until stop, or until every probe voter has voted). */
  start(): void;
  stop(): void;
  /** Once every probe vote is answered and shown: the lag figures and the probe's own checks. */
  finish(): Promise<{ figures: Figure[]; checks: Check[] }>;
  close(): void;
};

export async function startLagProbe(servers: readonly ServerProcess[], options: LagProbeOptions): Promise<LagProbe> {
  const [home] = servers;
  if (!home) throw new Error("the lag probe needs a node");
  const event = await createEvent(home.baseUrl, "Benchmark lag probe");
  const poll = await openPickTwoOfSix(home.baseUrl, event);
  await waitUntilEverywhere(servers, event.code, poll.id);
  const projectors: Screen[] = [];
  const voters = createVoterPool({
    wsUrl: home.wsUrl,
    code: event.code,
    poll,
    count: options.voters,
    maxVotes: options.voters,
  });
  try {
    for (const [index, server] of servers.entries()) {
      projectors.push(await connectScreen(server.wsUrl, event.code, poll.id, `lag projector on node ${index + 1}`));
    }
    await voters.connect();
  } catch (error) {
    for (const screen of projectors) screen.close();
    voters.close();
    throw error;
  }
  const random = seededRandom(options.seed);
  let timer: NodeJS.Timeout | undefined;
  let next = 0;
  return {
    code: event.code,
    pollId: poll.id,
    projectors,
    voters,
    start() {
      const startedAt = performance.now();
      timer = setInterval(() => {
        const due = Math.min(options.voters, Math.floor(((performance.now() - startedAt) * options.rate) / 1000));
        while (next < due) voters.vote(next++, randomBallot(random));
        if (next >= options.voters) clearInterval(timer);
      }, TICK_MS);
    },
    stop: () => clearInterval(timer),
    async finish() {
      const settled = await voters.settled(CATCH_UP_MS);
      const acked = voters.stats.acked;
      const caughtUp = await Promise.all(
        projectors.map((screen) => screen.waitFor((results) => results.respondents >= acked, CATCH_UP_MS)),
      );
      const { local, remote, unseen } = lagSamples(voters, projectors);
      const near = local.summary();
      const far = remote.summary();
      const figures = [
        figure("probe votes acked on node 1", acked, ""),
        ...(projectors.length > 1
          ? [
              figure("ack on node 1 → projector on another node p50", far.p50, "ms"),
              figure("ack on node 1 → projector on another node p99", far.p99, "ms", {
                op: "<=",
                value: CROSS_NODE_LAG_TARGET_MS,
              }),
              figure("ack on node 1 → projector on another node max", far.max, "ms"),
            ]
          : []),
        figure("ack on node 1 → projector on node 1 p50", near.p50, "ms"),
        figure("ack on node 1 → projector on node 1 p99", near.p99, "ms"),
      ];
      const checks = [
        check(
          "probe votes all acked",
          settled && voters.stats.errorFrames.size === 0,
          voters.stats.errorSamples.join(" | "),
        ),
        check(
          "every node's projector showed every probe vote",
          caughtUp.every(Boolean) && unseen === 0,
          `${unseen} never shown; ${projectors.map((s) => `${s.name}: ${s.latest()?.respondents ?? "none"}`).join(", ")}, acked ${acked}`,
        ),
      ];
      return { figures, checks };
    },
    close() {
      clearInterval(timer);
      for (const screen of projectors) screen.close();
      voters.close();
    },
  };
}

/**
 * Per probe vote and projector: the arrival of the first frame showing it minus the arrival of
 * its ack. Node 1's own projector ("local") is kept apart from the other nodes' ("remote").
 */
function lagSamples(
  voters: VoterPool,
  projectors: readonly Screen[],
): { local: Samples; remote: Samples; unseen: number } {
  const { ledger } = voters;
  const ackedAt: number[] = [];
  for (let id = 0; id < voters.stats.sent; id++) {
    if (ledger.outcome[id] === 1 && ledger.first[id]) ackedAt.push(ledger.answeredAt[id] ?? 0);
  }
  ackedAt.sort((a, b) => a - b);
  const local = new Samples();
  const remote = new Samples();
  let unseen = 0;
  for (const [index, screen] of projectors.entries()) {
    const samples = index === 0 ? local : remote;
    let frame = 0;
    for (let k = 0; k < ackedAt.length; k++) {
      while (frame < screen.frameRespondents.count && screen.frameRespondents.at(frame) < k + 1) frame++;
      if (frame >= screen.frameRespondents.count) {
        unseen += ackedAt.length - k;
        break;
      }
      // A frame can leave node 1 before the ack does (both follow the COMMIT): no negative lag.
      samples.add(Math.max(0, screen.frameAt.at(frame) - (ackedAt[k] ?? 0)));
    }
  }
  return { local, remote, unseen };
}
