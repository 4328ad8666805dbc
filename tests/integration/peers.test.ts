// Dead and slow peers: found and cut off, without touching anyone else.
import { describe, expect, it } from "vitest";
import WebSocket from "ws";
import { DEFAULT_TUNING, loadConfig } from "../../server/config.js";
import { createEvent, createPoll, EVENT_RATING, PICK_TWO_OF_SIX, pollAction, request } from "../helpers/api.js";
import { connectLive } from "../helpers/live-client.js";
import { useServer } from "../helpers/server.js";

describe("dead peers", () => {
  const pingIntervalMs = 200;
  const server = useServer({ tuning: { ...DEFAULT_TUNING, pingIntervalMs } });

  it("terminates a peer that stops answering protocol pings within two intervals", async () => {
    const event = await createEvent(server.url);
    const healthy = await connectLive(server.url, event.code);
    // autoPong off: this client's network "died" — it never answers a ping.
    const dead = new WebSocket(`${server.url.replace("http", "ws")}/api/events/${event.code}/live`, {
      autoPong: false,
    });
    // It says hello like any voter: a silent connection is only pinged once greeted (docs/api.md).
    const openedAt = await new Promise<number>((resolve) =>
      dead.once("open", () => {
        dead.send(JSON.stringify({ type: "hello" }));
        resolve(Date.now());
      }),
    );
    const closedAfter = await new Promise<number>((resolve) =>
      dead.once("close", () => resolve(Date.now() - openedAt)),
    );
    expect(closedAfter).toBeLessThanOrEqual(3 * pingIntervalMs + 200);
    await new Promise((resolve) => setTimeout(resolve, 3 * pingIntervalMs));
    expect(healthy.socket.readyState).toBe(WebSocket.OPEN);
    await healthy.close();
  });
});

describe("slow consumers", () => {
  describe("with a cap on unsent bytes", () => {
    const server = useServer({
      tuning: { ...DEFAULT_TUNING, maxBufferedBytes: 16 * 1024, maxQueuedBytes: 64 * 1024 },
      // 40 polls of ~3.5 KB: an event far bigger than the limits allow, to flood the sockets.
      creationLimits: { ...loadConfig({}).creationLimits, pollTextPerEvent: Number.POSITIVE_INFINITY },
    });

    it("cuts off a client that stops reading once its unsent bytes pass the cap; others get every frame", async () => {
      const event = await createEvent(server.url);
      const bigPoll = {
        ...PICK_TWO_OF_SIX,
        question: `${"Frage ".repeat(80)}?`,
        options: Array.from({ length: 12 }, (_, i) => `${i} ${"Antwort ".repeat(24)}`),
      };
      // Opened one after another: all visible to voters and screens (closed, the last one open).
      for (let i = 0; i < 40; i++)
        await pollAction(server.url, event, (await createPoll(server.url, event, bigPoll)).id, "open");
      const reader = await connectLive(server.url, event.code);
      const stalled = await connectLive(server.url, event.code, "?role=screen");
      (stalled.socket as unknown as { _socket: { pause(): void } })._socket.pause();

      // Moving the first poll to the end renumbers all 40: 40 poll frames of ~3.5 KB to every
      // client per request, far more in all than the kernel's socket buffers hold.
      const moves = 120;
      for (let i = 0; i < moves; i++) {
        const listed = await request(server.url, "GET", `/api/events/${event.code}/polls`, { key: event.key });
        const head = listed.body.polls[0] as { id: number };
        await request(server.url, "PATCH", `/api/events/${event.code}/polls/${head.id}`, {
          body: { position: 40 },
          key: event.key,
        });
      }
      // The server has let go of the stalled screen (its paused socket cannot notice yet).
      const hub = server.app.hub;
      while (hub.connectionCount() > 1) await new Promise((resolve) => setTimeout(resolve, 20));
      const framesWanted = moves * 40;
      while (reader.frames.filter((f) => f.type === "poll").length < framesWanted) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(reader.socket.readyState).toBe(WebSocket.OPEN);
      stalled.socket.terminate();
      await reader.close();
    });
  });

  describe("with no buffer allowance at all", () => {
    const server = useServer({ tuning: { ...DEFAULT_TUNING, maxBufferedBytes: 0, maxBehindMs: 60_000 } });

    it("gives a client that fell behind the newest results once it drains", async () => {
      const event = await createEvent(server.url);
      const poll = await createPoll(server.url, event, EVENT_RATING);
      await pollAction(server.url, event, poll.id, "open");
      // With no buffer allowance at all, every results frame that meets unsent bytes is skipped
      // and owed: whatever was skipped, the last frame this screen sees is the final count.
      const screen = await connectLive(server.url, event.code, "?role=screen");
      for (let i = 0; i < 40; i++) {
        await request(server.url, "POST", `/api/events/${event.code}/polls/${poll.id}/votes`, { body: { rating: 5 } });
      }
      await screen.next("results", (f) => f.results.respondents === 40, 5000);
      await screen.close();
    });
  });
});
