// A node that stood still (a frozen VM; here SIGSTOP) while its phones moved to another node:
// what it read from their sockets once it woke is older than what they did since, and must not
// overwrite it. Two real server processes on one PostgreSQL.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEvent, createPoll, PICK_TWO_OF_SIX, pollAction } from "../helpers/api.js";
import { type ChildServer, spawnServer } from "../helpers/child-server.js";
import { freshDatabaseUrl } from "../helpers/postgres.js";
import { tempDatabasePath } from "../helpers/server.js";
import { tokenHashOf } from "../helpers/stored-votes.js";
import { connectVoter } from "../helpers/voter.js";

/** Longer than STALL_MS (3 s), as long as a page waits at the least before it leaves a silent node. */
const FROZEN_MS = 4_000;

const unusedFile = tempDatabasePath();
let databaseUrl = "";
const nodes: ChildServer[] = [];

beforeAll(async () => {
  databaseUrl = await freshDatabaseUrl();
  for (let i = 0; i < 2; i++) nodes.push(await spawnServer(unusedFile.path, { DATABASE_URL: databaseUrl }));
});

afterAll(async () => {
  for (const node of nodes) {
    node.process.kill("SIGCONT");
    await node.kill("SIGKILL");
  }
  unusedFile.cleanup();
});

describe("a node that stood still", () => {
  it("does not store a vote it read after waking over the newer one its phone gave on another node", async () => {
    const [a, b] = nodes as [ChildServer, ChildServer];
    const event = await createEvent(a.url);
    const poll = await createPoll(a.url, event, PICK_TWO_OF_SIX);
    await pollAction(a.url, event, poll.id, "open");
    const [first, second, third] = poll.type === "choice" ? poll.options.map((option) => option.id) : [];
    const onA = await connectVoter(a.url, event.code);
    expect((await onA.vote("v1", poll.id, { optionIds: [first as number] })).kind).toBe("ack");

    a.process.kill("SIGSTOP");
    try {
      // Sent to the frozen node: it waits in the kernel's buffer, unanswered.
      const stale = onA.vote("v2", poll.id, { optionIds: [second as number] });
      // The page gives up on the silent node and votes anew through another.
      const onB = await connectVoter(b.url, event.code, { token: onA.token });
      await new Promise((resolve) => setTimeout(resolve, FROZEN_MS));
      expect((await onB.vote("v3", poll.id, { optionIds: [third as number] })).kind).toBe("ack");
      a.process.kill("SIGCONT");
      // The woken node closes the connection instead of acting on what waited in it.
      expect((await stale).kind).toBe("lost");
      expect((await onA.closed).code).toBe(1012);
      await onB.close();
    } finally {
      a.process.kill("SIGCONT");
    }
    // Any write the woken node might still make has had its time.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const sql = new pg.Client({ connectionString: databaseUrl });
    await sql.connect();
    try {
      const { rows } = await sql.query<{ value: number }>(
        "SELECT v.value FROM votes v JOIN participants p ON p.id = v.participant_id WHERE v.poll_id = $1 AND p.token_hash = $2",
        [poll.id, tokenHashOf(onA.token)],
      );
      // The third option: bit 2 of the ballot.
      expect(rows).toEqual([{ value: 0b100 }]);
    } finally {
      await sql.end();
    }
  });
});
