// Several nodes while PostgreSQL is away (docs/scaling.md "PostgreSQL restarts"): the nodes stay
// up, keep their sockets, and once the database is back they serve and count again. Two real
// server processes reach PostgreSQL through a proxy that cuts them off, as a restart would.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ChoicePoll } from "../../shared/poll.js";
import { createEvent, createPoll, PICK_TWO_OF_SIX, pollAction, request } from "../helpers/api.js";
import { type ChildServer, spawnServer } from "../helpers/child-server.js";
import { freshDatabaseUrl } from "../helpers/postgres.js";
import { tempDatabasePath } from "../helpers/server.js";
import { startTcpProxy, type TcpProxy } from "../helpers/tcp-proxy.js";

/** Longer than a node takes to hear the other's first heartbeat (one a second). */
const HEARD_EACH_OTHER_MS = 1_500;
/**
 * Longer than a node waits before it takes a silent node for dead (3.5 s) and re-reads
 * everything, which fails while PostgreSQL is away.
 */
const AWAY_MS = 5_500;
/** After PostgreSQL is back: the nodes reconnect (backoff up to a few seconds) and catch up. */
const BACK_WITHIN_MS = 10_000;

describe("two nodes while PostgreSQL is away", () => {
  const nodes: ChildServer[] = [];
  const unusedFile = tempDatabasePath();
  let proxy: TcpProxy;

  beforeAll(async () => {
    proxy = await startTcpProxy(await freshDatabaseUrl());
    for (let index = 0; index < 2; index++) {
      nodes.push(await spawnServer(unusedFile.path, { DATABASE_URL: proxy.url, LOG_LEVEL: "fatal" }));
    }
  });
  afterAll(async () => {
    await Promise.all(nodes.map((node) => node.kill("SIGKILL")));
    await proxy.close();
    unusedFile.cleanup();
  });

  it("stays up, and counts again across nodes once it is back", async () => {
    const [a, b] = nodes as [ChildServer, ChildServer];
    await new Promise((wait) => setTimeout(wait, HEARD_EACH_OTHER_MS));
    proxy.cut();
    await new Promise((wait) => setTimeout(wait, AWAY_MS));
    for (const node of nodes) {
      expect(node.process.exitCode, node.output().slice(-2_000)).toBeNull();
      expect((await request(node.url, "GET", "/healthz")).status).toBe(503);
    }

    proxy.restore();
    for (const node of nodes) {
      await expect
        .poll(async () => (await request(node.url, "GET", "/healthz")).status, { timeout: BACK_WITHIN_MS })
        .toBe(200);
    }
    const event = await createEvent(a.url);
    const poll = (await createPoll(a.url, event, PICK_TWO_OF_SIX)) as ChoicePoll;
    expect((await pollAction(a.url, event, poll.id, "open")).status).toBe(200);
    const votes = `/api/events/${event.code}/polls/${poll.id}/votes`;
    expect((await request(a.url, "POST", votes, { body: { optionIds: [poll.options[0]?.id] } })).status).toBe(200);
    const respondents = async () =>
      (await request(b.url, "GET", `/api/events/${event.code}/polls/${poll.id}/results`)).body?.results?.respondents;
    await expect.poll(respondents, { timeout: BACK_WITHIN_MS }).toBe(1);
  }, 60_000);
});
