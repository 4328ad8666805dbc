// kill -9 while votes pour in: every vote that was acked must be in the database.
// Voters re-vote at a steady rate and the server is killed mid-run. For each voter the
// stored ballot must be the last one acked, or one sent after it whose ack the kill cut off
// (stored but never acked is fine: the phone would simply send it again).
import { createHash } from "node:crypto";
import Sqlite from "better-sqlite3";
import { BALLOTS, randomBallot, seededRandom } from "../ballots.js";
import { voteAtRate } from "../drive.js";
import { startStage } from "../live-event.js";
import { check, figure, type ScenarioResult } from "../report.js";
import { fetchResults } from "../rest.js";
import { startServer } from "../server-process.js";
import type { VoterPool } from "../voters.js";
import { type ScenarioContext, scaled, serverOptions } from "./context.js";

export const CRASH = { voters: 2_000, rate: 5_000, durationMs: 3_000, killAfterMs: 1_500, seed: 5 };

/** Acks already in kernel buffers when the server died are still read during this wait. */
const AFTER_KILL_MS = 1_000;
const maskOf = (ballot: number) => (BALLOTS[ballot] ?? []).reduce((mask, position) => mask | (1 << position), 0);

/** Per voter: the ballot values the database may hold (null: no vote acked, anything sent may be there). */
function allowedValues(voters: VoterPool): (Set<number> | null)[] {
  const allowed: (Set<number> | null)[] = new Array(voters.count).fill(null);
  const { ledger } = voters;
  for (let id = 0; id < voters.stats.sent; id++) {
    const voter = ledger.voter[id] ?? 0;
    const value = maskOf(ledger.ballot[id] ?? -1);
    // Votes on one socket are committed in the order sent: an ack settles everything before it.
    if (ledger.outcome[id] === 1) allowed[voter] = new Set([value]);
    else allowed[voter]?.add(value);
  }
  return allowed;
}

function storedVotes(databasePath: string, pollId: number): Map<string, number> {
  const db = new Sqlite(databasePath);
  try {
    const rows = db
      .prepare(
        "SELECT p.token_hash AS tokenHash, v.value AS value FROM votes v JOIN participants p ON p.id = v.participant_id WHERE v.poll_id = ?",
      )
      .all(pollId) as { tokenHash: string; value: number }[];
    return new Map(rows.map((row) => [row.tokenHash, row.value]));
  } finally {
    db.close();
  }
}

export async function runCrash(context: ScenarioContext, params = CRASH): Promise<ScenarioResult> {
  context.log(`crash: connecting ${params.voters} voters`);
  const expectedVotes = Math.ceil((params.rate * params.durationMs) / 1000);
  const stage = await startStage({
    label: "crash",
    voters: params.voters,
    maxVotes: expectedVotes,
    ...serverOptions(context),
  });
  const databasePath = stage.server.databasePath;
  try {
    const { voters } = stage;
    const random = seededRandom(params.seed);
    let ackedAtKill = 0;
    const killer = new Promise<void>((done) =>
      setTimeout(() => {
        ackedAtKill = voters.stats.acked;
        void stage.server.kill().then(done);
      }, params.killAfterMs),
    );
    const run = await voteAtRate(voters, {
      rate: params.rate,
      durationMs: params.durationMs,
      maxInFlight: expectedVotes,
      next: (sequence) => ({ voter: sequence % params.voters, ballot: randomBallot(random) }),
    });
    await killer;
    await new Promise((settle) => setTimeout(settle, AFTER_KILL_MS));
    context.log(`crash: killed after ${ackedAtKill} acks; ${voters.stats.acked} acks in the end`);

    const stored = storedVotes(databasePath, stage.poll.id);
    const allowed = allowedValues(voters);
    let lost = 0;
    let votersAcked = 0;
    const lostSamples: string[] = [];
    for (let voter = 0; voter < voters.count; voter++) {
      const values = allowed[voter];
      const token = voters.tokens[voter];
      if (!values || !token) continue;
      votersAcked++;
      const value = stored.get(createHash("sha256").update(token).digest("hex"));
      if (value === undefined || !values.has(value)) {
        lost++;
        if (lostSamples.length < 3)
          lostSamples.push(`voter ${voter}: stored ${value}, may be ${[...values].join("|")}`);
      }
    }

    // The restarted server rebuilds its tallies from the same rows.
    const restarted = await startServer({ databasePath, label: "crash-restart", ...serverOptions(context) });
    let rebuilt: number;
    try {
      rebuilt = (await fetchResults(restarted.baseUrl, stage.event.code, stage.poll.id)).respondents;
    } finally {
      await restarted.stop();
    }
    return {
      scenario: "crash",
      title: `kill -9 after ${params.killAfterMs} ms of ${params.rate.toLocaleString("en-US")} votes/s`,
      ok: lost === 0 && rebuilt === stored.size,
      figures: [
        figure(
          "votes sent before the kill",
          voters.ledger.sentAt.filter((at) => at > 0 && at < run.startedAt + params.killAfterMs).length,
          "",
        ),
        figure("votes acked when killed", ackedAtKill, ""),
        figure("votes acked in the end", voters.stats.acked, ""),
        figure("voters with an acked vote", votersAcked, ""),
        figure("voters stored in the database", stored.size, ""),
        figure("acked votes lost", lost, "", { op: "<=", value: 0 }),
      ],
      checks: [
        check("every acked vote is stored (or a later one)", lost === 0, lostSamples.join("; ")),
        check(
          "restarted results = stored votes",
          rebuilt === stored.size,
          `${rebuilt} respondents, ${stored.size} rows`,
        ),
      ],
      notes: [],
    };
  } finally {
    await stage.teardown();
  }
}

export const crashScenario = {
  name: "crash",
  title: "kill -9 while votes pour in: no acked vote lost",
  run: (context: ScenarioContext, scale: number) =>
    runCrash(context, { ...CRASH, voters: scaled(CRASH.voters, scale, 20) }),
};
