// An event's language may be any page language (shared/locales.ts): created with it, changed to
// it, read back and sent to phones and screens; anything else is refused.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCALES } from "../../shared/locales.js";
import { createEvent, request } from "../helpers/api.js";
import { connectLive } from "../helpers/live-client.js";
import { startServer, type TestServer } from "../helpers/server.js";

let server: TestServer;

beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.close();
  server.cleanup();
});

describe("the event's language", () => {
  it.each(LOCALES)("may be %s when the event is created, and is read back so", async (locale) => {
    const created = await request(server.url, "POST", "/api/events", { body: { title: "Sprachen", locale } });
    expect(created.status).toBe(201);
    expect(created.body.event.locale).toBe(locale);
    const read = await request(server.url, "GET", `/api/events/${created.body.event.code}`);
    expect(read.body.event.locale).toBe(locale);
  });

  it("may be changed to Persian, and phones and screens hear of it", async () => {
    const event = await createEvent(server.url, { locale: "de" });
    const screen = await connectLive(server.url, event.code, "?role=screen");
    await screen.next("snapshot");
    const changed = await request(server.url, "PATCH", `/api/events/${event.code}`, {
      body: { locale: "fa" },
      key: event.key,
    });
    expect(changed.status).toBe(200);
    expect(changed.body.event.locale).toBe("fa");
    expect((await screen.next("event", (frame) => frame.event.locale === "fa")).event.locale).toBe("fa");
    await screen.close();
    const phone = await connectLive(server.url, event.code);
    expect((await phone.next("snapshot")).event.locale).toBe("fa");
    await phone.close();
  });

  it("refuses a language that has no page", async () => {
    const created = await request(server.url, "POST", "/api/events", { body: { title: "Langue", locale: "fr" } });
    expect(created.status).toBe(400);
    expect(created.body.error.code).toBe("INVALID_REQUEST");
    const event = await createEvent(server.url);
    const changed = await request(server.url, "PATCH", `/api/events/${event.code}`, {
      body: { locale: "tr-TR" },
      key: event.key,
    });
    expect(changed.status).toBe(400);
  });
});
