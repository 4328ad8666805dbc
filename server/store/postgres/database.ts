// Opens PostgreSQL for the store: a connection pool with drizzle on top, and the migrations in
// migrations/postgres/ applied once however many nodes start at the same moment.
import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import * as schema from "./schema.js";

const HERE = dirname(fileURLToPath(import.meta.url));

/** Connections a node keeps at most for its queries (the group commit uses one at a time). */
export const DEFAULT_MAX_CONNECTIONS = 10;
/** How long a query waits for a free connection (or a new one) before it fails instead of hanging. */
const CONNECT_TIMEOUT_MS = 10_000;
/** Idle connections are closed after this, so a quiet node holds few. */
const IDLE_TIMEOUT_MS = 30_000;
/**
 * The session-level advisory lock nodes take around migrating, so the first applies them and the
 * others find them applied (drizzle's migrator alone would race on creating its own table). A
 * single 64-bit key: PostgreSQL keeps those apart from the two-key locks of events (event-lock.ts).
 */
const MIGRATION_LOCK = 0x48_7a_6d_69_67; // "Hzmig"

export type Orm = NodePgDatabase<typeof schema>;
/** A transaction drizzle hands to `orm.transaction`'s callback. */
export type Transaction = Parameters<Parameters<Orm["transaction"]>[0]>[0];
/** What the statements run on: the pool (a statement of its own) or an open transaction. */
export type Executor = Orm | Transaction;

export type PostgresDatabase = {
  pool: pg.Pool;
  orm: Orm;
  close(): Promise<void>;
};

export type PostgresOptions = {
  maxConnections?: number;
  /** An idle connection broke (the server restarted, the network dropped); the pool replaces it. */
  onError?: (error: unknown) => void;
};

// Counts and the bigint milliseconds come back as JavaScript numbers from our own statements, not
// as strings: every such value here stays far below 2^53. (Drizzle's own queries bring their
// parsers and map bigint columns by the schema's "number" mode.)
const INT8 = pg.types.builtins.INT8;
const parseInt8 = (value: string) => Number(value);
const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === INT8 && format !== "binary"
      ? parseInt8
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** A pool of connections to `url` (postgres://…), migrated; throws when PostgreSQL cannot be reached or migrated. */
export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<PostgresDatabase> {
  const pool = newPool(url, options.maxConnections ?? DEFAULT_MAX_CONNECTIONS);
  // Without a listener, a broken idle connection would be an unhandled 'error' event and end the process.
  pool.on("error", options.onError ?? (() => {}));
  try {
    await migrateOnce(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }
  return { pool, orm: drizzle(pool, { schema }), close: () => pool.end() };
}

/** A pool of the same settings, e.g. for connections held long (event locks) apart from the queries' pool. */
export function newPool(url: string, max: number): pg.Pool {
  return new pg.Pool({
    connectionString: url,
    max,
    types,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    idleTimeoutMillis: IDLE_TIMEOUT_MS,
    application_name: "handzeichen",
  });
}

async function migrateOnce(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    // Titles, questions and answers come in every script: a database in another encoding would
    // refuse some of them (LATIN1) or keep bytes it cannot check (SQL_ASCII). Refused at start.
    const { rows } = await client.query<{ server_encoding: string }>("SHOW server_encoding");
    const encoding = rows[0]?.server_encoding;
    if (encoding !== "UTF8") throw new Error(`the database's encoding is ${encoding}; Handzeichen needs UTF8`);
    // Session-level: held across the migrator's own transaction, freed by the unlock below or,
    // should this node die meanwhile, by PostgreSQL when its connection goes.
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
    try {
      await migrate(drizzle(client, { schema }), { migrationsFolder: findMigrations() });
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]);
    }
    client.release();
  } catch (error) {
    // A connection in an unknown state is closed, not handed back to the pool.
    client.release(error instanceof Error ? error : true);
    throw error;
  }
}

/** Run from source (server/store/postgres) or from the build (dist/server/store/postgres). */
function findMigrations(): string {
  const candidates = [resolve(HERE, "../../../migrations/postgres"), resolve(HERE, "../../../../migrations/postgres")];
  const found = candidates.find((folder) => existsSync(resolve(folder, "meta/_journal.json")));
  if (!found) throw new Error(`PostgreSQL migrations folder not found (looked in ${candidates.join(", ")})`);
  return found;
}
