// Several nodes on one PostgreSQL (docs/scaling.md): three real apps in this process, each with
// its own store, registry and live hub, share one database. A change on any node reaches the
// clients of every node, figures end equal to the database's, and shared limits hold across nodes.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEvent, createPoll, type EventFixture, PICK_TWO_OF_SIX, pollAction, request } from "../helpers/api.js";
import { connectLive, type LiveClient } from "../helpers/live-client.js";
import { freshDatabaseUrl } from "../helpers/postgres.js";
import { startServer, type TestServer } from "../helpers/server.js";

let url: string;
const nodes: TestServer[] = [];
const clients: LiveClient[] = [];

beforeAll(async () => {
  url = await freshDatabaseUrl();
  // One after the other: the first migrates, the others find the schema in place.
  for (let i = 0; i < 3; i++) nodes.push(await startServer({ databaseUrl: url }));
});

afterAll(async () => {
  for (const client of clients) await client.close();
  for (const node of nodes) {
    await node.close();
    node.cleanup();
  }
});

const node = (i: number) => nodes[i] as TestServer;
const a = () => node(0);
const b = () => node(1);
const c = () => node(2);

async function live(node: TestServer, code: string, query = "") {
  const client = await connectLive(node.url, code, query);
  clients.push(client);
  return client;
}

/** Every node has applied what the others told it, and re-read what it doubted. */
async function settled() {
  // A change leaves its node with the outbox's next batch (20 ms); then every other node must
  // have received each node's messages so far, however long NOTIFY takes on a busy machine.
  await new Promise((resolve) => setTimeout(resolve, 150));
  const heardAll = () =>
    nodes.every((from) =>
      nodes.every((to) => {
        const sender = from.app.cluster;
        if (from === to || !sender) return true;
        return (to.app.cluster?.heardUpTo(sender.id) ?? 0) >= sender.stats().messagesSent;
      }),
    );
  await expect.poll(heardAll, { timeout: 10_000, interval: 20 }).toBe(true);
  for (const node of nodes) {
    await node.app.cluster?.idle();
    await node.app.cluster?.reconciler.settle();
  }
}

async function storedCounts(pollId: number): Promise<number> {
  const sql = new pg.Client({ connectionString: url });
  await sql.connect();
  try {
    const { rows } = await sql.query<{ n: string }>("SELECT count(*) AS n FROM votes WHERE poll_id = $1", [pollId]);
    return Number(rows[0]?.n);
  } finally {
    await sql.end();
  }
}

describe("three nodes on one PostgreSQL", () => {
  let event: EventFixture;

  beforeAll(async () => {
    event = await createEvent(a().url);
  });

  it("knows an event created on another node", async () => {
    await settled();
    for (const node of nodes) expect((await request(node.url, "GET", `/api/events/${event.code}`)).status).toBe(200);
    // The operator sees the channel in /metrics: the others heard of it, and hear each other.
    const metric = async (name: string) =>
      Number(
        new RegExp(`^handzeichen_cluster_${name} (\\d+)$`, "m").exec(
          await (await fetch(`${b().url}/metrics`)).text(),
        )?.[1],
      );
    expect(await metric("messages_received")).toBeGreaterThan(0);
    // Heartbeats go out every second.
    await expect.poll(() => metric("other_nodes"), { timeout: 3000 }).toBe(2);
  });

  it("sends a poll opened on node B to a phone on node C, and votes on A to the projectors of every node", async () => {
    const phone = await live(c(), event.code);
    const screens = await Promise.all(nodes.map((node) => live(node, event.code, "?role=screen")));
    await phone.next("snapshot");
    const poll = await createPoll(b().url, event, PICK_TWO_OF_SIX);
    await pollAction(b().url, event, poll.id, "open");
    const opened = await phone.next("poll", (frame) => frame.poll.id === poll.id && frame.poll.state === "open");
    expect(opened.poll.question).toBe(PICK_TWO_OF_SIX.question);

    const [first, second] = poll.type === "choice" ? poll.options : [];
    const votes = `/api/events/${event.code}/polls/${poll.id}/votes`;
    for (let i = 0; i < 30; i++) {
      const node = nodes[i % 3] as TestServer;
      const optionIds = i % 2 === 0 ? [first?.id] : [first?.id, second?.id];
      expect((await request(node.url, "POST", votes, { body: { optionIds } })).status).toBe(200);
    }
    for (const screen of screens) {
      await screen.next("results", (frame) => frame.pollId === poll.id && frame.results.respondents === 30);
    }
    await settled();
    expect(await storedCounts(poll.id)).toBe(30);
    const figures = await Promise.all(
      nodes.map(async (node) => (await request(node.url, "GET", `${votes.replace("/votes", "/results")}`)).body),
    );
    for (const seen of figures) expect(seen).toEqual(figures[0]);
    expect(figures[0].results.respondents).toBe(30);
  });

  it("refuses a vote on one node for a poll closed at another a moment ago, and stores none", async () => {
    const poll = await createPoll(a().url, event, PICK_TWO_OF_SIX);
    const optionIds = poll.type === "choice" ? [poll.options[0]?.id] : [];
    const votes = `/api/events/${event.code}/polls/${poll.id}/votes`;
    for (let round = 0; round < 5; round++) {
      await pollAction(b().url, event, poll.id, "open");
      await settled();
      expect((await request(c().url, "POST", votes, { body: { optionIds } })).status).toBe(200);
      await pollAction(b().url, event, poll.id, "close");
      // At once: node C may still take the poll for open; the database does not.
      const late = await request(c().url, "POST", votes, { body: { optionIds } });
      expect(late.status).toBe(409);
      expect(late.body.error.code).toBe("POLL_CLOSED");
      expect(await storedCounts(poll.id)).toBe(round + 1);
    }
  });

  it("resets a poll on one node for every node", async () => {
    const poll = await createPoll(a().url, event, PICK_TWO_OF_SIX);
    await pollAction(a().url, event, poll.id, "open");
    const optionIds = poll.type === "choice" ? [poll.options[0]?.id] : [];
    const votes = `/api/events/${event.code}/polls/${poll.id}/votes`;
    for (const node of nodes) await request(node.url, "POST", votes, { body: { optionIds } });
    await settled();
    await request(c().url, "POST", `/api/events/${event.code}/polls/${poll.id}/reset`, { key: event.key });
    await settled();
    for (const node of nodes) {
      const results = await request(node.url, "GET", `/api/events/${event.code}/polls/${poll.id}/results`, {
        key: event.key,
      });
      expect(results.body.results.respondents).toBe(0);
    }
  });

  it("carries questions, their moderation and upvotes between nodes", async () => {
    await request(a().url, "PATCH", `/api/events/${event.code}`, {
      key: event.key,
      body: { qa: { enabled: true, moderation: "pre" } },
    });
    await settled();
    const moderator = await live(c(), event.code);
    moderator.send({ type: "moderate", moderatorKey: event.key });
    await moderator.next("snapshot", (frame) => frame.role === "moderator");
    const asked = await request(a().url, "POST", `/api/events/${event.code}/questions`, {
      body: { text: "Wie kommen wir vom Bahnhof hierher?" },
    });
    expect(asked.status).toBe(201);
    const id = asked.body.question.id;
    await moderator.next("question", (frame) => frame.question.id === id && frame.question.state === "pending");
    const phone = await live(b(), event.code);
    await phone.next("snapshot");
    await request(b().url, "PATCH", `/api/events/${event.code}/questions/${id}`, {
      key: event.key,
      body: { state: "visible" },
    });
    await phone.next("question", (frame) => frame.question.id === id && frame.question.state === "visible");
    await settled();
    for (const node of nodes) {
      const upvote = await request(node.url, "PUT", `/api/events/${event.code}/questions/${id}/upvote`);
      expect(upvote.status).toBe(200);
    }
    await moderator.next("upvotes", (frame) => frame.upvotes[id] === 3);
    await settled();
    for (const node of nodes) {
      const listed = await request(node.url, "GET", `/api/events/${event.code}/questions`, { key: event.key });
      expect(listed.body.questions.find((question: { id: number }) => question.id === id)?.upvotes).toBe(3);
    }
  });

  it("takes an upvote on one node for a question approved on another a moment ago", async () => {
    // Pre-moderation is on (the test before): the question waits until a moderator approves it.
    for (let round = 0; round < 5; round++) {
      const asked = await request(a().url, "POST", `/api/events/${event.code}/questions`, {
        body: { text: `Gibt es WLAN im Saal ${round}?` },
      });
      const id = asked.body.question.id;
      await settled();
      const approved = await request(b().url, "PATCH", `/api/events/${event.code}/questions/${id}`, {
        key: event.key,
        body: { state: "visible" },
      });
      expect(approved.status).toBe(200);
      // At once: node C may not have heard of the approval yet.
      const upvote = await request(c().url, "PUT", `/api/events/${event.code}/questions/${id}/upvote`);
      expect(upvote.status).toBe(200);
      expect(upvote.body.question.upvotes).toBe(1);
    }
  });

  it("takes a question on one node for Q&A switched on at another a moment ago", async () => {
    for (let round = 0; round < 3; round++) {
      const fresh = await createEvent(a().url);
      await settled();
      const switched = await request(b().url, "PATCH", `/api/events/${fresh.code}`, {
        key: fresh.key,
        body: { qa: { enabled: true } },
      });
      expect(switched.status).toBe(200);
      // At once: node C may not have heard that Q&A is on.
      const asked = await request(c().url, "POST", `/api/events/${fresh.code}/questions`, {
        body: { text: "Wo gibt es Kaffee?" },
      });
      expect(asked.status).toBe(201);
    }
  });

  it("counts wrong moderator keys across nodes", async () => {
    const target = await createEvent(b().url);
    await settled();
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) {
      const node = nodes[i % 3] as TestServer;
      const reply = await request(node.url, "PATCH", `/api/events/${target.code}`, {
        key: `wrong-key-${i}`,
        body: { title: "x" },
      });
      statuses.push(reply.status);
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    // One node alone would let each address try its whole budget on every node.
    const limit = nodes[0]?.app.config.tuning.moderatorKeyFailureBurst ?? 0;
    expect(statuses.filter((status) => status === 401).length).toBeLessThanOrEqual(limit + 2);
    expect(statuses).toContain(429);
  });

  it("catches up after its LISTEN connection broke: votes it never heard of are counted once it is back", async () => {
    const poll = await createPoll(a().url, event, PICK_TWO_OF_SIX);
    await pollAction(a().url, event, poll.id, "open");
    await settled();
    const optionIds = poll.type === "choice" ? [poll.options[1]?.id] : [];
    const votes = `/api/events/${event.code}/polls/${poll.id}/votes`;
    const results = `/api/events/${event.code}/polls/${poll.id}/results`;
    // PostgreSQL cuts every node's LISTEN connection (as a restart or a network fault would).
    const sql = new pg.Client({ connectionString: url });
    await sql.connect();
    try {
      const cut = await sql.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN %' AND datname = current_database()",
      );
      expect(cut.rowCount).toBe(3);
    } finally {
      await sql.end();
    }
    for (let i = 0; i < 12; i++) await request(a().url, "POST", votes, { body: { optionIds } });
    const respondents = (node: TestServer) =>
      request(node.url, "GET", results).then((reply) => reply.body.results.respondents);
    for (const node of nodes) await expect.poll(() => respondents(node), { timeout: 8000 }).toBe(12);
    expect(await storedCounts(poll.id)).toBe(12);
  });

  it("groups open answers given on every node alike, and hides a word everywhere", async () => {
    const poll = await createPoll(b().url, event, { type: "text", question: "Ein Wort für heute?", maxAnswers: 2 });
    await pollAction(b().url, event, poll.id, "open");
    await settled();
    const votes = `/api/events/${event.code}/polls/${poll.id}/votes`;
    const given = [["Kaffee", "Regen"], ["kaffee"], ["KAFFEE ", "Sonne"], ["Regen"], ["Quatsch"], ["quatsch", "Sonne"]];
    for (const [i, answers] of given.entries()) {
      expect((await request((nodes[i % 3] as TestServer).url, "POST", votes, { body: { answers } })).status).toBe(200);
    }
    const hidden = await request(c().url, "POST", `/api/events/${event.code}/polls/${poll.id}/hidden`, {
      key: event.key,
      body: { text: "QUATSCH" },
    });
    expect(hidden.status).toBe(200);
    await settled();
    const results = `/api/events/${event.code}/polls/${poll.id}/results`;
    const seen = await Promise.all(nodes.map(async (node) => (await request(node.url, "GET", results)).body.results));
    for (const figures of seen) expect(figures).toEqual(seen[0]);
    expect(seen[0].respondents).toBe(6);
    expect(seen[0].words.map((word: { text: string; count: number }) => [word.text, word.count])).toEqual([
      ["Kaffee", 3],
      ["Regen", 2],
      ["Sonne", 2],
    ]);
  });

  it("groups open answers anew on every node when the event's language changes on one", async () => {
    const own = await createEvent(a().url, { locale: "de" });
    const poll = await createPoll(b().url, own, { type: "text", question: "Was trinken Sie?", stopWords: true });
    await pollAction(b().url, own, poll.id, "open");
    await settled();
    const votes = `/api/events/${own.code}/polls/${poll.id}/votes`;
    const given = ["der Kaffee", "Kaffee", "Kaffee und Kuchen", "the coffee", "coffee", "der Tee"];
    for (const [i, answer] of given.entries()) {
      const node = nodes[i % 3] as TestServer;
      expect((await request(node.url, "POST", votes, { body: { answers: [answer] } })).status).toBe(200);
    }
    const hide = await request(c().url, "POST", `/api/events/${own.code}/polls/${poll.id}/hidden`, {
      key: own.key,
      body: { text: "Kaffee und Kuchen" },
    });
    expect(hide.body).toEqual({ key: "kaffee kuchen", mark: "hidden" });
    await settled();
    const changed = await request(a().url, "PATCH", `/api/events/${own.code}`, {
      key: own.key,
      body: { locale: "en" },
    });
    expect(changed.status).toBe(200);
    const results = `/api/events/${own.code}/polls/${poll.id}/results`;
    /** Every node's groups, checked equal: group key to [participants, mark]. */
    const groupsEverywhere = async () => {
      await settled();
      const seen = await Promise.all(
        nodes.map(async (node) => (await request(node.url, "GET", results, { key: own.key })).body.results),
      );
      for (const figures of seen) expect(figures).toEqual(seen[0]);
      return Object.fromEntries(
        seen[0].words.map((word: { key: string; count: number; mark?: string }) => [word.key, [word.count, word.mark]]),
      );
    };
    const expected = {
      coffee: [2, undefined],
      kaffee: [1, undefined],
      "der kaffee": [1, undefined],
      "kaffee und kuchen": [1, "hidden"],
    };
    expect(await groupsEverywhere()).toEqual({ ...expected, "der tee": [1, undefined] });
    // And answers given afterwards, on every node, fall in the same groups.
    for (const node of nodes) {
      expect((await request(node.url, "POST", votes, { body: { answers: ["der Tee"] } })).status).toBe(200);
    }
    expect(await groupsEverywhere()).toEqual({ ...expected, "der tee": [4, undefined] });
  });
});
