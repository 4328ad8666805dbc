// Reads (or, with the server stopped, changes) a test server's database with plain SQL, the
// way an auditor would, on whichever store the suite runs: the SQLite file, or the PostgreSQL
// database standing for it (tests/helpers/server.ts). Write SQL both understand, with `?`
// placeholders, and cast counts (`CAST(count(*) AS integer)`): PostgreSQL's count is a bigint.
import Sqlite from "better-sqlite3";
import pg from "pg";
import { databaseUrlOf, onPostgres } from "./server.js";

export async function storedRows<Row = Record<string, unknown>>(
  databasePath: string,
  sql: string,
  ...params: unknown[]
): Promise<Row[]> {
  if (!onPostgres) {
    const db = new Sqlite(databasePath, { fileMustExist: true });
    try {
      const statement = db.prepare(sql);
      if (statement.reader) return statement.all(...params) as Row[];
      statement.run(...params);
      return [];
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: await databaseUrlOf(databasePath) });
  await client.connect();
  try {
    let n = 0;
    const { rows } = await client.query(
      sql.replace(/\?/g, () => `$${++n}`),
      params,
    );
    return rows as Row[];
  } finally {
    await client.end();
  }
}

/** The first column of the first row: a count, say. */
export async function storedValue(databasePath: string, sql: string, ...params: unknown[]): Promise<unknown> {
  const [row] = await storedRows(databasePath, sql, ...params);
  return row === undefined ? undefined : Object.values(row as object)[0];
}

/** Votes of a poll by participant token hash (what readStoredVotes gives on SQLite, on either store). */
export async function storedVotesByToken(databasePath: string, pollId: number): Promise<Map<string, number>> {
  const rows = await storedRows<{ tokenHash: string; value: number }>(
    databasePath,
    `SELECT p.token_hash AS "tokenHash", v.value AS value
       FROM votes v JOIN participants p ON p.id = v.participant_id WHERE v.poll_id = ?`,
    pollId,
  );
  return new Map(rows.map((row) => [row.tokenHash, Number(row.value)]));
}
