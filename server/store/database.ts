// Opens the SQLite file, sets the pragmas durability depends on, and applies migrations.
import { existsSync, mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Sqlite from "better-sqlite3";
import { type BetterSQLite3Database, drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import * as schema from "./schema.js";

const HERE = dirname(fileURLToPath(import.meta.url));
/** How long a connection waits for another process's lock before SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 5000;

export type Database = {
  sqlite: Sqlite.Database;
  orm: BetterSQLite3Database<typeof schema>;
  close(): void;
};

export function openDatabase(path: string): Database {
  if (path !== ":memory:") mkdirSync(dirname(resolve(path)), { recursive: true });
  const sqlite = new Sqlite(path);
  // WAL lets readers run beside the writer; FULL syncs the WAL on every commit, so an
  // acknowledged vote survives a power cut, not only a crash of the process.
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  sqlite.pragma("foreign_keys = ON");
  const orm = drizzle(sqlite, { schema });
  migrate(orm, { migrationsFolder: findMigrations() });
  return { sqlite, orm, close: () => sqlite.close() };
}

/** Run from source (server/store) or from the build (dist/server/store): both find the root's migrations/. */
function findMigrations(): string {
  const candidates = [resolve(HERE, "../../migrations"), resolve(HERE, "../../../migrations")];
  const found = candidates.find((folder) => existsSync(resolve(folder, "meta/_journal.json")));
  if (!found) throw new Error(`migrations folder not found (looked in ${candidates.join(", ")})`);
  return found;
}
