// The live hub forgets a deleted poll's results feed at once, with any frame it still had
// due, instead of keeping it until the room empties. Fake clock, fake sockets.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_TUNING } from "../../server/config.js";
import type { Connection } from "../../server/live/connection.js";
import { createHub } from "../../server/live/hub.js";
import type { Poll } from "../../shared/poll.js";
import { choicePoll } from "./fixtures.js";

/** What the hub uses of a ws socket: an open one that records what it was sent. */
function screenConnection(sent: string[]): Connection {
  const socket = {
    OPEN: 1,
    readyState: 1,
    bufferedAmount: 0,
    send: (frame: Buffer | string) => sent.push(frame.toString()),
    close: () => {},
    terminate: () => {},
    ping: () => {},
  };
  // Only the fields the hub reads; the rest of a connection belongs to the live route.
  return {
    socket,
    eventCode: "kurze-wege",
    audience: "screen",
    participantToken: null,
    participantTokenHash: null,
    alive: true,
    owedResults: new Set(),
    behindSince: 0,
    maxQueuedBytes: DEFAULT_TUNING.maxQueuedBytes,
  } as unknown as Connection;
}

beforeEach(() => {
  vi.useFakeTimers({ now: 1_700_000_000_000 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe("a deleted poll", () => {
  it("leaves no results timer behind in a room that stays open", () => {
    let poll: Poll | undefined = choicePoll();
    const hub = createHub(
      {
        poll: (pollId) => (poll?.id === pollId ? poll : undefined),
        results: () => ({ pollId: 1, type: "choice", respondents: 0, options: [] }) as never,
        question: () => undefined,
      },
      DEFAULT_TUNING,
    );
    const sent: string[] = [];
    hub.join(screenConnection(sent));
    const idle = vi.getTimerCount();

    hub.resultsChanged(choicePoll());
    vi.advanceTimersByTime(0);
    expect(sent.filter((frame) => frame.includes('"results"'))).toHaveLength(1);
    hub.resultsChanged(choicePoll());
    // The next frame is due within the interval: a timer waits for it.
    expect(vi.getTimerCount()).toBeGreaterThan(idle);

    const deleted = poll as Poll;
    poll = undefined;
    hub.pollDeleted(deleted);
    expect(vi.getTimerCount()).toBe(idle);
    vi.advanceTimersByTime(1_000);
    expect(sent.filter((frame) => frame.includes('"results"'))).toHaveLength(1);
    hub.close(1001, "test over");
  });
});
