// Slow readers on a fake clock (docs/api.md, "Slow clients"; docs/security.md, "unsent bytes per
// socket"): results skipped past maxBufferedBytes and the newest resent once drained, cut after
// maxBehindMs behind or at once past maxQueuedBytes.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_TUNING } from "../../server/config.js";
import { type Backpressure, createBackpressure, DRAIN_CHECK_MS, sendFrame } from "../../server/live/backpressure.js";
import type { Connection } from "../../server/live/connection.js";
import { type FakeSocket, fakeConnection, fakeSocket } from "./live-fakes.js";

const { maxBufferedBytes, maxBehindMs, maxQueuedBytes } = DEFAULT_TUNING;
const POLL = 7;
const OTHER_POLL = 8;

let backpressure: Backpressure;
/** What the drain check resent: connection and poll, in order. */
let resent: [Connection, number][];

beforeEach(() => {
  vi.useFakeTimers({ now: 1_700_000_000_000 });
  resent = [];
  backpressure = createBackpressure({ maxBufferedBytes, maxBehindMs }, (connection, pollId) => {
    resent.push([connection, pollId]);
  });
});
afterEach(() => {
  backpressure.stop();
  vi.useRealTimers();
});

function reader(): { socket: FakeSocket; connection: Connection } {
  const socket = fakeSocket();
  return { socket, connection: fakeConnection(socket, "voter") };
}

describe("a socket that keeps up", () => {
  it("gets every results frame, up to and including the limit of unsent bytes", () => {
    const { socket, connection } = reader();
    expect(backpressure.skipsResults(connection, POLL, Date.now())).toBe(false);
    socket.bufferedAmount = maxBufferedBytes;
    expect(backpressure.skipsResults(connection, POLL, Date.now())).toBe(false);
    vi.advanceTimersByTime(10 * DRAIN_CHECK_MS);
    expect(resent).toEqual([]);
  });
});

describe("a socket that fell behind", () => {
  it("skips results frames and gets the newest of each skipped poll once it drains, once", () => {
    const { socket, connection } = reader();
    socket.bufferedAmount = maxBufferedBytes + 1;
    expect(backpressure.skipsResults(connection, POLL, Date.now())).toBe(true);
    expect(backpressure.skipsResults(connection, POLL, Date.now())).toBe(true);
    expect(backpressure.skipsResults(connection, OTHER_POLL, Date.now())).toBe(true);
    // Still behind at the next check: nothing yet.
    vi.advanceTimersByTime(DRAIN_CHECK_MS);
    expect(resent).toEqual([]);

    socket.bufferedAmount = 0;
    vi.advanceTimersByTime(DRAIN_CHECK_MS);
    expect(resent).toEqual([
      [connection, POLL],
      [connection, OTHER_POLL],
    ]);
    vi.advanceTimersByTime(10 * DRAIN_CHECK_MS);
    expect(resent).toHaveLength(2);
    expect(socket.terminated).toBe(false);

    // Behind again, on one poll only: only that one is owed this time.
    socket.bufferedAmount = maxBufferedBytes + 1;
    backpressure.skipsResults(connection, OTHER_POLL, Date.now());
    socket.bufferedAmount = 0;
    vi.advanceTimersByTime(DRAIN_CHECK_MS);
    expect(resent.slice(2)).toEqual([[connection, OTHER_POLL]]);
  });

  it("is cut off once it has been behind for longer than maxBehindMs", () => {
    const { socket, connection } = reader();
    socket.bufferedAmount = maxBufferedBytes + 1;
    backpressure.skipsResults(connection, POLL, Date.now());
    vi.advanceTimersByTime(maxBehindMs);
    expect(socket.terminated).toBe(false);
    vi.advanceTimersByTime(DRAIN_CHECK_MS);
    expect(socket.terminated).toBe(true);
    expect(resent).toEqual([]);
  });

  it("starts its time behind afresh once it has caught up in between", () => {
    const { socket, connection } = reader();
    socket.bufferedAmount = maxBufferedBytes + 1;
    backpressure.skipsResults(connection, POLL, Date.now());
    vi.advanceTimersByTime(maxBehindMs - DRAIN_CHECK_MS);
    socket.bufferedAmount = 0;
    vi.advanceTimersByTime(DRAIN_CHECK_MS);
    socket.bufferedAmount = maxBufferedBytes + 1;
    backpressure.skipsResults(connection, POLL, Date.now());
    vi.advanceTimersByTime(maxBehindMs);
    expect(socket.terminated).toBe(false);
  });

  it("is owed nothing once it has closed", () => {
    const closed = reader();
    const forgotten = reader();
    for (const { socket, connection } of [closed, forgotten]) {
      socket.bufferedAmount = maxBufferedBytes + 1;
      backpressure.skipsResults(connection, POLL, Date.now());
      socket.bufferedAmount = 0;
    }
    closed.socket.close();
    backpressure.forget(forgotten.connection);
    vi.advanceTimersByTime(10 * DRAIN_CHECK_MS);
    expect(resent).toEqual([]);
  });
});

describe("any frame", () => {
  it("is sent as text while the socket's unsent bytes are within maxQueuedBytes", () => {
    const { socket, connection } = reader();
    socket.bufferedAmount = maxQueuedBytes;
    sendFrame(connection, '{"type":"pong"}');
    expect(socket.sent.map(({ frame }) => frame)).toEqual(['{"type":"pong"}']);
    expect(socket.terminated).toBe(false);
  });

  it("cuts the socket off instead of queueing past maxQueuedBytes", () => {
    const { socket, connection } = reader();
    socket.bufferedAmount = maxQueuedBytes + 1;
    sendFrame(connection, '{"type":"pong"}');
    expect(socket.sent).toEqual([]);
    expect(socket.terminated).toBe(true);
  });

  it("is not sent to a socket that is no longer open", () => {
    const { socket, connection } = reader();
    socket.close();
    sendFrame(connection, '{"type":"pong"}');
    expect(socket.sent).toEqual([]);
  });
});
