// Logs of the real process: structured lines with request ids, and never a secret.
import { describe, expect, it } from "vitest";
import { createEvent, createPoll, EVENT_RATING, pollAction, request } from "../helpers/api.js";
import { useChildServer } from "../helpers/child-server.js";
import { connectLive } from "../helpers/live-client.js";

describe("logs", () => {
  const server = useChildServer({ env: { LOG_LEVEL: "info" } });

  it("keep moderator keys, participant tokens and access codes out, whatever carries them", async () => {
    const event = await createEvent(server.url);
    await request(server.url, "PATCH", `/api/events/${event.code}`, {
      body: { accessCode: "Wald-42" },
      key: event.key,
    });
    const poll = await createPoll(server.url, event, EVENT_RATING);
    await pollAction(server.url, event, poll.id, "open");
    const vote = await request(server.url, "POST", `/api/events/${event.code}/polls/${poll.id}/votes`, {
      body: { rating: 5 },
      headers: { "x-access-code": "Wald-42" },
    });
    const token: string = vote.body.participantToken;
    await request(server.url, "POST", `/api/events/${event.code}/polls/${poll.id}/votes`, {
      body: { rating: 4 },
      headers: { "x-participant-token": token, "x-access-code": "Wald-42" },
    });
    // A load balancer's health checks: answered, not logged.
    for (let i = 0; i < 3; i++) expect((await request(server.url, "GET", "/healthz")).status).toBe(200);
    const live = await connectLive(server.url, event.code, `?participant=${token}&access=Wald-42`);
    await live.next("snapshot");
    await live.close();
    await new Promise((resolve) => setTimeout(resolve, 300));

    const output = server.output();
    const lines = output.split("\n").filter((line) => line.startsWith("{"));
    expect(lines.length).toBeGreaterThan(5);
    const entries = lines.map((line) => JSON.parse(line) as { reqId?: string; req?: { url: string } });
    expect(entries.some((entry) => entry.reqId !== undefined)).toBe(true);
    expect(entries.some((entry) => entry.req?.url.includes("participant=[redacted]"))).toBe(true);
    for (const secret of [event.key, token, "Wald-42"]) expect(output).not.toContain(secret);
    expect(entries.filter((entry) => entry.req?.url === "/healthz")).toEqual([]);
  });
});
