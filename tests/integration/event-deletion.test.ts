// Deleting an event removes exactly its data, and costs what the event holds, not what the
// database holds: a participant's votes are found through an index, never by a scan of every
// vote (the benchmark's "deletion" scenario measures the time; no timing is asserted here).
import { existsSync } from "node:fs";
import Sqlite from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { runDeletion } from "../../bench/scenarios/deletion.js";
import { buildServer, SERVER_ENTRY } from "../../bench/server-process.js";
import { createEvent, createPoll, EVENT_RATING, type EventFixture, pollAction, request } from "../helpers/api.js";
import { onPostgres, useServer } from "../helpers/server.js";
import { storedRows } from "../helpers/stored-rows.js";
import { tokenHashOf } from "../helpers/stored-votes.js";

const BENCH_TIMEOUT_MS = 60_000;

async function ratingPoll(url: string, event: EventFixture): Promise<number> {
  const poll = await createPoll(url, event, EVENT_RATING);
  await pollAction(url, event, poll.id, "open");
  return poll.id;
}

describe("deleting an event", () => {
  describe("in the server's database", () => {
    // The tests read the database file itself, so each gets a fresh one.
    const server = useServer({}, { eachTest: true });

    it("forgets its voters who have no vote left, and keeps those who voted elsewhere too", async () => {
      const { url, databasePath } = server;
      const doomed = await createEvent(url);
      const kept = await createEvent(url);
      const doomedPoll = await ratingPoll(url, doomed);
      const keptPoll = await ratingPoll(url, kept);
      const vote = async (event: EventFixture, pollId: number, token?: string) => {
        const reply = await request(url, "POST", `/api/events/${event.code}/polls/${pollId}/votes`, {
          body: { rating: 4 },
          headers: token ? { "x-participant-token": token } : {},
        });
        expect(reply.status).toBe(200);
        return reply.body.participantToken as string;
      };
      const onlyDoomed = await vote(doomed, doomedPoll);
      const both = await vote(doomed, doomedPoll);
      await vote(kept, keptPoll, both);
      const onlyKept = await vote(kept, keptPoll);

      expect((await request(url, "DELETE", `/api/events/${doomed.code}`, { key: doomed.key })).status).toBe(204);
      const participants = (
        await storedRows<{ hash: string }>(databasePath, "SELECT token_hash AS hash FROM participants")
      ).map((row) => row.hash);
      const votes = (
        await storedRows<{ poll: number }>(databasePath, "SELECT poll_id AS poll FROM votes ORDER BY id")
      ).map((row) => row.poll);
      expect(new Set(participants)).toEqual(new Set([tokenHashOf(both), tokenHashOf(onlyKept)]));
      expect(participants).not.toContain(tokenHashOf(onlyDoomed));
      expect(votes).toEqual([keptPoll, keptPoll]);
      expect(
        (await request(url, "GET", `/api/events/${kept.code}/polls/${keptPoll}/results`)).body.results,
      ).toMatchObject({ respondents: 2 });
    });

    // SQLite's query plan; PostgreSQL has the same index (migrations/postgres) and plans on its own.
    it.skipIf(onPostgres)("finds a participant's votes through an index, not by scanning every vote", async () => {
      const file = new Sqlite(server.databasePath, { readonly: true });
      // What SQLite runs for each deleted participant: the foreign key's cascade, and the
      // "has no vote left" check.
      const plans = ["DELETE FROM votes WHERE participant_id = ?", "SELECT 1 FROM votes WHERE participant_id = ?"].map(
        (sql) =>
          file
            .prepare(`EXPLAIN QUERY PLAN ${sql}`)
            .all(1)
            .map((step) => (step as { detail: string }).detail)
            .join("; "),
      );
      file.close();
      for (const plan of plans) expect(plan).toMatch(/USING (COVERING )?INDEX votes_participant_idx/);
    });
  });

  describe("in the benchmark's deletion scenario, in miniature", () => {
    beforeAll(() => {
      // `npm test` builds first; a lone `vitest run` builds the server here.
      if (!existsSync(SERVER_ENTRY)) buildServer();
    }, BENCH_TIMEOUT_MS);

    it(
      "deletes exactly the event, its votes and its participants among 20,000 votes",
      async () => {
        const result = await runDeletion(
          { log: () => {}, serverEntry: SERVER_ENTRY },
          { votes: 20_000, doomedParticipants: 1_000, seed: 17 },
        );
        expect(result.checks.filter((c) => !c.ok)).toEqual([]);
        expect(result.ok).toBe(true);
      },
      BENCH_TIMEOUT_MS,
    );
  });
});
