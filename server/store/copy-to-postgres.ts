// Moves a server that outgrew its SQLite file to PostgreSQL (docs/scaling.md, "Moving from
// SQLite"): every row of every table, ids included, so moderator keys, phones' tokens, event
// codes and links keep working. Into an empty database only, in one transaction: it is all
// there, or nothing is.
import { existsSync } from "node:fs";
import { getTableConfig, type PgTable } from "drizzle-orm/pg-core";
import type pg from "pg";
import { openDatabase } from "./database.js";
import { openPostgres } from "./postgres/database.js";
import * as postgres from "./postgres/schema.js";

/** In the order their foreign keys need: a row's parents are copied before it. */
const TABLES: readonly PgTable[] = [
  postgres.events,
  postgres.polls,
  postgres.options,
  postgres.participants,
  postgres.votes,
  postgres.textAnswers,
  postgres.wordMarks,
  postgres.questions,
  postgres.upvotes,
];

/** PostgreSQL takes at most 65,535 parameters per statement. */
const PARAMETERS_PER_INSERT = 30_000;

export type CopiedTable = { table: string; rows: number };

/**
 * Copies the SQLite database at `sqlitePath` (migrated to this version first, as a start would)
 * into the PostgreSQL database at `databaseUrl` (migrated too), which must hold no events and no
 * participants. Returns the rows per table, counted again in PostgreSQL before the commit.
 */
export async function copySqliteToPostgres(sqlitePath: string, databaseUrl: string): Promise<CopiedTable[]> {
  if (!existsSync(sqlitePath)) throw new Error(`There is no SQLite database at ${sqlitePath}.`);
  const source = openDatabase(sqlitePath);
  try {
    const target = await openPostgres(databaseUrl, { maxConnections: 1 });
    const client = await target.pool.connect();
    try {
      await client.query("BEGIN");
      // Nothing else writes while the rows go in; a node that starts meanwhile waits, then reads them.
      await client.query(`LOCK TABLE ${TABLES.map((table) => `"${getTableConfig(table).name}"`).join(", ")}`);
      const { rows } = await client.query<{ used: boolean }>(
        "SELECT EXISTS (SELECT 1 FROM events) OR EXISTS (SELECT 1 FROM participants) AS used",
      );
      if (rows[0]?.used) {
        throw new Error(
          "The PostgreSQL database already holds events or participants. Copy into an empty database, before any node uses it.",
        );
      }
      // One read transaction: a consistent snapshot, even if a server still wrote to the file.
      source.sqlite.prepare("BEGIN").run();
      const copied: CopiedTable[] = [];
      for (const table of TABLES) copied.push(await copyTable(source.sqlite, client, table));
      source.sqlite.prepare("COMMIT").run();
      await client.query("COMMIT");
      return copied;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    } finally {
      client.release();
      await target.close();
    }
  } finally {
    source.close();
  }
}

async function copyTable(
  sqlite: ReturnType<typeof openDatabase>["sqlite"],
  client: pg.PoolClient,
  table: PgTable,
): Promise<CopiedTable> {
  const { name, columns } = getTableConfig(table);
  const names = columns.map((column) => column.name);
  const quoted = names.map((column) => `"${column}"`).join(", ");
  // SQLite keeps booleans as 0 and 1; JSON columns and everything else go over as they are.
  const booleans = columns.map((column) => column.columnType === "PgBoolean");
  const identity = columns.find((column) => column.generatedIdentity !== undefined);
  const rowsPerInsert = Math.floor(PARAMETERS_PER_INSERT / names.length);
  const insert = (count: number) => {
    const tuples = Array.from(
      { length: count },
      (_, row) => `(${names.map((_, column) => `$${row * names.length + column + 1}`).join(", ")})`,
    );
    // Ids as they were: links, tokens and exports name them.
    const overriding = identity ? " OVERRIDING SYSTEM VALUE" : "";
    return `INSERT INTO "${name}" (${quoted})${overriding} VALUES ${tuples.join(", ")}`;
  };

  let rows = 0;
  let batch: unknown[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    try {
      await client.query(insert(batch.length / names.length), batch);
    } catch (error) {
      // PostgreSQL names the value, not the table (a text with U+0000 stored before it was refused).
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`PostgreSQL refused a row of the table ${name}: ${reason}`);
    }
    batch = [];
  };
  const read = sqlite.prepare(`SELECT ${quoted} FROM "${name}"`).raw();
  // better-sqlite3 cannot run another statement while iterating, and none runs here: the
  // inserts go to PostgreSQL. Values come in batches, so a million votes never sit in memory at once.
  for (const values of read.iterate() as Iterable<unknown[]>) {
    values.forEach((value, column) => {
      batch.push(booleans[column] && value !== null ? value !== 0 : value);
    });
    rows++;
    if (rows % rowsPerInsert === 0) await flush();
  }
  await flush();
  if (identity) {
    // New rows go on after the highest id copied.
    await client.query(
      `SELECT setval(pg_get_serial_sequence('"${name}"', '${identity.name}'), COALESCE(MAX("${identity.name}"), 0) + 1, false) FROM "${name}"`,
    );
  }
  const counted = await client.query<{ rows: number }>(`SELECT count(*)::int AS rows FROM "${name}"`);
  if (counted.rows[0]?.rows !== rows) {
    throw new Error(`${name}: read ${rows} rows from SQLite, but PostgreSQL holds ${counted.rows[0]?.rows}`);
  }
  return { table: name, rows };
}
