// The live hub's results frames on a fake clock, with fake sockets: when they go out to the
// projector and to phones, one serialization per frame, big rooms in slices with screens first,
// and the newest figures for a slow reader once it drains (docs/api.md, "results").
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_TUNING } from "../../server/config.js";
import { BROADCAST_SLICE, RESULTS_INTERVAL_MS, VOTER_RESULTS_INTERVAL_MS } from "../../server/domain/pacing.js";
import { DRAIN_CHECK_MS } from "../../server/live/backpressure.js";
import { createHub, type Hub } from "../../server/live/hub.js";
import type { Poll } from "../../shared/poll.js";
import type { Results } from "../../shared/results.js";
import { choicePoll } from "./fixtures.js";
import { type FakeSocket, fakeConnection, fakeSocket, resultsFrames } from "./live-fakes.js";

/** A hub over one poll whose respondents the test counts up, as committed votes would. */
function hubWithPoll() {
  const state = { poll: choicePoll() as Poll, respondents: 0, serialized: 0 };
  const hub: Hub = createHub(
    {
      poll: (pollId) => (state.poll.id === pollId ? state.poll : undefined),
      question: () => undefined,
      results: (poll) => {
        state.serialized++;
        return { pollId: poll.id, type: "choice", respondents: state.respondents, options: [] } as Results;
      },
    },
    DEFAULT_TUNING,
  );
  const vote = () => {
    state.respondents++;
    hub.resultsChanged(state.poll);
  };
  const join = (role: "voter" | "screen"): FakeSocket => {
    const socket = fakeSocket();
    hub.join(fakeConnection(socket, role));
    return socket;
  };
  return { hub, state, vote, join };
}

/** How long after each vote (1-based respondents) its figures first reached the socket. */
function delays(votedAt: readonly number[], socket: FakeSocket): number[] {
  const frames = resultsFrames(socket);
  return votedAt.map((at, index) => (frames.find((frame) => frame.respondents > index)?.at ?? Infinity) - at);
}

const gaps = (socket: FakeSocket): number[] =>
  resultsFrames(socket)
    .slice(1)
    .map((frame, index) => frame.at - (resultsFrames(socket)[index]?.at ?? 0));

const START = 1_700_000_000_000;
let hub: Hub | undefined;

/** One real turn of the event loop: setImmediate is left real, so a broadcast's slices can be counted. */
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

beforeEach(() => {
  vi.useFakeTimers({ now: START, toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "Date"] });
});
afterEach(() => {
  hub?.close(1001, "test over");
  hub = undefined;
  vi.useRealTimers();
});

describe("results frames", () => {
  it("reach the projector at once and the phones a quarter second later", () => {
    const room = hubWithPoll();
    hub = room.hub;
    const projector = room.join("screen");
    const phone = room.join("voter");
    room.vote();
    vi.advanceTimersByTime(0);
    expect(resultsFrames(projector).map((frame) => frame.at)).toEqual([START]);
    expect(resultsFrames(phone)).toEqual([]);
    vi.advanceTimersByTime(VOTER_RESULTS_INTERVAL_MS - 1);
    expect(resultsFrames(phone)).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(resultsFrames(phone).map((frame) => frame.at)).toEqual([START + VOTER_RESULTS_INTERVAL_MS]);
  });

  it("while votes keep coming: the projector at most every 100 ms, every vote on the phones within 250 ms", () => {
    const room = hubWithPoll();
    hub = room.hub;
    const projector = room.join("screen");
    const phones = [room.join("voter"), room.join("voter")];
    const votedAt: number[] = [];
    for (let ms = 0; ms < 2_000; ms++) {
      if (ms % 7 === 0) {
        votedAt.push(Date.now());
        room.vote();
      }
      vi.advanceTimersByTime(1);
    }
    vi.advanceTimersByTime(1_000);
    expect(Math.min(...gaps(projector))).toBeGreaterThanOrEqual(RESULTS_INTERVAL_MS);
    expect(Math.max(...delays(votedAt, projector))).toBeLessThanOrEqual(RESULTS_INTERVAL_MS);
    for (const phone of phones) {
      expect(Math.min(...gaps(phone))).toBeGreaterThanOrEqual(VOTER_RESULTS_INTERVAL_MS);
      expect(Math.max(...delays(votedAt, phone))).toBeLessThanOrEqual(VOTER_RESULTS_INTERVAL_MS);
      expect(resultsFrames(phone).at(-1)?.respondents).toBe(votedAt.length);
    }
  });

  it("are serialized once and the same bytes go to every receiver", () => {
    const room = hubWithPoll();
    hub = room.hub;
    const sockets = [room.join("screen"), room.join("screen"), room.join("voter"), room.join("voter")];
    room.vote();
    vi.advanceTimersByTime(150);
    // A vote after the projector's interval reaches it at once; the next is due for it at +250 ms,
    // with the phones' first frame: one frame for all.
    room.vote();
    vi.advanceTimersByTime(0);
    room.vote();
    vi.advanceTimersByTime(VOTER_RESULTS_INTERVAL_MS);
    const [first, second, third, fourth] = sockets.map((socket) => resultsFrames(socket).at(-1)?.frame);
    expect(first).toBeDefined();
    expect(second).toBe(first);
    expect(third).toBe(first);
    expect(fourth).toBe(first);
    const framesSent = new Set(sockets.flatMap((socket) => resultsFrames(socket).map((frame) => frame.frame)));
    expect(room.state.serialized).toBe(framesSent.size);
  });

  it("go to a big room in slices of 500 sockets per turn of the event loop, screens first", async () => {
    const room = hubWithPoll();
    hub = room.hub;
    const phones = Array.from({ length: 1_199 }, () => room.join("voter"));
    // Joined last, served first.
    const projector = room.join("screen");
    room.vote();
    vi.advanceTimersByTime(150);
    room.vote();
    vi.advanceTimersByTime(20);
    // The projector's next frame (+250 ms) now coincides with the phones' first.
    room.vote();
    vi.advanceTimersByTime(VOTER_RESULTS_INTERVAL_MS - 170 - 1);
    const reached = () => phones.filter((phone) => resultsFrames(phone).length > 0).length;
    expect(reached()).toBe(0);
    expect(resultsFrames(projector)).toHaveLength(2);

    vi.advanceTimersByTime(1);
    expect(resultsFrames(projector)).toHaveLength(3);
    expect(reached()).toBe(BROADCAST_SLICE - 1);
    await nextTurn();
    expect(reached()).toBe(2 * BROADCAST_SLICE - 1);
    await nextTurn();
    expect(reached()).toBe(phones.length);
  });

  it("skip a slow reader and give it the newest figures once it drains, once", () => {
    const room = hubWithPoll();
    hub = room.hub;
    const slow = room.join("screen");
    const fast = room.join("screen");
    room.vote();
    vi.advanceTimersByTime(0);
    slow.bufferedAmount = DEFAULT_TUNING.maxBufferedBytes + 1;
    for (let vote = 0; vote < 5; vote++) {
      room.vote();
      vi.advanceTimersByTime(RESULTS_INTERVAL_MS);
    }
    expect(resultsFrames(fast).map((frame) => frame.respondents)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(resultsFrames(slow).map((frame) => frame.respondents)).toEqual([1]);

    slow.bufferedAmount = 0;
    vi.advanceTimersByTime(DRAIN_CHECK_MS);
    expect(resultsFrames(slow).map((frame) => frame.respondents)).toEqual([1, 6]);
    vi.advanceTimersByTime(10 * DRAIN_CHECK_MS);
    expect(resultsFrames(slow)).toHaveLength(2);
  });

  it("owed to a slow reader are not sent once it may no longer see them", () => {
    const room = hubWithPoll();
    hub = room.hub;
    const slow = room.join("screen");
    slow.bufferedAmount = DEFAULT_TUNING.maxBufferedBytes + 1;
    room.vote();
    vi.advanceTimersByTime(0);
    room.state.poll = { ...room.state.poll, resultsVisibility: "hidden" };
    slow.bufferedAmount = 0;
    vi.advanceTimersByTime(DRAIN_CHECK_MS);
    expect(resultsFrames(slow)).toEqual([]);
  });
});
