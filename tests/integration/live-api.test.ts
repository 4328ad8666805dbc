// The WebSocket API: snapshot, acks after commit, live frames, moderator feed, bad frames.
import { beforeAll, describe, expect, it } from "vitest";
import {
  createEvent,
  createPoll,
  EVENT_RATING,
  type EventFixture,
  PICK_TWO_OF_SIX,
  pollAction,
} from "../helpers/api.js";
import { connectLive } from "../helpers/live-client.js";
import { useServer } from "../helpers/server.js";

const server = useServer();
let event: EventFixture;

beforeAll(async () => {
  event = await createEvent(server.url);
});

describe("live feed", () => {
  it("starts with a snapshot that issues a participant token, and restores my votes after a reconnect", async () => {
    const poll = await createPoll(server.url, event, EVENT_RATING);
    await pollAction(server.url, event, poll.id, "open");
    const phone = await connectLive(server.url, event.code);
    const first = await phone.next("snapshot");
    expect(first.participantToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(first.polls.map((p) => p.id)).toContain(poll.id);
    phone.send({ type: "vote", requestId: "a", pollId: poll.id, rating: 4 });
    expect(await phone.next("ack")).toMatchObject({ vote: { pollId: poll.id, rating: 4 } });
    await phone.close();

    const again = await connectLive(server.url, event.code, `?participant=${first.participantToken}`);
    const snapshot = await again.next("snapshot");
    expect(snapshot.participantToken).toBe(first.participantToken);
    expect(snapshot.myVotes[poll.id]).toEqual({ pollId: poll.id, rating: 4 });
    again.send({ type: "vote", requestId: "b", pollId: poll.id, rating: 2 });
    await again.next("ack");
    const results = await again.next(
      "results",
      (f) => f.pollId === poll.id && f.results.type === "rating" && f.results.average === 2,
    );
    expect(results.results.respondents).toBe(1);
    await again.close();
  });

  it("tells every client when a poll is created, opened, reset, closed and deleted (drafts to moderators only)", async () => {
    const own = await createEvent(server.url);
    const phone = await connectLive(server.url, own.code);
    const moderator = await connectLive(server.url, own.code);
    moderator.send({ type: "moderate", moderatorKey: own.key });
    await moderator.next("snapshot", (s) => s.role === "moderator");
    const poll = await createPoll(server.url, own, PICK_TWO_OF_SIX);
    await moderator.next("poll", (f) => f.poll.id === poll.id && f.poll.state === "draft");
    await pollAction(server.url, own, poll.id, "open");
    await phone.next("poll", (f) => f.poll.id === poll.id && f.poll.state === "open");
    await pollAction(server.url, own, poll.id, "reset");
    await phone.next("pollReset", (f) => f.pollId === poll.id);
    await pollAction(server.url, own, poll.id, "close");
    await phone.next("poll", (f) => f.poll.id === poll.id && f.poll.state === "closed");
    expect(phone.frames.some((f) => f.type === "poll" && f.poll.state === "draft")).toBe(false);
    await fetch(`${server.url}/api/events/${own.code}/polls/${poll.id}`, {
      method: "DELETE",
      headers: { authorization: `Bearer ${own.key}` },
    });
    await phone.next("pollDeleted", (f) => f.pollId === poll.id);
    await Promise.all([phone.close(), moderator.close()]);
  });

  it("sends hidden results to the moderator feed and not to voters or screens", async () => {
    const own = await createEvent(server.url);
    const poll = await createPoll(server.url, own, { ...EVENT_RATING, resultsVisibility: "hidden" });
    await pollAction(server.url, own, poll.id, "open");
    const screen = await connectLive(server.url, own.code, "?role=screen");
    const moderator = await connectLive(server.url, own.code);
    moderator.send({ type: "moderate", moderatorKey: own.key });
    const modSnapshot = await moderator.next("snapshot", (s) => s.role === "moderator");
    expect(modSnapshot.results[poll.id]).toBeDefined();
    expect((await screen.next("snapshot")).results[poll.id]).toBeUndefined();
    const voter = await connectLive(server.url, own.code);
    voter.send({ type: "vote", requestId: 1, pollId: poll.id, rating: 3 });
    await voter.next("ack");
    await moderator.next("results", (f) => f.pollId === poll.id && f.results.respondents === 1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect([...screen.frames, ...voter.frames].some((f) => f.type === "results")).toBe(false);
    await Promise.all([screen.close(), moderator.close(), voter.close()]);
  });

  it("refuses a wrong moderator key, and lets screens neither vote nor moderate; connections stay open", async () => {
    const poll = await createPoll(server.url, event, EVENT_RATING);
    await pollAction(server.url, event, poll.id, "open");
    const phone = await connectLive(server.url, event.code);
    phone.send({ type: "moderate", moderatorKey: "guess" });
    expect((await phone.next("error")).code).toBe("UNAUTHORIZED");
    const screen = await connectLive(server.url, event.code, "?role=screen");
    screen.send({ type: "moderate", moderatorKey: event.key });
    expect((await screen.next("error")).code).toBe("FORBIDDEN");
    screen.send({ type: "vote", requestId: "s", pollId: poll.id, rating: 3 });
    expect(await screen.next("error", (f) => f.requestId === "s")).toMatchObject({ code: "FORBIDDEN" });
    for (const client of [phone, screen]) {
      client.send({ type: "ping" });
      await client.next("pong");
      await client.close();
    }
  });

  it("answers bad frames with error frames and never closes the connection or others", async () => {
    const poll = await createPoll(server.url, event, PICK_TWO_OF_SIX);
    await pollAction(server.url, event, poll.id, "open");
    const bystander = await connectLive(server.url, event.code);
    const prankster = await connectLive(server.url, event.code);
    const frames = [
      "not json",
      "null",
      "42",
      "[]",
      '{"type":"nope"}',
      '{"type":"vote"}',
      '{"type":"vote","requestId":"x","pollId":"1","rating":[]}',
    ];
    for (const frame of frames) prankster.send(frame);
    prankster.socket.send(Buffer.from([1, 2, 3]), { binary: true });
    const errors = await Promise.all(
      frames.map((_, index) =>
        prankster.next("error", () => prankster.frames.filter((f) => f.type === "error").length > index),
      ),
    );
    expect(errors.length).toBe(frames.length);
    expect(prankster.frames.find((f) => f.type === "error" && f.requestId === "x")).toMatchObject({
      code: "INVALID_VOTE",
    });
    prankster.send({ type: "vote", requestId: "late", pollId: 99999, optionIds: [1] });
    expect(await prankster.next("error", (f) => f.requestId === "late")).toMatchObject({ code: "NOT_FOUND" });
    prankster.send({ type: "ping" });
    await prankster.next("pong");
    bystander.send({ type: "ping" });
    await bystander.next("pong");
    await Promise.all([bystander.close(), prankster.close()]);
  });

  it("refuses the upgrade for an unknown event with 404", async () => {
    await expect(connectLive(server.url, "no-such-event")).rejects.toThrow(/404/);
  });

  it("acknowledges each vote with its own requestId, and INVALID_VOTE / POLL_CLOSED as error frames", async () => {
    const poll = await createPoll(server.url, event, PICK_TWO_OF_SIX);
    const phone = await connectLive(server.url, event.code);
    phone.send({ type: "vote", requestId: "early", pollId: poll.id, optionIds: [1] });
    expect(await phone.next("error", (f) => f.requestId === "early")).toMatchObject({ code: "POLL_CLOSED" });
    await pollAction(server.url, event, poll.id, "open");
    const ids = poll.type === "choice" ? poll.options.map((o) => o.id) : [];
    phone.send({ type: "vote", requestId: "three", pollId: poll.id, optionIds: ids.slice(0, 3) });
    expect(await phone.next("error", (f) => f.requestId === "three")).toMatchObject({ code: "INVALID_VOTE" });
    phone.send({ type: "vote", requestId: "ok", pollId: poll.id, optionIds: ids.slice(0, 2) });
    expect(await phone.next("ack", (f) => f.requestId === "ok")).toMatchObject({
      vote: { pollId: poll.id, optionIds: ids.slice(0, 2) },
    });
    await phone.close();
  });
});
