// The pages' own heartbeat (client/common/live.ts) on a fake clock: a quiet connection is
// pinged every few seconds, a silent one is given up within 8 s and replaced, an attempt that
// hangs in connecting is given up too, and a phone's throttled timers alone drop nothing.
// The browser's WebSocket, document and window are stand-ins; live.ts itself runs as it is.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { connectLive, type LiveStatus } from "../../client/common/live.js";
import type { ClientMessage, ServerMessage } from "../../shared/messages.js";

/** A socket the test drives: it opens, carries frames and closes when told. */
class FakeSocket {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 3;
  static all: FakeSocket[] = [];
  readyState = FakeSocket.CONNECTING;
  sent: ClientMessage[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((message: { data: string }) => void) | null = null;
  onclose: ((event: { code: number }) => void) | null = null;

  constructor(readonly url: string) {
    FakeSocket.all.push(this);
  }
  send(data: string) {
    this.sent.push(JSON.parse(data) as ClientMessage);
  }
  close() {
    this.readyState = FakeSocket.CLOSED;
  }
  open() {
    this.readyState = FakeSocket.OPEN;
    this.onopen?.();
  }
  receive(frame: Partial<ServerMessage> & { type: ServerMessage["type"] }) {
    this.onmessage?.({ data: JSON.stringify(frame) });
  }
  pings() {
    return this.sent.filter((frame) => frame.type === "ping").length;
  }
}

const SNAPSHOT = { type: "snapshot" } as ServerMessage;

let statuses: LiveStatus[];

beforeEach(() => {
  vi.useFakeTimers();
  FakeSocket.all = [];
  statuses = [];
  vi.stubGlobal("WebSocket", FakeSocket);
  vi.stubGlobal("location", { protocol: "http:", host: "localhost" });
  vi.stubGlobal("document", { visibilityState: "visible", addEventListener() {}, removeEventListener() {} });
  vi.stubGlobal("window", { addEventListener() {}, removeEventListener() {} });
  vi.stubGlobal("fetch", () => Promise.resolve({ status: 200 }));
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** A screen's live feed (no hello), connected and live. */
function liveScreen() {
  const live = connectLive({
    code: "kurze-wege",
    role: "screen",
    onFrame: () => {},
    onStatus: (status) => statuses.push(status),
  });
  const socket = FakeSocket.all[0] as FakeSocket;
  socket.open();
  socket.receive(SNAPSHOT);
  return { live, socket };
}

describe("the live connection's heartbeat", () => {
  it("pings a quiet connection every 3 to 3.5 s, and a pong keeps it", () => {
    const { live, socket } = liveScreen();
    const pingTimes: number[] = [];
    const start = Date.now();
    for (let elapsed = 0; elapsed < 20_000; elapsed += 100) {
      vi.advanceTimersByTime(100);
      if (socket.pings() > pingTimes.length) {
        pingTimes.push(Date.now() - start);
        socket.receive({ type: "pong" });
      }
    }
    const gaps = pingTimes.slice(1).map((at, index) => at - (pingTimes[index] as number));
    expect(pingTimes.length).toBeGreaterThanOrEqual(5);
    expect(pingTimes[0]).toBeGreaterThanOrEqual(3_000);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(3_000);
    for (const gap of gaps) expect(gap).toBeLessThanOrEqual(3_500);
    expect(statuses).toEqual(["connecting", "live"]);
    live.close();
  });

  it("sends no ping while frames arrive", () => {
    const { live, socket } = liveScreen();
    for (let elapsed = 0; elapsed < 20_000; elapsed += 1_000) {
      vi.advanceTimersByTime(1_000);
      socket.receive({ type: "results" } as ServerMessage);
    }
    expect(socket.pings()).toBe(0);
    live.close();
  });

  it("gives up a connection that went silent within 8 s, and connects again", () => {
    const { live, socket } = liveScreen();
    const silentFrom = Date.now();
    while (statuses.at(-1) === "live" && Date.now() - silentFrom < 30_000) vi.advanceTimersByTime(100);
    const noticedAfter = Date.now() - silentFrom;
    expect(statuses.at(-1)).toBe("reconnecting");
    expect(noticedAfter).toBeGreaterThanOrEqual(7_000);
    expect(noticedAfter).toBeLessThanOrEqual(8_000);
    expect(socket.readyState).toBe(FakeSocket.CLOSED);
    vi.advanceTimersByTime(1_000);
    expect(FakeSocket.all).toHaveLength(2);
    live.close();
  });

  it("gives up an attempt that hangs in connecting after 10 s", () => {
    const live = connectLive({ code: "kurze-wege", role: "screen", onFrame: () => {}, onStatus: () => {} });
    const stuck = FakeSocket.all[0] as FakeSocket;
    vi.advanceTimersByTime(9_500);
    expect([stuck.readyState, FakeSocket.all.length]).toEqual([FakeSocket.CONNECTING, 1]);
    vi.advanceTimersByTime(1_000);
    expect(stuck.readyState).toBe(FakeSocket.CLOSED);
    vi.advanceTimersByTime(1_000);
    expect(FakeSocket.all).toHaveLength(2);
    live.close();
  });

  it("does not take the silence of its own throttled timers for a lost connection", () => {
    const { live, socket } = liveScreen();
    // A phone in the pocket runs the page's timers once a minute: the first late tick only asks.
    vi.setSystemTime(Date.now() + 60_000);
    vi.advanceTimersByTime(500);
    expect([socket.pings(), statuses.at(-1)]).toEqual([1, "live"]);
    socket.receive({ type: "pong" });
    vi.setSystemTime(Date.now() + 60_000);
    vi.advanceTimersByTime(500);
    expect([socket.pings(), statuses.at(-1)]).toEqual([2, "live"]);
    live.close();
  });
});
