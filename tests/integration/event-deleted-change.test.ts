// Every deletion of an event announces itself: polling fires `eventDeleted` after the commit,
// and the live hub closes the event's connections with 4404, whoever deleted it (the
// moderator over REST, or the retention purge). Routes and app.ts close no rooms themselves.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { purgeOldEvents } from "../../server/polling/retention.js";
import { EVENT_GONE_CLOSE_CODE } from "../../shared/close-codes.js";
import { createEvent, request } from "../helpers/api.js";
import { connectLive } from "../helpers/live-client.js";
import { startServer, type TestServer } from "../helpers/server.js";

/** Long enough for a close frame on loopback; the test reads better failing than timing out. */
const CLOSE_WAIT_MS = 5_000;

let server: TestServer;

beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.close();
  server.cleanup();
});

/** A greeted voter and a screen on the event, and the close code each of them gets. */
async function watchersOf(code: string): Promise<Promise<number | string>[]> {
  const voter = await connectLive(server.url, code);
  const screen = await connectLive(server.url, code, "?role=screen");
  await Promise.all([voter.next("snapshot"), screen.next("snapshot")]);
  return [voter, screen].map(
    (client) =>
      new Promise<number | string>((resolve) => {
        client.socket.once("close", resolve);
        setTimeout(() => resolve("still open"), CLOSE_WAIT_MS);
      }),
  );
}

describe("an event's deletion closes its live connections", () => {
  it("when the retention purge deletes it, through the use case alone", async () => {
    const event = await createEvent(server.url);
    const closes = await watchersOf(event.code);
    // What the hourly sweep calls: events created before now are past a retention of 0 days.
    const { deleted } = await purgeOldEvents(server.app.polling, 0);
    expect(deleted.map((gone) => gone.code)).toContain(event.code);
    expect(await Promise.all(closes)).toEqual([EVENT_GONE_CLOSE_CODE, EVENT_GONE_CLOSE_CODE]);
  });

  it("when its moderator deletes it over REST, and other events' connections stay open", async () => {
    const doomed = await createEvent(server.url);
    const kept = await createEvent(server.url);
    const closes = await watchersOf(doomed.code);
    const bystander = await connectLive(server.url, kept.code, "?role=screen");
    await bystander.next("snapshot");
    const deleted = await request(server.url, "DELETE", `/api/events/${doomed.code}`, { key: doomed.key });
    expect(deleted.status).toBe(204);
    expect(await Promise.all(closes)).toEqual([EVENT_GONE_CLOSE_CODE, EVENT_GONE_CLOSE_CODE]);
    bystander.send({ type: "ping" });
    await bystander.next("pong");
    await bystander.close();
  });
});
