// Votes written straight into PostgreSQL while no node runs, the counterpart of stored-votes.ts
// for the restart scenario's --cluster runs: the same ballots from the same seed, in one
// transaction of two INSERT … SELECT statements, rows as the nodes write them.
import pg from "pg";
import { drawBallots } from "./stored-votes.js";

export type StoredVotes = {
  /** The respondents per option position. */
  counts: number[];
  /** The two INSERTs and their COMMIT. */
  insertMs: number;
  /** VACUUM ANALYZE and CHECKPOINT afterwards. */
  tidyMs: number;
  /** The votes table with its indexes. */
  bytes: number;
};

/** Writes `count` new participants, one vote each on the poll (at `url`, postgres://…). */
export async function storeVotesInPostgres(
  url: string,
  pollId: number,
  count: number,
  random: () => number,
): Promise<StoredVotes> {
  const { values, counts } = drawBallots(count, random);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const insertStarted = performance.now();
    await client.query("BEGIN");
    const { rows } = await client.query<{ first: number }>(
      "SELECT coalesce(max(id), 0)::int + 1 AS first FROM participants",
    );
    const first = rows[0]?.first ?? 1;
    const now = Date.now();
    // Ids as the identity column would have handed them out (the sequence is moved past them
    // below); unique 64-hex-digit "hashes", as on SQLite: the server only compares them.
    await client.query(
      `INSERT INTO participants (id, token_hash, created_at) OVERRIDING SYSTEM VALUE
       SELECT g, lpad(to_hex(g), 64, '0'), $3 FROM generate_series($1::int, $2::int) AS g`,
      [first, first + count - 1, now],
    );
    await client.query("SELECT setval(pg_get_serial_sequence('participants', 'id'), $1)", [first + count - 1]);
    await client.query(
      `INSERT INTO votes (poll_id, participant_id, value, created_at, updated_at)
       SELECT $1, $2::int + b.i::int - 1, b.value, $4, $4 FROM unnest($3::int[]) WITH ORDINALITY AS b(value, i)`,
      // A plain array: pg would send a typed array as bytea.
      [pollId, first, Array.from(values), now],
    );
    await client.query("COMMIT");
    const insertMs = performance.now() - insertStarted;
    // Autovacuum would have vacuumed and analyzed the tables after a million live votes, and
    // checkpoints would have written them out; a node starting on a fresh bulk load would
    // instead pay for setting hint bits on every row it reads.
    const tidyStarted = performance.now();
    await client.query("VACUUM (ANALYZE) participants, votes");
    await client.query("CHECKPOINT");
    const tidyMs = performance.now() - tidyStarted;
    const size = await client.query<{ bytes: number }>("SELECT pg_total_relation_size('votes')::float8 AS bytes");
    return { counts, insertMs, tidyMs, bytes: size.rows[0]?.bytes ?? Number.NaN };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
