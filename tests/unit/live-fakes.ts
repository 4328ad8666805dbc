// Stand-ins for ws sockets, for unit tests of the live side on a fake clock: open, recording
// every frame with the time it was sent, with as many unsent bytes as the test says. The
// connections around them are built by the live side's own openConnection.
import type { WebSocket } from "ws";
import { DEFAULT_TUNING } from "../../server/config.js";
import { type Connection, openConnection } from "../../server/live/connection.js";
import type { StoredEvent } from "../../server/store/events.js";

const OPEN = 1;
const CLOSED = 3;

export type FakeSocket = {
  OPEN: number;
  readyState: number;
  /** Unsent bytes, as ws reports them: set by the test to play a slow reader. */
  bufferedAmount: number;
  /** Every frame sent, with Date.now() (the fake clock) at the time. */
  sent: { at: number; frame: string | Buffer }[];
  terminated: boolean;
  send(frame: string | Buffer): void;
  terminate(): void;
  close(): void;
  ping(): void;
  on(): void;
};

export function fakeSocket(): FakeSocket {
  return {
    OPEN,
    readyState: OPEN,
    bufferedAmount: 0,
    sent: [],
    terminated: false,
    send(frame) {
      this.sent.push({ at: Date.now(), frame });
    },
    terminate() {
      this.terminated = true;
      this.readyState = CLOSED;
    },
    close() {
      this.readyState = CLOSED;
    },
    ping() {},
    on() {},
  };
}

const EVENT = { code: "kurze-wege" } as StoredEvent;
const FRAME_LIMIT = { burst: DEFAULT_TUNING.connectionFrameBurst, perSecond: DEFAULT_TUNING.connectionFramesPerSecond };

/** A connection of the event "kurze-wege" on a fake socket: a phone, or a projector/overlay. */
export function fakeConnection(socket: FakeSocket, role: "voter" | "screen"): Connection {
  return openConnection(
    socket as unknown as WebSocket,
    EVENT,
    role === "screen" ? { role: "screen" } : {},
    "192.0.2.1",
    DEFAULT_TUNING.maxQueuedBytes,
    FRAME_LIMIT,
  );
}

/** The results frames a socket got: when, and the figures' respondents. */
export function resultsFrames(socket: FakeSocket): { at: number; respondents: number; frame: string | Buffer }[] {
  return socket.sent.flatMap(({ at, frame }) => {
    const message = JSON.parse(frame.toString()) as { type: string; results?: { respondents: number } };
    return message.type === "results" ? [{ at, respondents: message.results?.respondents ?? -1, frame }] : [];
  });
}
