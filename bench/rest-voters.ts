// Participants voting over REST (POST …/votes), each on its own keep-alive HTTP connection
// from one of the loopback source addresses, as a phone without the live feed would. Tokens
// are made here (any well-formed token starts a participant), so no vote waits for another.
import { randomBytes } from "node:crypto";
import { Agent, request } from "node:http";
import type { ChoicePoll } from "../shared/poll.js";
import type { CastVoteResponse } from "../shared/vote.js";
import { BALLOTS } from "./ballots.js";
import { assertLoopback, VOTER_SOURCE_ADDRESSES } from "./loopback.js";
import { Samples } from "./samples.js";

const SETTLE_POLL_MS = 20;
const MAX_ERROR_SAMPLES = 5;

export type RestVoterPoolOptions = {
  baseUrl: string;
  code: string;
  poll: ChoicePoll;
  count: number;
  sourceAddresses?: readonly string[];
};

export type RestVoterPool = {
  readonly count: number;
  /** The ballot of each participant's last acknowledged vote (-1: none): what the tally must show. */
  readonly lastAckedBallot: Int8Array;
  /** Send → response, milliseconds. */
  readonly ackLatency: Samples;
  /** When each acknowledged vote's response arrived (performance.now()), in arrival order. */
  readonly ackedAt: Samples;
  readonly stats: {
    sent: number;
    acked: number;
    /** Responses other than 200, by status and error code. */
    refusals: Map<string, number>;
    ackMismatches: number;
    /** TCP connections opened: one per participant while keep-alive holds. */
    connectionsOpened: number;
    errorSamples: string[];
  };
  /** Votes sent before `at` (performance.now()) are left out of `ackLatency` and `ackedAt`: the warm-up. */
  measureFrom(at: number): void;
  /** Sends one vote (a ballot index); a participant's votes go out one after another on its connection. */
  vote(voter: number, ballot: number): boolean;
  inFlight(): number;
  /** Resolves true once every sent vote is answered, false at the timeout. */
  settled(timeoutMs: number): Promise<boolean>;
  close(): void;
};

export function createRestVoterPool(options: RestVoterPoolOptions): RestVoterPool {
  const { count, poll } = options;
  const { hostname, port } = new URL(options.baseUrl);
  assertLoopback(hostname);
  const addresses = (options.sourceAddresses ?? VOTER_SOURCE_ADDRESSES).map(assertLoopback);
  const path = `/api/events/${options.code}/polls/${poll.id}/votes`;
  const idsOf = (positions: readonly number[]) => positions.map((position) => poll.options[position]?.id ?? 0);
  const bodies = BALLOTS.map((positions) => JSON.stringify({ optionIds: idsOf(positions) }));
  const optionIdsKey = BALLOTS.map((positions) => idsOf(positions).join(","));
  // One socket per participant: its votes queue in its agent, so they are answered in order.
  const agents = Array.from({ length: count }, () => new Agent({ keepAlive: true, maxSockets: 1 }));
  const tokens = Array.from({ length: count }, () => randomBytes(32).toString("base64url"));
  const lastAckedBallot = new Int8Array(count).fill(-1);
  const ackLatency = new Samples();
  const ackedAt = new Samples();
  const stats: RestVoterPool["stats"] = {
    sent: 0,
    acked: 0,
    refusals: new Map(),
    ackMismatches: 0,
    connectionsOpened: 0,
    errorSamples: [],
  };
  const seenSockets = new WeakSet<object>();
  let inFlight = 0;
  let measuredFrom = 0;

  const noteError = (text: string) => {
    if (stats.errorSamples.length < MAX_ERROR_SAMPLES) stats.errorSamples.push(text);
  };
  const refuse = (kind: string, detail: string) => {
    stats.refusals.set(kind, (stats.refusals.get(kind) ?? 0) + 1);
    noteError(detail);
  };

  function answered(voter: number, ballot: number, sentAt: number, status: number, text: string): void {
    const now = performance.now();
    inFlight--;
    if (status !== 200) {
      let code = "?";
      try {
        code = (JSON.parse(text) as { error: { code: string } }).error.code;
      } catch {
        // not our error shape: the status says enough
      }
      refuse(`${status} ${code}`, `${status}: ${text.slice(0, 200)}`);
      return;
    }
    stats.acked++;
    if (sentAt >= measuredFrom) {
      ackLatency.add(now - sentAt);
      ackedAt.add(now);
    }
    lastAckedBallot[voter] = ballot;
    const { vote } = JSON.parse(text) as CastVoteResponse;
    const confirmed = "optionIds" in vote ? vote.optionIds.join(",") : undefined;
    if (confirmed !== optionIdsKey[ballot]) {
      stats.ackMismatches++;
      noteError(`vote confirms ${confirmed}, sent ${optionIdsKey[ballot]}`);
    }
  }

  return {
    count,
    lastAckedBallot,
    ackLatency,
    ackedAt,
    stats,
    measureFrom(at) {
      measuredFrom = at;
    },
    vote(voter, ballot) {
      const body = bodies[ballot];
      const agent = agents[voter];
      const token = tokens[voter];
      if (body === undefined || agent === undefined || token === undefined) return false;
      stats.sent++;
      inFlight++;
      const sentAt = performance.now();
      const sent = request(
        {
          agent,
          hostname,
          port,
          localAddress: addresses[voter % addresses.length],
          method: "POST",
          path,
          headers: {
            "content-type": "application/json",
            "content-length": Buffer.byteLength(body),
            "x-participant-token": token,
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.once("end", () =>
            answered(voter, ballot, sentAt, response.statusCode ?? 0, Buffer.concat(chunks).toString()),
          );
        },
      );
      sent.once("socket", (socket) => {
        if (seenSockets.has(socket)) return;
        seenSockets.add(socket);
        stats.connectionsOpened++;
      });
      sent.once("error", (error) => {
        inFlight--;
        refuse("network", `network: ${error.message}`);
      });
      sent.end(body);
      return true;
    },
    inFlight: () => inFlight,
    async settled(timeoutMs) {
      const deadline = performance.now() + timeoutMs;
      while (inFlight > 0 && performance.now() < deadline)
        await new Promise((done) => setTimeout(done, SETTLE_POLL_MS));
      return inFlight === 0;
    },
    close() {
      for (const agent of agents) agent.destroy();
    },
  };
}
