// Deleting an event with 10,000 participants from a database of 1,000,000 votes: how long
// DELETE /api/events/:code takes (the event loop is blocked meanwhile, as better-sqlite3 is
// synchronous), and that it deletes exactly the event, its votes and its participants.
// Like the restart scenario, the votes are written straight into the SQLite file.

import { statSync } from "node:fs";
import { request } from "node:http";
import Sqlite from "better-sqlite3";
import { seededRandom } from "../ballots.js";
import { check, figure, MB, type ScenarioResult } from "../report.js";
import { type BenchEvent, createEvent, fetchResults, openPickTwoOfSix } from "../rest.js";
import { scratchDirectory, startServer } from "../server-process.js";
import { storeVotes } from "../stored-votes.js";
import { type ScenarioContext, scaled, serverOptions } from "./context.js";

export const DELETION = { votes: 1_000_000, doomedParticipants: 10_000, seed: 5 };

/**
 * DELETE over node:http, which has no response timeout: without the votes' participant
 * index the answer takes minutes, longer than fetch waits for headers.
 */
function deleteEvent(baseUrl: string, event: BenchEvent): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const sent = request(
      `${baseUrl}/api/events/${event.code}`,
      { method: "DELETE", headers: { authorization: `Bearer ${event.moderatorKey}` } },
      (response) => {
        response.resume();
        response.once("end", () => resolve({ status: response.statusCode ?? 0, ms: performance.now() - started }));
      },
    );
    sent.once("error", reject);
    sent.end();
  });
}

function countRows(databasePath: string): { participants: number; votes: number; events: number } {
  const db = new Sqlite(databasePath, { readonly: true });
  try {
    const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    return { participants: count("participants"), votes: count("votes"), events: count("events") };
  } finally {
    db.close();
  }
}

export async function runDeletion(
  context: ScenarioContext,
  { votes, doomedParticipants, seed } = DELETION,
): Promise<ScenarioResult> {
  const scratch = scratchDirectory("deletion");
  const databasePath = `${scratch.dir}/handzeichen.db`;
  const kept = votes - doomedParticipants;
  try {
    const setup = await startServer({ databasePath, label: "deletion-setup", entry: context.serverEntry });
    const keptEvent = await createEvent(setup.baseUrl, "Benchmark deletion: kept");
    const keptPoll = await openPickTwoOfSix(setup.baseUrl, keptEvent);
    const doomedEvent = await createEvent(setup.baseUrl, "Benchmark deletion: deleted");
    const doomedPoll = await openPickTwoOfSix(setup.baseUrl, doomedEvent);
    await setup.stop();

    context.log(`deletion: writing ${kept} + ${doomedParticipants} votes into ${databasePath}`);
    const random = seededRandom(seed);
    const db = new Sqlite(databasePath);
    let keptCounts: number[];
    try {
      // The server is stopped; this connection is the only one. Durability of test data is moot.
      db.pragma("synchronous = OFF");
      keptCounts = storeVotes(db, keptPoll.id, kept, random);
      storeVotes(db, doomedPoll.id, doomedParticipants, random);
      db.pragma("wal_checkpoint(TRUNCATE)");
    } finally {
      db.close();
    }
    const fileBytes = statSync(databasePath).size;

    const server = await startServer({ databasePath, label: "deletion", ...serverOptions(context) });
    let deleted: { status: number; ms: number };
    let wrong = "";
    try {
      context.log(`deletion: deleting the event with ${doomedParticipants} participants`);
      deleted = await deleteEvent(server.baseUrl, doomedEvent);
      const results = await fetchResults(server.baseUrl, keptEvent.code, keptPoll.id);
      const shown = results.type === "choice" ? results.options.map((o) => o.count) : [];
      if (results.respondents !== kept || shown.join() !== keptCounts.join()) {
        wrong = `the kept event shows ${results.respondents} respondents ${shown.join("/")}, expected ${kept} ${keptCounts.join("/")}`;
      }
    } finally {
      await server.stop();
    }
    const left = countRows(databasePath);
    const expected = { participants: kept, votes: kept, events: 1 };
    const rowsRight = JSON.stringify(left) === JSON.stringify(expected);
    return {
      scenario: "deletion",
      title: `deleting an event with ${doomedParticipants.toLocaleString("en-US")} participants among ${votes.toLocaleString("en-US")} votes`,
      ok: deleted.status === 204 && wrong === "" && rowsRight,
      figures: [
        figure("stored votes", votes, ""),
        figure("participants of the deleted event", doomedParticipants, ""),
        figure("database file", fileBytes / MB, "MB"),
        figure("DELETE /api/events/:code → 204 (event loop blocked)", deleted.ms, "ms"),
      ],
      checks: [
        check("DELETE answered 204", deleted.status === 204, `status ${deleted.status}`),
        check("the other event's results unchanged", wrong === "", wrong),
        check(
          "exactly the event's votes and participants gone",
          rowsRight,
          `left ${JSON.stringify(left)}, expected ${JSON.stringify(expected)}`,
        ),
      ],
      notes: [
        "one vote per participant; the time includes whatever the server does before answering (since 05a12ea: the WAL checkpoint)",
      ],
    };
  } finally {
    scratch.remove();
  }
}

export const deletionScenario = {
  name: "deletion",
  title: "deleting an event with 10,000 participants among 1,000,000 votes",
  run: (context: ScenarioContext, scale: number) =>
    runDeletion(context, {
      ...DELETION,
      votes: scaled(DELETION.votes, scale, 200),
      doomedParticipants: scaled(DELETION.doomedParticipants, scale, 100),
    }),
};
