// What the screens show: the moderator's choice over REST, announced to screens over the live
// feed, checked against the event's polls, kept across a restart, refused to anyone without the key.
import { beforeAll, describe, expect, it } from "vitest";
import type { Screen } from "../../shared/event.js";
import {
  createEvent,
  createPoll,
  EVENT_RATING,
  type EventFixture,
  PICK_TWO_OF_SIX,
  pollAction,
  request,
} from "../helpers/api.js";
import { connectLive } from "../helpers/live-client.js";
import { useServer } from "../helpers/server.js";

const server = useServer();

/** `key: null` sends no key at all. */
const showOn = (event: EventFixture, screen: unknown, key: string | null = event.key) =>
  request(server.url, "PATCH", `/api/events/${event.code}`, { body: { screen }, key: key ?? undefined });

const screenOf = async (event: EventFixture): Promise<Screen> =>
  (await request(server.url, "GET", `/api/events/${event.code}`)).body.event.screen;

describe("what the screens show", () => {
  let event: EventFixture;
  let choiceId: number;
  let ratingId: number;

  beforeAll(async () => {
    event = await createEvent(server.url);
    choiceId = (await createPoll(server.url, event, PICK_TWO_OF_SIX)).id;
    ratingId = (await createPoll(server.url, event, EVENT_RATING)).id;
  });

  it("starts with the join screen, and opening a poll puts it on the screen", async () => {
    expect(await screenOf(event)).toEqual({ show: "join" });
    const screen = await connectLive(server.url, event.code, "?role=screen");
    expect((await screen.next("snapshot")).event.screen).toEqual({ show: "join" });
    await pollAction(server.url, event, choiceId, "open");
    const shown = await screen.next("event", (f) => f.event.screen.show === "poll");
    expect(shown.event.screen).toEqual({ show: "poll", pollId: choiceId });
    // The poll's own frame came first, so the screen knows the poll it is told to show.
    const pollFrame = screen.frames.findIndex((f) => f.type === "poll" && f.poll.state === "open");
    expect(pollFrame).toBeGreaterThan(-1);
    expect(pollFrame).toBeLessThan(screen.frames.indexOf(shown));
    await screen.close();
  });

  it("keeps a closed poll on the screen until the moderator chooses the join screen, then shows it again", async () => {
    const screen = await connectLive(server.url, event.code, "?role=screen");
    await screen.next("snapshot");
    await pollAction(server.url, event, choiceId, "close");
    await screen.next("poll", (f) => f.poll.id === choiceId && f.poll.state === "closed");
    expect(await screenOf(event)).toEqual({ show: "poll", pollId: choiceId });

    const join = await showOn(event, { show: "join" });
    expect(join.status).toBe(200);
    expect(join.body.event.screen).toEqual({ show: "join" });
    await screen.next("event", (f) => f.event.screen.show === "join");

    expect((await showOn(event, { show: "poll", pollId: choiceId })).status).toBe(200);
    const back = await screen.next("event", (f) => f.event.screen.show === "poll");
    expect(back.event.screen).toEqual({ show: "poll", pollId: choiceId });
    await screen.close();
  });

  it("refuses a draft, a poll of another event, an unknown kind, and anyone without the key", async () => {
    const other = await createEvent(server.url);
    const othersPoll = await createPoll(server.url, other, EVENT_RATING);
    await pollAction(server.url, other, othersPoll.id, "open");
    const before = await screenOf(event);

    const draft = await showOn(event, { show: "poll", pollId: ratingId });
    expect(draft.status).toBe(409);
    expect(draft.body.error.code).toBe("INVALID_TRANSITION");
    const foreign = await showOn(event, { show: "poll", pollId: othersPoll.id });
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.code).toBe("NOT_FOUND");
    for (const bad of [{ show: "poll" }, { show: "slides" }, { show: "join", pollId: choiceId }, "join", null]) {
      const refused = await showOn(event, bad);
      expect(refused.status, JSON.stringify(bad)).toBe(400);
      expect(refused.body.error.code).toBe("INVALID_REQUEST");
    }
    expect((await showOn(event, { show: "join" }, null)).status).toBe(401);
    expect((await showOn(event, { show: "join" }, other.key)).status).toBe(401);
    expect(await screenOf(event)).toEqual(before);
  });

  it("falls back to the join screen when the poll on the screen is deleted", async () => {
    const own = await createEvent(server.url);
    const poll = await createPoll(server.url, own, EVENT_RATING);
    const kept = await createPoll(server.url, own, PICK_TWO_OF_SIX);
    await pollAction(server.url, own, kept.id, "open");
    await pollAction(server.url, own, poll.id, "open");
    const screen = await connectLive(server.url, own.code, "?role=screen");
    expect((await screen.next("snapshot")).event.screen).toEqual({ show: "poll", pollId: poll.id });

    // Deleting another poll leaves the screen as it is.
    await request(server.url, "DELETE", `/api/events/${own.code}/polls/${kept.id}`, { key: own.key });
    await screen.next("pollDeleted", (f) => f.pollId === kept.id);
    expect(await screenOf(own)).toEqual({ show: "poll", pollId: poll.id });

    await request(server.url, "DELETE", `/api/events/${own.code}/polls/${poll.id}`, { key: own.key });
    await screen.next("event", (f) => f.event.screen.show === "join");
    expect(await screenOf(own)).toEqual({ show: "join" });
    await screen.close();
  });

  it("keeps the choice across a restart", async () => {
    const own = await createEvent(server.url);
    const first = await createPoll(server.url, own, PICK_TWO_OF_SIX);
    const second = await createPoll(server.url, own, EVENT_RATING);
    await pollAction(server.url, own, first.id, "open");
    await pollAction(server.url, own, second.id, "open");
    await showOn(own, { show: "poll", pollId: first.id });
    await server.restart();
    expect(await screenOf(own)).toEqual({ show: "poll", pollId: first.id });
    const screen = await connectLive(server.url, own.code, "?role=screen");
    expect((await screen.next("snapshot")).event.screen).toEqual({ show: "poll", pollId: first.id });
    await screen.close();

    await showOn(own, { show: "join" });
    await server.restart();
    expect(await screenOf(own)).toEqual({ show: "join" });
  });
});
