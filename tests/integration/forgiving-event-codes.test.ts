// An event code as people give it reaches the event over REST and the live feed alike
// (docs/api.md, "Base URL and formats"): any case, spaces, underscores, a pasted join link,
// the code without its hyphens when that is unambiguous; answers carry the event's own code.
import { beforeAll, describe, expect, it } from "vitest";
import type { Event } from "../../shared/event.js";
import { createEvent, createPoll, EVENT_RATING, type EventFixture, pollAction, request } from "../helpers/api.js";
import { useServer } from "../helpers/server.js";
import { connectVoter } from "../helpers/voter.js";

const server = useServer();
let event: EventFixture;
let pollId: number;

const path = (given: string) => `/api/events/${encodeURIComponent(given)}`;

beforeAll(async () => {
  event = await createEvent(server.url, { code: "kurze-wege" });
  pollId = (await createPoll(server.url, event, EVENT_RATING)).id;
  await pollAction(server.url, event, pollId, "open");
  // Two events that read the same without their hyphens: neither is guessed from "abcd".
  await createEvent(server.url, { code: "ab-cd" });
  await createEvent(server.url, { code: "abc-d" });
});

describe("an event code as people give it", () => {
  it("finds the event over REST however its code was typed or pasted", async () => {
    for (const given of [
      "kurze wege",
      "KURZE-WEGE",
      "Kurze_Wege",
      "kurze.wege",
      "kurzewege",
      " kurze wege ",
      "https://abstimmen.example.org/e/kurze-wege/?ref=qr#top",
    ]) {
      const reply = await request<{ event: Event }>(server.url, "GET", path(given));
      expect([given, reply.status, reply.body.event?.code]).toEqual([given, 200, "kurze-wege"]);
    }
  });

  it("does not guess between two events whose codes read the same without hyphens", async () => {
    expect((await request(server.url, "GET", path("abcd"))).status).toBe(404);
    expect((await request<{ event: Event }>(server.url, "GET", path("AB CD"))).body.event.code).toBe("ab-cd");
    expect((await request<{ event: Event }>(server.url, "GET", path("abc_d"))).body.event.code).toBe("abc-d");
    expect((await request(server.url, "GET", path("kurze-wegen"))).status).toBe(404);
  });

  it("opens the live feed of the event, which counts the votes sent over it", async () => {
    const phone = await connectVoter(server.url, encodeURIComponent("Kurze Wege"));
    expect(phone.snapshot.event.code).toBe("kurze-wege");
    expect(await phone.vote("v1", pollId, { rating: 4 })).toEqual({ kind: "ack", vote: { pollId, rating: 4 } });
    await phone.close();
    const other = await connectVoter(server.url, "kurzewege");
    expect(other.snapshot.event.code).toBe("kurze-wege");
    await other.close();
    const results = await request(server.url, "GET", `/api/events/kurze-wege/polls/${pollId}/results`);
    expect(results.body.results.respondents).toBe(1);
  });

  it("takes a vote over REST under the code as typed", async () => {
    const reply = await request(server.url, "POST", `${path("KURZE_WEGE")}/polls/${pollId}/votes`, {
      body: { rating: 2 },
    });
    expect(reply.status).toBe(200);
    const results = await request(server.url, "GET", `/api/events/kurze-wege/polls/${pollId}/results`);
    expect(results.body.results.respondents).toBe(2);
  });
});
