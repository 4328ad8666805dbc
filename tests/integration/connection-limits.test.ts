// Floods at the edge: live connections are capped per address and in all, upgrades count as
// requests, and guessing event codes is slow — while /healthz, REST and real rooms carry on.
import { afterEach, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { DEFAULT_TUNING } from "../../server/config.js";
import { createEvent, request } from "../helpers/api.js";
import { useChildServer } from "../helpers/child-server.js";
import { useServer } from "../helpers/server.js";

type Upgrade =
  | { status: 101; socket: WebSocket }
  | { status: number; body: { error?: { code: string; message: string } } | undefined };

/** Opens the live feed; resolves with the open socket, or with the refusal's status and body. */
function upgrade(baseUrl: string, code: string, headers: Record<string, string> = {}): Promise<Upgrade> {
  return new Promise((resolve) => {
    const socket = new WebSocket(`${baseUrl.replace(/^http/, "ws")}/api/events/${code}/live?role=screen`, {
      headers,
      perMessageDeflate: false,
    });
    socket.once("open", () => resolve({ status: 101, socket }));
    socket.once("unexpected-response", (_request, response) => {
      let text = "";
      response.on("data", (chunk) => {
        text += chunk;
      });
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, body: text ? JSON.parse(text) : undefined }),
      );
    });
    // Dropped without an answer (0): what a server out of descriptors does.
    socket.on("error", () => resolve({ status: 0, body: undefined }));
  });
}

const opened = (attempt: Upgrade): WebSocket => {
  if (attempt.status !== 101 || !("socket" in attempt)) throw new Error(`upgrade refused: ${attempt.status}`);
  return attempt.socket;
};

const closeAll = (sockets: WebSocket[]) =>
  Promise.all(
    sockets.map(
      (socket) =>
        new Promise<void>((done) => {
          if (socket.readyState === WebSocket.CLOSED) return done();
          socket.once("close", () => done());
          socket.close();
        }),
    ),
  );

const sockets: WebSocket[] = [];
afterEach(async () => {
  await closeAll(sockets.splice(0));
});

describe("live connections per address", () => {
  describe("at three per address", () => {
    const server = useServer({ maxConnectionsPerAddress: 3, trustProxyHops: 1 });

    it("refuses one more than the cap with 503 before the upgrade; health, REST and other addresses carry on", async () => {
      const event = await createEvent(server.url);
      const venue = { "x-forwarded-for": "198.51.100.20" };
      for (let i = 0; i < 3; i++) sockets.push(opened(await upgrade(server.url, event.code, venue)));

      const refused = await upgrade(server.url, event.code, venue);
      expect(refused.status).toBe(503);
      expect("body" in refused && refused.body?.error?.code).toBe("RATE_LIMITED");

      expect((await request(server.url, "GET", "/healthz")).status).toBe(200);
      expect((await request(server.url, "GET", `/api/events/${event.code}`, { headers: venue })).status).toBe(200);
      sockets.push(opened(await upgrade(server.url, event.code, { "x-forwarded-for": "198.51.100.21" })));

      // A closed connection frees its place at once.
      await closeAll(sockets.splice(0, 1));
      await new Promise((resolve) => setTimeout(resolve, 50));
      sockets.push(opened(await upgrade(server.url, event.code, venue)));
    });
  });

  describe("at two per address", () => {
    const server = useServer({ maxConnectionsPerAddress: 2, trustProxyHops: 1 });

    it("counts an IPv6 client by its /64, so it cannot multiply its share by changing addresses", async () => {
      const event = await createEvent(server.url);
      sockets.push(opened(await upgrade(server.url, event.code, { "x-forwarded-for": "2001:db8:1:2::a" })));
      sockets.push(opened(await upgrade(server.url, event.code, { "x-forwarded-for": "2001:db8:1:2::b" })));
      expect((await upgrade(server.url, event.code, { "x-forwarded-for": "2001:db8:1:2:ffff::c" })).status).toBe(503);
      sockets.push(opened(await upgrade(server.url, event.code, { "x-forwarded-for": "2001:db8:1:3::a" })));
    });
  });
});

describe("live connections in all", () => {
  const server = useServer({ maxConnections: 4, trustProxyHops: 1 });

  it("refuses connections past MAX_CONNECTIONS with 503 INTERNAL, whatever their address", async () => {
    const event = await createEvent(server.url);
    for (let i = 0; i < 4; i++) {
      sockets.push(opened(await upgrade(server.url, event.code, { "x-forwarded-for": `203.0.113.${i}` })));
    }
    const refused = await upgrade(server.url, event.code, { "x-forwarded-for": "203.0.113.99" });
    expect(refused.status).toBe(503);
    expect("body" in refused && refused.body?.error?.code).toBe("INTERNAL");
    expect((await request(server.url, "GET", "/healthz")).status).toBe(200);
    expect((await request(server.url, "GET", `/api/events/${event.code}`)).status).toBe(200);
  });
});

describe("upgrades as requests", () => {
  // No refill during the test: the burst is all there is.
  const server = useServer({ tuning: { ...DEFAULT_TUNING, addressRequestBurst: 8, addressRequestsPerSecond: 0.01 } });

  it("counts WebSocket upgrades toward the per-address request limit", async () => {
    const event = await createEvent(server.url);
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) {
      const attempt = await upgrade(server.url, event.code);
      statuses.push(attempt.status);
      if ("socket" in attempt) sockets.push(attempt.socket);
    }
    // One token went to creating the event.
    expect(statuses).toEqual([101, 101, 101, 101, 101, 101, 101, 429, 429, 429]);
  });
});

describe("guessing event codes", () => {
  // The default burst, without refill during the test.
  const server = useServer({ tuning: { ...DEFAULT_TUNING, unknownEventsPerSecond: 0.01 } });

  it("makes requests for unknown codes, REST and upgrades, slow, while the real event stays reachable", async () => {
    const event = await createEvent(server.url);
    const statuses: number[] = [];
    for (let i = 0; i < 60; i++) {
      const code = String(100_000 + i);
      if (i % 2 === 0) statuses.push((await request(server.url, "GET", `/api/events/${code}`)).status);
      else statuses.push((await upgrade(server.url, code)).status);
    }
    const guessed = statuses.filter((status) => status === 404).length;
    expect(guessed).toBe(DEFAULT_TUNING.unknownEventBurst);
    expect(statuses.slice(-20).every((status) => status === 429)).toBe(true);

    expect((await request(server.url, "GET", `/api/events/${event.code}`)).status).toBe(200);
    sockets.push(opened(await upgrade(server.url, event.code)));
  });
});

describe("a flood of sockets against a small open-file limit", () => {
  const FLOOD = 450;
  const WAVE = 25;
  // With 400 descriptors the default MAX_CONNECTIONS is 200; without a cap the flood below
  // used up every descriptor and nothing could connect any more.
  const child = useChildServer({ openFileLimit: 400 });

  it("stays below the limit: /healthz, REST and new sockets keep working for everyone", async () => {
    const event = await createEvent(child.url);
    const url = child.url;
    const statuses: number[] = [];
    // In waves, as a script opens them; each wave's handshakes fit in the reserve.
    for (let wave = 0; wave < FLOOD / WAVE; wave++) {
      const attempts = await Promise.all(Array.from({ length: WAVE }, () => upgrade(url, event.code)));
      for (const attempt of attempts) {
        statuses.push(attempt.status);
        if ("socket" in attempt) sockets.push(attempt.socket);
      }
    }
    expect(sockets.length).toBe(200);
    expect(statuses.filter((status) => status === 503).length).toBe(FLOOD - 200);

    expect((await request(child.url, "GET", "/healthz")).status).toBe(200);
    expect((await request(child.url, "GET", `/api/events/${event.code}`)).status).toBe(200);
    // Once the flood lets go, others connect again.
    await closeAll(sockets.splice(0, 10));
    await new Promise((resolve) => setTimeout(resolve, 100));
    sockets.push(opened(await upgrade(child.url, event.code)));
  }, 60_000);
});
