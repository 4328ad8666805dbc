// The projector and the overlay: screen clients (?role=screen) that parse every frame and
// keep when each results frame arrived and what it showed. A screen can also stall (stop
// reading its socket, like a projector on a frozen laptop) and resume later.
import WebSocket, { type RawData } from "ws";
import type { ServerMessage } from "../shared/messages.js";
import type { ChoiceResults } from "../shared/results.js";
import { assertLoopback, SERVER_HOST } from "./loopback.js";
import { Samples } from "./samples.js";

const CONNECT_TIMEOUT_MS = 10_000;
const WAIT_POLL_MS = 10;

export type Screen = {
  name: string;
  /** Arrival (performance.now()) and respondents of every results frame of the poll. */
  frameAt: Samples;
  frameRespondents: Samples;
  /** The newest results of the poll, from the snapshot or a results frame. */
  latest: () => ChoiceResults | null;
  bytesReceived: () => number;
  pongs: () => number;
  closed: () => { code: number; at: number } | null;
  /** Stops reading: the server's writes pile up in the kernel, then in the server. */
  stall(): void;
  resume(): void;
  /** Sends `{type:"ping"}` frames; each asks the server for a pong. */
  ping(count: number): void;
  /** Resolves true once the newest results satisfy `done`, false at the timeout. */
  waitFor(done: (results: ChoiceResults) => boolean, timeoutMs: number): Promise<boolean>;
  close(): void;
};

export function connectScreen(wsUrl: string, code: string, pollId: number, name: string): Promise<Screen> {
  const frameAt = new Samples();
  const frameRespondents = new Samples();
  let latest: ChoiceResults | null = null;
  let bytes = 0;
  let pongs = 0;
  let closed: { code: number; at: number } | null = null;
  const socket = new WebSocket(`${wsUrl}/api/events/${code}/live?role=screen`, {
    localAddress: assertLoopback(SERVER_HOST),
    perMessageDeflate: false,
    handshakeTimeout: CONNECT_TIMEOUT_MS,
  });
  const take = (results: ChoiceResults, at: number | null) => {
    if (results.pollId !== pollId) return;
    latest = results;
    if (at === null) return;
    frameAt.add(at);
    frameRespondents.add(results.respondents);
  };
  const screen: Screen = {
    name,
    frameAt,
    frameRespondents,
    latest: () => latest,
    bytesReceived: () => bytes,
    pongs: () => pongs,
    closed: () => closed,
    stall: () => socket.pause(),
    resume: () => socket.resume(),
    ping(count) {
      for (let i = 0; i < count && socket.readyState === WebSocket.OPEN; i++) socket.send('{"type":"ping"}');
    },
    async waitFor(done, timeoutMs) {
      const deadline = performance.now() + timeoutMs;
      for (;;) {
        const now = latest;
        if (now && done(now)) return true;
        if (performance.now() >= deadline) return false;
        await new Promise((wake) => setTimeout(wake, WAIT_POLL_MS));
      }
    },
    close: () => socket.terminate(),
  };
  return new Promise((resolve, reject) => {
    let greeted = false;
    socket.on("message", (data: RawData) => {
      const at = performance.now();
      bytes += (data as Buffer).length;
      const message = JSON.parse(data.toString()) as ServerMessage;
      switch (message.type) {
        case "snapshot": {
          const results = message.results[pollId];
          if (results?.type === "choice") take(results, null);
          if (!greeted) {
            greeted = true;
            resolve(screen);
          }
          return;
        }
        case "results":
          if (message.results.type === "choice") take(message.results, at);
          return;
        case "pong":
          pongs++;
          return;
        default:
          return;
      }
    });
    socket.on("error", (error) => {
      if (!greeted) reject(error);
    });
    socket.on("close", (code) => {
      closed = { code, at: performance.now() };
      if (!greeted) reject(new Error(`${name} closed before its snapshot (${code})`));
    });
  });
}

/**
 * Vote → projector latency. Voters' first votes are the only ones that raise `respondents`,
 * and a results frame shows whole commit batches (the server tallies a batch before any frame
 * is built), so the k-th first vote to be acknowledged is on the projector once a frame shows
 * at least k respondents. Returns, per first vote, that frame's arrival minus the vote's send
 * time, and how many first votes no frame ever showed.
 */
export function projectorLatency(firstVoteSentAt: Samples, screen: Screen): { latency: Samples; unseen: number } {
  const latency = new Samples();
  let frame = 0;
  let unseen = 0;
  for (let k = 0; k < firstVoteSentAt.count; k++) {
    while (frame < screen.frameRespondents.count && screen.frameRespondents.at(frame) < k + 1) frame++;
    if (frame >= screen.frameRespondents.count) {
      unseen = firstVoteSentAt.count - k;
      break;
    }
    latency.add(Math.max(0, screen.frameAt.at(frame) - firstVoteSentAt.at(k)));
  }
  return { latency, unseen };
}
