// Group commit on a real SQLite file: one transaction per batch, a failing write alone rejected.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "../../server/store/database.js";
import { type BatchReport, createGroupCommit } from "../../server/store/group-commit.js";
import { tempDatabasePath } from "../helpers/server.js";

describe("group commit", () => {
  let file: ReturnType<typeof tempDatabasePath>;
  let db: Database;
  beforeEach(() => {
    file = tempDatabasePath();
    db = openDatabase(file.path);
  });
  afterEach(() => {
    db.close();
    file.cleanup();
  });

  it("commits writes of one tick in one batch and rejects only the write that failed", async () => {
    const batches: BatchReport[] = [];
    const writer = createGroupCommit(db.sqlite, { onBatch: (report) => batches.push(report) });
    const insert = db.sqlite.prepare("INSERT INTO participants (token_hash, created_at) VALUES (?, 0)");
    const outcomes = await Promise.all(
      ["a", "b", "a", "c"].map(
        (hash) =>
          new Promise<string>((resolve) =>
            writer.enqueue({
              write: () => insert.run(hash),
              committed: () => resolve(`committed ${hash}`),
              failed: (error) => resolve(`failed ${hash}: ${(error as Error).message}`),
            }),
          ),
      ),
    );
    expect(outcomes.slice(0, 2)).toEqual(["committed a", "committed b"]);
    expect(outcomes[2]).toMatch(/failed a: UNIQUE constraint/);
    expect(outcomes[3]).toBe("committed c");
    expect(batches).toEqual([expect.objectContaining({ size: 4, failed: 1 })]);
    const stored = db.sqlite.prepare("SELECT token_hash FROM participants ORDER BY id").pluck().all();
    expect(stored).toEqual(["a", "b", "c"]);
    expect(db.sqlite.pragma("synchronous", { simple: true })).toBe(2); // FULL
    expect(db.sqlite.pragma("journal_mode", { simple: true })).toBe("wal");
  });

  it("acknowledges nothing when the transaction itself cannot commit", async () => {
    const writer = createGroupCommit(db.sqlite);
    const insert = db.sqlite.prepare("INSERT INTO participants (token_hash, created_at) VALUES (?, 0)");
    // A deferred foreign key violation is only detected at COMMIT: the whole batch fails.
    db.sqlite.pragma("defer_foreign_keys = ON");
    const vote = db.sqlite.prepare(
      "INSERT INTO votes (poll_id, participant_id, value, created_at, updated_at) VALUES (999, 999, 1, 0, 0)",
    );
    const outcomes = await Promise.all(
      [() => insert.run("x"), () => vote.run()].map(
        (write) =>
          new Promise<string>((resolve) =>
            writer.enqueue({ write, committed: () => resolve("committed"), failed: () => resolve("failed") }),
          ),
      ),
    );
    expect(outcomes).toEqual(["failed", "failed"]);
    expect(db.sqlite.prepare("SELECT count(*) FROM participants").pluck().get()).toBe(0);
  });
});
