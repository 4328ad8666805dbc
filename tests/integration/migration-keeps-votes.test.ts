// Migrating a database of the release before open-text polls keeps its polls, options and votes:
// 0007 rebuilds the polls table (to widen its CHECK), and with foreign keys on, dropping the old
// table would cascade-delete every option and vote (store/database.ts turns them off meanwhile).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Sqlite from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../server/store/database.js";

const MIGRATIONS = join(import.meta.dirname, "../../migrations");
/** The last migration of the release before text polls. */
const BEFORE_TEXT_POLLS = "0005_audience_qa";

const scratch = mkdtempSync(join(tmpdir(), "handzeichen-migration-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the migrations up to and including `lastTag`. */
function migrationsUpTo(lastTag: string): string {
  const folder = join(scratch, "migrations");
  mkdirSync(join(folder, "meta"), { recursive: true });
  const journal = JSON.parse(readFileSync(join(MIGRATIONS, "meta/_journal.json"), "utf8"));
  const last = journal.entries.findIndex((entry: { tag: string }) => entry.tag === lastTag);
  journal.entries = journal.entries.slice(0, last + 1);
  for (const { tag } of journal.entries) cpSync(join(MIGRATIONS, `${tag}.sql`), join(folder, `${tag}.sql`));
  writeFileSync(join(folder, "meta/_journal.json"), JSON.stringify(journal));
  return folder;
}

describe("migrating to open-text polls", () => {
  it("keeps every poll, option and vote", () => {
    const path = join(scratch, "old.db");
    const old = new Sqlite(path);
    old.pragma("foreign_keys = ON");
    migrate(drizzle(old), { migrationsFolder: migrationsUpTo(BEFORE_TEXT_POLLS) });
    old.exec(`
      INSERT INTO events (id, code, title, locale, moderator_key_hash, created_at) VALUES (1, 'alt', 'Alt', 'de', 'x', 0);
      INSERT INTO polls (id, event_id, position, type, question, state, results_visibility, min_selections, max_selections, created_at)
        VALUES (1, 1, 1, 'choice', 'Frage?', 'open', 'live', 1, 1, 0);
      INSERT INTO options (id, poll_id, position, label) VALUES (1, 1, 0, 'A'), (2, 1, 1, 'B');
      INSERT INTO participants (id, token_hash, created_at) VALUES (1, 'p1', 0), (2, 'p2', 0);
      INSERT INTO votes (poll_id, participant_id, value, created_at, updated_at) VALUES (1, 1, 1, 0, 0), (1, 2, 2, 0, 0);
    `);
    old.close();

    const db = openDatabase(path);
    try {
      const count = (table: string) =>
        (db.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
      expect([count("polls"), count("options"), count("votes")]).toEqual([1, 2, 2]);
      expect(db.sqlite.pragma("foreign_keys", { simple: true })).toBe(1);
      // The widened CHECK takes text polls now.
      db.sqlite
        .prepare(
          "INSERT INTO polls (event_id, position, type, question, state, results_visibility, created_at) VALUES (1, 2, 'text', '?', 'draft', 'live', 0)",
        )
        .run();
    } finally {
      db.close();
    }
  });
});
