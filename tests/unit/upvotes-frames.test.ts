// The live hub's upvote counts on a fake clock, with fake sockets: coalesced like results (the
// projector at once, then at most every 100 ms; phones once the counts settled), only the
// counts that changed, and a pending question's count to moderators only (docs/api.md, "upvotes").
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_TUNING } from "../../server/config.js";
import { RESULTS_INTERVAL_MS, VOTER_RESULTS_INTERVAL_MS } from "../../server/domain/pacing.js";
import { createHub, type Hub } from "../../server/live/hub.js";
import type { LiveQuestion } from "../../server/polling/questions-registry.js";
import { type FakeSocket, fakeConnection, fakeSocket } from "./live-fakes.js";

const START = 1_700_000_000_000;
let hub: Hub | undefined;

const question = (id: number, state: LiveQuestion["state"]): LiveQuestion => ({
  id,
  eventCode: "kurze-wege",
  text: `Frage ${id}`,
  state,
  upvotes: 0,
  highlighted: false,
  createdAt: "",
  askerHash: "asker",
});

function room() {
  const questions = new Map([1, 2].map((id) => [id, question(id, id === 1 ? "visible" : "pending")]));
  hub = createHub(
    { poll: () => undefined, results: () => ({}) as never, question: (id) => questions.get(id) },
    DEFAULT_TUNING,
  );
  const join = (role: "voter" | "screen" | "moderator"): FakeSocket => {
    const socket = fakeSocket();
    const connection = fakeConnection(socket, role === "screen" ? "screen" : "voter");
    hub?.join(connection);
    if (role === "moderator") hub?.setAudience(connection, "moderator");
    return socket;
  };
  const upvote = (id: number) => {
    const changed = questions.get(id) as LiveQuestion;
    changed.upvotes++;
    hub?.upvotesChanged(changed);
  };
  return { join, upvote };
}

const upvoteFrames = (socket: FakeSocket) =>
  socket.sent.flatMap(({ at, frame }) => {
    const message = JSON.parse(frame.toString()) as { type: string; upvotes?: Record<string, number> };
    return message.type === "upvotes" ? [{ at, upvotes: message.upvotes ?? {} }] : [];
  });

beforeEach(() => {
  vi.useFakeTimers({ now: START, toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "Date"] });
});
afterEach(() => {
  hub?.close(1001, "test over");
  hub = undefined;
  vi.useRealTimers();
});

describe("upvotes frames", () => {
  it("reach the projector at once, then at most every 100 ms, with the newest count last", () => {
    const { join, upvote } = room();
    const projector = join("screen");
    const phone = join("voter");
    // 100 upvotes, one every 10 ms, for a second.
    for (let index = 0; index < 100; index++) {
      upvote(1);
      vi.advanceTimersByTime(10);
    }
    vi.advanceTimersByTime(1_000);
    const frames = upvoteFrames(projector);
    expect(frames[0]?.at).toBe(START);
    expect(frames.length).toBeLessThanOrEqual(11);
    for (let index = 1; index < frames.length; index++) {
      expect((frames[index]?.at ?? 0) - (frames[index - 1]?.at ?? 0)).toBeGreaterThanOrEqual(RESULTS_INTERVAL_MS);
    }
    expect(frames.at(-1)?.upvotes).toEqual({ 1: 100 });
    const phoneFrames = upvoteFrames(phone);
    expect(phoneFrames[0]?.at).toBe(START + VOTER_RESULTS_INTERVAL_MS);
    expect(phoneFrames.at(-1)?.upvotes).toEqual({ 1: 100 });
  });

  it("sends a pending question's count to moderators only", () => {
    const { join, upvote } = room();
    const projector = join("screen");
    const phone = join("voter");
    const moderator = join("moderator");
    upvote(2);
    upvote(1);
    vi.advanceTimersByTime(1_000);
    expect(upvoteFrames(moderator).map((frame) => frame.upvotes)).toEqual([{ 1: 1, 2: 1 }]);
    expect(upvoteFrames(projector).map((frame) => frame.upvotes)).toEqual([{ 1: 1 }]);
    expect(upvoteFrames(phone).map((frame) => frame.upvotes)).toEqual([{ 1: 1 }]);
  });
});
