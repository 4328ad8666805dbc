// The audience: N real WebSocket voters on one event, connected in a bounded window over
// several loopback source addresses. Each vote's send time, ballot and ack time go into flat
// typed arrays (the ledger), so a vote costs no objects. Results frames, which the server
// sends ten times a second to every voter, are recognised by their first bytes and never
// parsed: the generator shares two cores with the server and must stay cheap.
import WebSocket, { type RawData } from "ws";
import type { HelloMessage, ServerMessage } from "../shared/messages.js";
import type { ChoicePoll } from "../shared/poll.js";
import { voteFrames } from "./ballots.js";
import { isResultsFrame } from "./live-phone.js";
import { assertLoopback, VOTER_SOURCE_ADDRESSES } from "./loopback.js";
import { Samples, type Summary } from "./samples.js";

/** Handshakes in flight at once: "batches" that never overrun the server's accept backlog. */
export const CONNECT_CONCURRENCY = 200;
const HANDSHAKE_TIMEOUT_MS = 20_000;
const SETTLE_POLL_MS = 20;
/** A new voter's first frame, as the voter page sends it: no token yet, so the server issues one. */
const HELLO_FRAME = JSON.stringify({ type: "hello" } satisfies HelloMessage);
const MAX_ERROR_SAMPLES = 5;

export type VoterPoolOptions = {
  /** The server; with several nodes, voter i connects to node i mod N (round robin). */
  wsUrl: string | readonly string[];
  code: string;
  poll: ChoicePoll;
  count: number;
  /** Capacity of the ledger: votes beyond it are not sent (counted as `refused`). */
  maxVotes: number;
  sourceAddresses?: readonly string[];
};

export type ConnectReport = { connected: number; failed: number; durationMs: number; setup: Summary };

/** Per vote, indexed by its requestId. */
export type VoteLedger = {
  sentAt: Float64Array;
  /** 0 until the ack (or error frame) arrives. */
  answeredAt: Float64Array;
  /** 0 pending, 1 acknowledged, 2 answered with an error frame. */
  outcome: Uint8Array;
  voter: Int32Array;
  ballot: Int8Array;
  /** 1 when this was the voter's first vote: the one that adds a respondent. */
  first: Uint8Array;
};

export type VoterPool = {
  readonly count: number;
  readonly ledger: VoteLedger;
  /** Participant tokens from the snapshots, by voter. */
  readonly tokens: (string | null)[];
  /** The ballot of each voter's last acknowledged vote (-1: none): what the tally must show. */
  readonly lastAckedBallot: Int8Array;
  /** Send → ack, milliseconds. */
  readonly ackLatency: Samples;
  /** Voters' first votes in the order their acks arrived: send times (for projector latency). */
  readonly firstVoteSentAt: Samples;
  readonly stats: {
    sent: number;
    acked: number;
    refused: number;
    errorFrames: Map<string, number>;
    ackMismatches: number;
    unexpectedCloses: number;
    resultsFramesSeen: number;
    errorSamples: string[];
  };
  connect(): Promise<ConnectReport>;
  /** Sends one vote (a ballot index); false when not sent. */
  vote(voter: number, ballot: number): boolean;
  inFlight(): number;
  isOpen(voter: number): boolean;
  /** Resolves true once every sent vote is answered, false at the timeout. */
  settled(timeoutMs: number): Promise<boolean>;
  /** Acks whose arrival lies in [from, to) (performance.now()). */
  ackedBetween(from: number, to: number): number;
  close(): void;
};

export function createVoterPool(options: VoterPoolOptions): VoterPool {
  const { count, maxVotes, poll } = options;
  const addresses = (options.sourceAddresses ?? VOTER_SOURCE_ADDRESSES).map(assertLoopback);
  const urls = (typeof options.wsUrl === "string" ? [options.wsUrl] : options.wsUrl).map(
    (wsUrl) => `${wsUrl}/api/events/${options.code}/live`,
  );
  const { frameTail, optionIdsKey } = voteFrames(poll);
  const ledger: VoteLedger = {
    sentAt: new Float64Array(maxVotes),
    answeredAt: new Float64Array(maxVotes),
    outcome: new Uint8Array(maxVotes),
    voter: new Int32Array(maxVotes),
    ballot: new Int8Array(maxVotes),
    first: new Uint8Array(maxVotes),
  };
  const sockets: (WebSocket | null)[] = new Array(count).fill(null);
  const tokens: (string | null)[] = new Array(count).fill(null);
  const votesSent = new Int32Array(count);
  const lastAckedBallot = new Int8Array(count).fill(-1);
  const ackLatency = new Samples();
  const firstVoteSentAt = new Samples();
  const stats: VoterPool["stats"] = {
    sent: 0,
    acked: 0,
    refused: 0,
    errorFrames: new Map(),
    ackMismatches: 0,
    unexpectedCloses: 0,
    resultsFramesSeen: 0,
    errorSamples: [],
  };
  let inFlight = 0;
  let closing = false;

  const noteError = (text: string) => {
    if (stats.errorSamples.length < MAX_ERROR_SAMPLES) stats.errorSamples.push(text);
  };

  function onAck(requestId: unknown, optionIds: readonly number[] | undefined, now: number): void {
    if (typeof requestId !== "number" || requestId < 0 || requestId >= stats.sent || ledger.answeredAt[requestId]) {
      stats.ackMismatches++;
      noteError(`unexpected ack ${String(requestId)}`);
      return;
    }
    ledger.answeredAt[requestId] = now;
    ledger.outcome[requestId] = 1;
    inFlight--;
    stats.acked++;
    ackLatency.add(now - (ledger.sentAt[requestId] ?? now));
    const ballot = ledger.ballot[requestId] ?? -1;
    // Acks on one socket arrive in the order its votes were sent, so this is the voter's latest.
    lastAckedBallot[ledger.voter[requestId] ?? 0] = ballot;
    if (ledger.first[requestId]) firstVoteSentAt.add(ledger.sentAt[requestId] ?? now);
    if (optionIds?.join(",") !== optionIdsKey[ballot]) {
      stats.ackMismatches++;
      noteError(`ack ${requestId} confirms ${JSON.stringify(optionIds)}, sent ${optionIdsKey[ballot]}`);
    }
  }

  function onError(requestId: unknown, code: string, message: string, now: number): void {
    stats.errorFrames.set(code, (stats.errorFrames.get(code) ?? 0) + 1);
    noteError(`${code}: ${message}`);
    if (typeof requestId === "number" && requestId >= 0 && requestId < stats.sent && !ledger.answeredAt[requestId]) {
      ledger.answeredAt[requestId] = now;
      ledger.outcome[requestId] = 2;
      inFlight--;
    }
  }

  function connectOne(index: number, setup: Samples): Promise<boolean> {
    const started = performance.now();
    const localAddress = addresses[index % addresses.length];
    return new Promise((done) => {
      let greeted = false;
      const socket = new WebSocket(urls[index % urls.length] ?? "", {
        localAddress,
        perMessageDeflate: false,
        handshakeTimeout: HANDSHAKE_TIMEOUT_MS,
      });
      socket.once("open", () => socket.send(HELLO_FRAME));
      socket.on("message", (data: RawData) => {
        const bytes = data as Buffer;
        if (isResultsFrame(bytes)) {
          stats.resultsFramesSeen++;
          return;
        }
        const now = performance.now();
        const message = JSON.parse(bytes.toString()) as ServerMessage;
        switch (message.type) {
          case "snapshot":
            if (!greeted) {
              greeted = true;
              tokens[index] = message.participantToken;
              sockets[index] = socket;
              setup.add(now - started);
              done(true);
            }
            return;
          case "ack":
            onAck(
              message.requestId,
              "vote" in message && "optionIds" in message.vote ? message.vote.optionIds : undefined,
              now,
            );
            return;
          case "error":
            onError(message.requestId, message.code, message.message, now);
            return;
          default:
            return;
        }
      });
      socket.on("error", (error) => {
        if (!greeted) noteError(`connect: ${error.message}`);
      });
      socket.on("unexpected-response", (_request, response) => {
        noteError(`upgrade refused: ${response.statusCode}`);
        socket.terminate();
      });
      socket.on("close", () => {
        sockets[index] = null;
        if (!greeted) done(false);
        else if (!closing) stats.unexpectedCloses++;
      });
    });
  }

  return {
    count,
    ledger,
    tokens,
    lastAckedBallot,
    ackLatency,
    firstVoteSentAt,
    stats,
    async connect() {
      const setup = new Samples();
      const started = performance.now();
      let next = 0;
      let failed = 0;
      const worker = async () => {
        while (next < count) if (!(await connectOne(next++, setup))) failed++;
      };
      await Promise.all(Array.from({ length: Math.min(CONNECT_CONCURRENCY, count) }, worker));
      return { connected: count - failed, failed, durationMs: performance.now() - started, setup: setup.summary() };
    },
    vote(voter, ballot) {
      const socket = sockets[voter];
      if (!socket || socket.readyState !== WebSocket.OPEN) return false;
      const requestId = stats.sent;
      if (requestId >= maxVotes) {
        stats.refused++;
        return false;
      }
      stats.sent++;
      inFlight++;
      ledger.voter[requestId] = voter;
      ledger.ballot[requestId] = ballot;
      ledger.first[requestId] = votesSent[voter] === 0 ? 1 : 0;
      votesSent[voter] = (votesSent[voter] ?? 0) + 1;
      ledger.sentAt[requestId] = performance.now();
      socket.send(`{"type":"vote","requestId":${requestId}${frameTail[ballot]}`);
      return true;
    },
    inFlight: () => inFlight,
    isOpen: (voter) => sockets[voter]?.readyState === WebSocket.OPEN,
    async settled(timeoutMs) {
      const deadline = performance.now() + timeoutMs;
      while (inFlight > 0 && performance.now() < deadline)
        await new Promise((done) => setTimeout(done, SETTLE_POLL_MS));
      return inFlight === 0;
    },
    ackedBetween(from, to) {
      let acked = 0;
      for (let id = 0; id < stats.sent; id++) {
        const at = ledger.answeredAt[id] ?? 0;
        if (ledger.outcome[id] === 1 && at >= from && at < to) acked++;
      }
      return acked;
    },
    close() {
      closing = true;
      for (const socket of sockets) socket?.terminate();
    },
  };
}
