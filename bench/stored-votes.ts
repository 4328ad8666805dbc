// Votes written straight into the database of a stopped server, as the restart and deletion
// scenarios need a million of them: seconds instead of the minutes a million live votes take.
// The ballots are drawn here, so SQLite and PostgreSQL (stored-votes-postgres.ts) get the same
// ones from the same seed.
import type Sqlite from "better-sqlite3";
import { BALLOTS, OPTION_COUNT } from "./ballots.js";

const maskOf = (positions: readonly number[]) => positions.reduce((mask, position) => mask | (1 << position), 0);

/** `count` random ballots as stored values (bitmasks of option positions), and the respondents per option. */
export function drawBallots(count: number, random: () => number): { values: Int32Array; counts: number[] } {
  const values = new Int32Array(count);
  const counts = new Array<number>(OPTION_COUNT).fill(0);
  for (let i = 0; i < count; i++) {
    const ballot = BALLOTS[Math.floor(random() * BALLOTS.length)] ?? [0];
    for (const position of ballot) counts[position] = (counts[position] ?? 0) + 1;
    values[i] = maskOf(ballot);
  }
  return { values, counts };
}

/** Writes `count` new participants, one vote each on the poll; returns the respondents per option. */
export function storeVotes(db: Sqlite.Database, pollId: number, count: number, random: () => number): number[] {
  const { values, counts } = drawBallots(count, random);
  const participant = db.prepare("INSERT INTO participants (id, token_hash, created_at) VALUES (?, ?, ?)");
  const vote = db.prepare(
    "INSERT INTO votes (poll_id, participant_id, value, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
  );
  const firstId = ((db.prepare("SELECT max(id) AS id FROM participants").get() as { id: number | null }).id ?? 0) + 1;
  const now = Date.now();
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const id = firstId + i;
      // Unique 64-hex-digit "hashes": the server only ever compares them for equality.
      participant.run(id, id.toString(16).padStart(64, "0"), now);
      vote.run(pollId, id, values[i], now, now);
    }
  })();
  return counts;
}
