// Moving from SQLite to PostgreSQL (docs/scaling.md, "Moving from SQLite"): the real command,
// `node dist/server/copy-to-postgres.js`, copies a server's SQLite file filled through the API
// into a fresh PostgreSQL database. A node started on it then answers exactly as the SQLite
// server did: events, polls, results, word marks, questions, exports; the moderator key and a
// phone's token still work; new rows get new ids. A second copy, or a missing file, is refused
// with a message and changes nothing.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import Sqlite from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../bench/server-process.js";
import type { Poll } from "../../shared/poll.js";
import { createEvent, createPoll, type EventFixture, PICK_TWO_OF_SIX, pollAction, request } from "../helpers/api.js";
import { freshDatabaseUrl } from "../helpers/postgres.js";
import { startServer, type TestServer, tempDatabasePath } from "../helpers/server.js";

const COMMAND = join(REPO_ROOT, "dist/server/copy-to-postgres.js");

function copy(databasePath: string, databaseUrl: string) {
  return spawnSync(process.execPath, [COMMAND, databasePath], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? "", DATABASE_URL: databaseUrl },
    encoding: "utf8",
    timeout: 60_000,
  });
}

/** Everything a moderator and the audience can read of an event. */
async function everything(url: string, event: EventFixture, polls: Poll[]) {
  const path = `/api/events/${event.code}`;
  const read = async (sub: string, key?: string) => {
    const reply = await request(url, "GET", `${path}${sub}`, key ? { key } : {});
    expect(reply.status, sub).toBe(200);
    return reply.body;
  };
  return {
    event: await read("", event.key),
    polls: await read("/polls", event.key),
    results: await Promise.all(polls.map((poll) => read(`/polls/${poll.id}/results`, event.key))),
    questions: await read("/questions", event.key),
    export: { ...(await read("/export.json", event.key)), exportedAt: "when it is asked for" },
    csv: (await request(url, "GET", `${path}/export.csv`, { key: event.key })).body,
  };
}

describe("copying a SQLite database into PostgreSQL", () => {
  const database = tempDatabasePath();
  /** The PostgreSQL node's own setting for a file it never opens. */
  const unused = tempDatabasePath();
  let sqliteServer: TestServer | undefined;
  let postgresServer: TestServer | undefined;
  let databaseUrl: string;
  let event: EventFixture;
  let polls: Poll[];
  let phone: string;
  let before: Awaited<ReturnType<typeof everything>>;

  beforeAll(async () => {
    sqliteServer = await startServer({ databaseUrl: undefined }, database.path);
    const { url } = sqliteServer;
    const api = (method: string, path: string, options?: Parameters<typeof request>[3]) =>
      request(url, method, `/api/events/${event.code}${path}`, options);
    event = await createEvent(url, { title: "Fachtag Inklusion", locale: "de" });
    await createEvent(url, { title: "Leer" });
    const choice = await createPoll(url, event, {
      ...PICK_TWO_OF_SIX,
      translations: { tr: { question: "Hangi iki konu?" } },
    });
    const rating = await createPoll(url, event, { type: "rating", question: "Wie war es?", scale: 5 });
    const text = await createPoll(url, event, { type: "text", question: "Ein Wort?", stopWords: true });
    const draft = await createPoll(url, event, { type: "rating", question: "Noch nicht offen" });
    polls = [choice, rating, text, draft];
    const tokens: string[] = [];
    for (const poll of [choice, rating, text]) {
      await pollAction(url, event, poll.id, "open");
      for (let n = 0; n < 5; n++) {
        const body =
          poll.type === "choice"
            ? { optionIds: poll.options.slice(n % 3, (n % 3) + 2).map((option) => option.id) }
            : poll.type === "rating"
              ? { rating: (n % 5) + 1 }
              : { answers: [["Kaffee", "der Kaffee", "Pause", "Menschen", "Zeit"][n] as string] };
        const token = tokens[n];
        const headers: Record<string, string> = token ? { "x-participant-token": token } : {};
        const reply = await api("POST", `/polls/${poll.id}/votes`, { body, headers });
        expect(reply.status).toBe(200);
        tokens[n] ??= reply.body.participantToken;
      }
      if (poll !== text) await pollAction(url, event, poll.id, "close");
    }
    phone = tokens[0] as string;
    await api("POST", `/polls/${text.id}/hidden`, { key: event.key, body: { text: "Pause" } });
    await api("PATCH", "", { key: event.key, body: { qa: { enabled: true, blockedWords: ["Mist"] } } });
    const asked = [];
    for (const [n, text] of ["Wann ist Pause?", "Gibt es Kaffee?", "So ein Mist"].entries()) {
      const reply = await api("POST", "/questions", {
        body: { text, name: n === 0 ? "Ayşe" : undefined },
        headers: { "x-participant-token": tokens[n] as string },
      });
      expect(reply.status).toBe(201);
      asked.push(reply.body.question.id as number);
    }
    await api("PUT", `/questions/${asked[1]}/upvote`, { headers: { "x-participant-token": tokens[3] as string } });
    await api("PATCH", `/questions/${asked[0]}`, { key: event.key, body: { state: "answered", highlighted: true } });
    await api("PATCH", "", { key: event.key, body: { accessCode: "4711", screen: "qa" } });
    before = await everything(url, event, polls);
    await sqliteServer.close();
    sqliteServer = undefined;
    databaseUrl = await freshDatabaseUrl();
  });

  afterAll(async () => {
    await sqliteServer?.close();
    await postgresServer?.close();
    database.cleanup();
    unused.cleanup();
  });

  it("copies every row, and a node on PostgreSQL answers exactly as the SQLite server did", async () => {
    const copied = copy(database.path, databaseUrl);
    expect(copied.stderr).toBe("");
    expect(copied.status).toBe(0);
    expect(copied.stdout).toMatch(/events\s+2 rows/);
    expect(copied.stdout).toMatch(/votes\s+15 rows/);
    expect(copied.stdout).toMatch(/questions\s+3 rows/);

    postgresServer = await startServer({ databaseUrl }, unused.path);
    const { url } = postgresServer;
    expect(await everything(url, event, polls)).toEqual(before);

    // The phone is the same participant: its vote replaces its old one.
    const [, rating] = polls as [Poll, Poll];
    await pollAction(url, event, rating.id, "open");
    const again = await request(url, "POST", `/api/events/${event.code}/polls/${rating.id}/votes`, {
      body: { rating: 5 },
      headers: { "x-participant-token": phone, "x-access-code": "4711" },
    });
    expect(again.status, JSON.stringify(again.body)).toBe(200);
    const results = await request(url, "GET", `/api/events/${event.code}/polls/${rating.id}/results`);
    expect(results.body.results.respondents).toBe(5);

    // New rows get ids after the copied ones.
    const poll = await createPoll(url, event, { type: "rating", question: "Neu" });
    expect(poll.id).toBeGreaterThan(Math.max(...polls.map((one) => one.id)));
    const other = await createEvent(url, { title: "Neu" });
    expect(other.code).not.toBe(event.code);
  });

  it("refuses to copy into a database that is in use, or from a file that is not there, and changes nothing", async () => {
    const { url } = postgresServer as TestServer;
    const beforeRefusal = await everything(url, event, polls);
    const twice = copy(database.path, databaseUrl);
    expect(twice.status).toBe(1);
    expect(twice.stderr).toMatch(/^Nothing was copied: The PostgreSQL database already holds events or participants/);
    const missing = copy(join(database.path, "..", "nicht-da.db"), await freshDatabaseUrl());
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^Nothing was copied: There is no SQLite database at .*nicht-da\.db/);
    expect(await everything(url, event, polls)).toEqual(beforeRefusal);
  });

  it("names the table of a row PostgreSQL refuses, and leaves the database empty", async () => {
    // A title with U+0000, as a server could store before such text was refused.
    const broken = tempDatabasePath();
    try {
      const old = await startServer({ databaseUrl: undefined }, broken.path);
      await createEvent(old.url, { title: "Vorher" });
      await old.close();
      const sqlite = new Sqlite(broken.path);
      sqlite.prepare("UPDATE events SET title = ?").run("Null\u0000Byte");
      sqlite.close();
      const target = await freshDatabaseUrl();
      const refused = copy(broken.path, target);
      expect(refused.status).toBe(1);
      expect(refused.stderr).toMatch(/^Nothing was copied: PostgreSQL refused a row of the table events: /);
      const client = new pg.Client({ connectionString: target });
      await client.connect();
      try {
        expect((await client.query("SELECT count(*)::int AS n FROM events")).rows[0].n).toBe(0);
      } finally {
        await client.end();
      }
    } finally {
      broken.cleanup();
    }
  });
});
