// The Q&A on the screens: the moderator may put the questions on the projector only while the
// event takes questions; turning Q&A off puts the join screen back; the choice outlives a restart.
import { describe, expect, it } from "vitest";
import type { Screen } from "../../shared/event.js";
import { createEvent, type EventFixture, request } from "../helpers/api.js";
import { connectLive } from "../helpers/live-client.js";
import { useServer } from "../helpers/server.js";

const server = useServer();

const patch = (event: EventFixture, body: unknown) =>
  request(server.url, "PATCH", `/api/events/${event.code}`, { body, key: event.key });

const screenOf = async (event: EventFixture): Promise<Screen> =>
  (await request(server.url, "GET", `/api/events/${event.code}`)).body.event.screen;

describe("the questions on the screens", () => {
  it("refuses the Q&A screen while Q&A is off, and takes it once Q&A is on", async () => {
    const event = await createEvent(server.url);
    const refused = await patch(event, { screen: { show: "qa" } });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe("QA_DISABLED");
    // Turning Q&A off and showing it in one change is as contradictory.
    const both = await patch(event, { qa: { enabled: false }, screen: { show: "qa" } });
    expect(both.body.error?.code).toBe("QA_DISABLED");
    expect(await screenOf(event)).toEqual({ show: "join" });

    const screen = await connectLive(server.url, event.code, "?role=screen");
    await screen.next("snapshot");
    const shown = await patch(event, { qa: { enabled: true }, screen: { show: "qa" } });
    expect(shown.status).toBe(200);
    expect(shown.body.event.screen).toEqual({ show: "qa" });
    const frame = await screen.next("event", (f) => f.event.screen.show === "qa");
    expect(frame.event.qa.enabled).toBe(true);
    expect(await screenOf(event)).toEqual({ show: "qa" });
    for (const bad of [{ show: "qa", pollId: 1 }, { show: "questions" }]) {
      expect((await patch(event, { screen: bad })).status, JSON.stringify(bad)).toBe(400);
    }
    await screen.close();
  });

  it("puts the join screen back when Q&A is turned off while the questions are shown", async () => {
    const event = await createEvent(server.url);
    await patch(event, { qa: { enabled: true }, screen: { show: "qa" } });
    const screen = await connectLive(server.url, event.code, "?role=screen");
    expect((await screen.next("snapshot")).event.screen).toEqual({ show: "qa" });
    const off = await patch(event, { qa: { enabled: false } });
    expect(off.status).toBe(200);
    expect(off.body.event.screen).toEqual({ show: "join" });
    const frame = await screen.next("event", (f) => f.event.qa.enabled === false);
    expect(frame.event.screen).toEqual({ show: "join" });
    expect(await screenOf(event)).toEqual({ show: "join" });
    await screen.close();
  });

  it("keeps the Q&A on the screen across a restart", async () => {
    const event = await createEvent(server.url);
    await patch(event, { qa: { enabled: true }, screen: { show: "qa" } });
    await server.restart();
    expect(await screenOf(event)).toEqual({ show: "qa" });
    const screen = await connectLive(server.url, event.code, "?role=screen");
    expect((await screen.next("snapshot")).event.screen).toEqual({ show: "qa" });
    await screen.close();
  });
});
