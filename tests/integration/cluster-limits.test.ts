// The per-address caps on several nodes (docs/scaling.md): live connections, API requests and
// requests for events that do not exist are counted over every node, so a balancer spreading one
// address over three nodes does not give it three times the budget. A node that joins learns
// the connections already open on the others.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { DEFAULT_TUNING } from "../../server/config.js";
import { createEvent, type EventFixture, request } from "../helpers/api.js";
import { freshDatabaseUrl } from "../helpers/postgres.js";
import { startServer, type TestServer } from "../helpers/server.js";

const CONNECTIONS_PER_ADDRESS = 4;
const REQUEST_BURST = 30;
const UNKNOWN_EVENT_BURST = 6;
const settings = {
  maxConnectionsPerAddress: CONNECTIONS_PER_ADDRESS,
  trustProxyHops: 1,
  tuning: {
    ...DEFAULT_TUNING,
    addressRequestBurst: REQUEST_BURST,
    addressRequestsPerSecond: 0.5,
    unknownEventBurst: UNKNOWN_EVENT_BURST,
    unknownEventsPerSecond: 0.1,
  },
};

let url: string;
const nodes: TestServer[] = [];
/** Open sockets by the address they came from. */
const sockets = new Map<string, WebSocket[]>();
let event: EventFixture;

beforeAll(async () => {
  url = await freshDatabaseUrl();
  for (let i = 0; i < 3; i++) nodes.push(await startServer({ databaseUrl: url, ...settings }));
  event = await createEvent(node(0).url);
});

afterAll(async () => {
  for (const socket of [...sockets.values()].flat()) socket.terminate();
  for (const server of nodes) {
    await server.close();
    server.cleanup();
  }
});

const node = (i: number) => nodes[i] as TestServer;
const from = (address: string) => ({ "x-forwarded-for": address });
/** Until `server` counts `count` live connections from `address` over every node (their batches arrived). */
const counted = (server: TestServer, address: string, count: number) =>
  expect.poll(() => server.app.cluster?.connectionsFrom(address), { timeout: 10_000, interval: 20 }).toBe(count);

async function metric(server: TestServer, name: string): Promise<number> {
  const metrics = await (await fetch(`${server.url}/metrics`)).text();
  return Number(new RegExp(`^handzeichen_cluster_${name} (\\d+)$`, "m").exec(metrics)?.[1]);
}

/** The status of an upgrade to the live feed from `address`: 101 keeps the socket open. */
function upgrade(server: TestServer, address: string): Promise<number> {
  return new Promise((resolve) => {
    const socket = new WebSocket(`${server.url.replace(/^http/, "ws")}/api/events/${event.code}/live?role=screen`, {
      headers: from(address),
    });
    socket.once("open", () => {
      sockets.set(address, [...(sockets.get(address) ?? []), socket]);
      resolve(101);
    });
    socket.once("unexpected-response", (_request, response) => resolve(response.statusCode ?? 0));
    socket.on("error", () => resolve(0));
  });
}

function closeOne(address: string): Promise<void> {
  const socket = sockets.get(address)?.pop();
  if (!socket) throw new Error(`no socket open from ${address}`);
  return new Promise((done) => {
    socket.once("close", () => done());
    socket.close();
  });
}

describe("per-address caps over three nodes", () => {
  it("counts an address's live connections on every node, also on a node that joins later", async () => {
    const room = "203.0.113.7";
    expect(await upgrade(node(0), room)).toBe(101);
    expect(await upgrade(node(0), room)).toBe(101);
    expect(await upgrade(node(1), room)).toBe(101);
    expect(await upgrade(node(1), room)).toBe(101);
    await counted(node(2), room, 4);
    // Node C has none from this address itself: the four on A and B count.
    expect(await upgrade(node(2), room)).toBe(503);
    expect(await upgrade(node(2), "198.51.100.20")).toBe(101);

    // A node started now asks the others for their counts once it hears them (heartbeats, 1 s).
    nodes.push(await startServer({ databaseUrl: url, ...settings }));
    await expect.poll(() => metric(node(3), "other_nodes"), { timeout: 5000, interval: 100 }).toBe(3);
    await counted(node(3), room, 4);
    expect(await upgrade(node(3), room)).toBe(503);

    // One closes (the last opened: on B); any node lets one more in.
    await closeOne(room);
    await expect.poll(() => upgrade(node(3), room), { timeout: 5000, interval: 100 }).toBe(101);
    await counted(node(2), room, 4);
    expect(await upgrade(node(2), room)).toBe(503);

    // A node that stops cleanly says so: the others forget it (and its connections) at once,
    // without waiting 3.5 s for its heartbeats to stop and re-reading everything.
    const resyncsBefore = await metric(node(0), "resyncs");
    await expect.poll(() => upgrade(node(3), room), { timeout: 5000, interval: 100 }).toBe(503);
    const leaving = nodes.pop() as TestServer;
    await leaving.close();
    leaving.cleanup();
    await expect.poll(() => metric(node(0), "other_nodes"), { timeout: 1000, interval: 50 }).toBe(2);
    expect(await metric(node(0), "resyncs")).toBe(resyncsBefore);
  });

  it("counts an address's API requests on every node", async () => {
    const statuses: number[] = [];
    // Half again the budget, spread over the three nodes: each alone would let all through.
    for (let i = 0; i < REQUEST_BURST * 1.5; i++) {
      const reply = await request(node(i % 3).url, "GET", `/api/events/${event.code}`, {
        headers: from("192.0.2.55"),
      });
      statuses.push(reply.status);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    const allowed = statuses.filter((status) => status === 200).length;
    // The budget, what refills in the ~2 s this takes, and a request or two in flight between nodes.
    expect(allowed).toBeGreaterThanOrEqual(REQUEST_BURST - 1);
    expect(allowed).toBeLessThanOrEqual(REQUEST_BURST + 3);
    expect(statuses.slice(-5)).toEqual([429, 429, 429, 429, 429]);
  });

  it("counts guesses of event codes on every node", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < UNKNOWN_EVENT_BURST * 2; i++) {
      const reply = await request(node(i % 3).url, "GET", `/api/events/no-such-event-${i}`, {
        headers: from("192.0.2.77"),
      });
      statuses.push(reply.status);
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
    expect(statuses.filter((status) => status === 404).length).toBeLessThanOrEqual(UNKNOWN_EVENT_BURST + 1);
    expect(statuses.slice(-3)).toEqual([429, 429, 429]);
  });
});
