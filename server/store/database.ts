// Opens the SQLite file, sets the pragmas durability and privacy depend on, applies
// migrations, and gives the one door every write of the store goes through.
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
  /**
   * Runs `write` in one transaction and returns its result only once the COMMIT has
   * succeeded; when any part fails, the COMMIT included, everything is rolled back and the
   * error is thrown. Every write of the store goes through here (votes through the
   * group-commit writer, which commits the same way). Never write in autocommit mode: there
   * the COMMIT happens when better-sqlite3 resets the statement (after `.get()`), and a
   * COMMIT that fails there, for a full disk say, is silently dropped.
   * Called inside a transaction (a group-commit batch, another `write`), it joins it.
   */
  write<T>(write: () => T): T;
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
  // Deleted rows and freed pages are overwritten with zeros, so a deleted event cannot be
  // read back from the file's free space (see eraseDeletedRows for the WAL's old copies).
  sqlite.pragma("secure_delete = ON");
  const orm = drizzle(sqlite, { schema });
  // Off while migrating: drizzle-kit rebuilds a table to change a CHECK (0006 does, for polls),
  // and dropping the old table with foreign keys on would cascade-delete its options and votes.
  // The pragma cannot change inside the migrations' transaction, so it is set around it.
  sqlite.pragma("foreign_keys = OFF");
  migrate(orm, { migrationsFolder: findMigrations() });
  const broken = sqlite.pragma("foreign_key_check") as unknown[];
  if (broken.length > 0) throw new Error(`the migrations left ${broken.length} rows with a dangling reference`);
  sqlite.pragma("foreign_keys = ON");
  return { sqlite, orm, write: prepareWrite(sqlite), close: () => sqlite.close() };
}

function prepareWrite(sqlite: Sqlite.Database): Database["write"] {
  // IMMEDIATE takes the write lock at BEGIN, so no statement inside can meet SQLITE_BUSY.
  const begin = sqlite.prepare("BEGIN IMMEDIATE");
  const commit = sqlite.prepare("COMMIT");
  const rollback = sqlite.prepare("ROLLBACK");
  return (write) => {
    if (sqlite.inTransaction) return write();
    begin.run();
    try {
      const result = write();
      // run() steps COMMIT to its end: a failure to write or sync the WAL throws here.
      commit.run();
      return result;
    } catch (error) {
      // SQLite may have rolled back already (some I/O errors and SQLITE_FULL do).
      if (sqlite.inTransaction) rollback.run();
      throw error;
    }
  };
}

/**
 * Run after a deletion has committed. secure_delete zeroes the deleted rows in the new
 * page images, but the WAL still holds older images of those pages until a checkpoint
 * copies the new ones into the file; TRUNCATE then cuts the WAL to 0 bytes. Returns false
 * when that could not finish (another process kept reading an older snapshot past the busy
 * timeout, or an I/O error): the deletion itself stands, and the next deletion's checkpoint
 * erases the copies. Never throws, as the deletion it follows is already committed.
 */
export function eraseDeletedRows(db: Database): boolean {
  try {
    const [result] = db.sqlite.pragma("wal_checkpoint(TRUNCATE)") as { busy: number }[];
    return result?.busy === 0;
  } catch {
    return false;
  }
}

/** Run from source (server/store) or from the build (dist/server/store): both find the root's migrations/. */
function findMigrations(): string {
  const candidates = [resolve(HERE, "../../migrations"), resolve(HERE, "../../../migrations")];
  const found = candidates.find((folder) => existsSync(resolve(folder, "meta/_journal.json")));
  if (!found) throw new Error(`migrations folder not found (looked in ${candidates.join(", ")})`);
  return found;
}
