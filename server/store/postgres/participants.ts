// Participants of a group-commit batch: every token hash the batch names, found or created in one
// statement, so a batch of a thousand votes costs one round trip here, not a thousand.
import type pg from "pg";
import { BatchConflict } from "./group-commit.js";

export type Participant = { id: number /** Created by this batch's transaction. */; created: boolean };

// Existing rows are read, not locked or rewritten (an upsert's `DO UPDATE` would write a new row
// version per vote), and only hashes not found are inserted: an insert that meets a conflict
// still draws an id from the sequence, and a vote must not use up an id. The hashes to create go
// in sorted, so two nodes' batches take the unique index's insert locks in the same order.
const FIND_OR_CREATE = {
  name: "participants-find-or-create",
  text: `WITH known AS (SELECT id, token_hash FROM participants WHERE token_hash = ANY($3::text[])),
         created AS (
           INSERT INTO participants (token_hash, created_at)
           SELECT h, t FROM unnest($1::text[], $2::bigint[]) AS i(h, t)
           WHERE NOT EXISTS (SELECT 1 FROM known WHERE known.token_hash = i.h)
           ORDER BY h
           ON CONFLICT (token_hash) DO NOTHING
           RETURNING id, token_hash)
         SELECT id, token_hash, true AS created FROM created
         UNION ALL
         SELECT id, token_hash, false FROM known`,
};

const FIND = {
  name: "participants-find",
  text: "SELECT id, token_hash FROM participants WHERE token_hash = ANY($1::text[])",
};

/**
 * Finds the participants of the token hashes in `find` and `create`, creating those of `create`
 * not yet stored (with the time given). A hash left out of the result is of no participant
 * (only hashes in `find` alone can be).
 */
export async function participantsOf(
  client: pg.ClientBase,
  create: ReadonlyMap<string, number>,
  find: ReadonlySet<string>,
): Promise<Map<string, Participant>> {
  const hashes = [...create.keys()].sort();
  const all = [...new Set([...hashes, ...find])];
  const found = new Map<string, Participant>();
  if (all.length === 0) return found;
  const { rows } = await client.query<{ id: number; token_hash: string; created: boolean }>({
    ...FIND_OR_CREATE,
    values: [hashes, hashes.map((hash) => create.get(hash)), all],
  });
  for (const row of rows) found.set(row.token_hash, { id: row.id, created: row.created });
  // The statement's read sees the database as it began: a participant another node created and
  // committed while the insert ran is neither inserted nor seen. A second read sees it.
  const missing = hashes.filter((hash) => !found.has(hash));
  if (missing.length > 0) {
    const again = await client.query<{ id: number; token_hash: string }>({ ...FIND, values: [missing] });
    for (const row of again.rows) found.set(row.token_hash, { id: row.id, created: false });
    const lost = missing.find((hash) => !found.has(hash));
    // Created and deleted again in the meantime (a deletion of the events it took part in): the
    // batch fails, and its jobs are retried on their own, creating it anew.
    if (lost !== undefined) throw new BatchConflict("a participant vanished while its votes were being recorded");
  }
  return found;
}
