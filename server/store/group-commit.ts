// Group commit: writes that arrive close together share one transaction and one fsync.
// A commit costs about a quarter of a millisecond however small; committing every turn of
// the event loop under load would spend most of the CPU on commits. So a batch goes out at
// once when the last commit is at least MIN_COMMIT_INTERVAL_MS old (no wait at low load),
// and otherwise waits for that interval, collecting what arrives meanwhile.
// A write is acknowledged (committed callback) only after its transaction is on disk; a
// write that throws is rolled back alone (savepoint) and the rest of its batch commits.
import type Sqlite from "better-sqlite3";
import type { BatchReport, StoreHooks } from "./port.js";

export type WriteJob<T> = {
  /** Runs inside the batch's transaction; synchronous, like better-sqlite3 itself. */
  write: () => T;
  committed: (result: T) => void;
  failed: (error: unknown) => void;
};

export type { BatchReport };

export type GroupCommit = {
  enqueue<T>(job: WriteJob<T>): void;
  /** Commits everything pending now; callers that must come after queued writes call it first. */
  flush(): void;
  readonly pending: number;
};

export const MIN_COMMIT_INTERVAL_MS = 2;

export type GroupCommitHooks = StoreHooks;

export function createGroupCommit(sqlite: Sqlite.Database, hooks: GroupCommitHooks = {}): GroupCommit {
  const onBatch = hooks.onBatch ?? (() => {});
  const onCallbackError = hooks.onCallbackError ?? (() => {});
  // IMMEDIATE takes the write lock at BEGIN, so no statement inside can meet SQLITE_BUSY.
  const begin = sqlite.prepare("BEGIN IMMEDIATE");
  const commit = sqlite.prepare("COMMIT");
  const rollback = sqlite.prepare("ROLLBACK");
  const savepoint = sqlite.prepare("SAVEPOINT job");
  const release = sqlite.prepare("RELEASE job");
  const rollbackJob = sqlite.prepare("ROLLBACK TO job");

  // biome-ignore lint/suspicious/noExplicitAny: jobs of every result type share the queue
  let queue: WriteJob<any>[] = [];
  /** Cancels the scheduled flush; null when none is scheduled. */
  let cancelScheduled: (() => void) | null = null;
  let lastCommitAt = -Infinity;

  const settle = (callback: () => void) => {
    try {
      callback();
    } catch (error) {
      onCallbackError(error);
    }
  };

  function flush(): void {
    cancelScheduled?.();
    cancelScheduled = null;
    if (queue.length === 0) return;
    const batch = queue;
    queue = [];
    const started = performance.now();
    lastCommitAt = started;
    const outcomes: ({ ok: true; result: unknown } | { ok: false; error: unknown })[] = [];
    try {
      begin.run();
      for (const job of batch) {
        savepoint.run();
        try {
          outcomes.push({ ok: true, result: job.write() });
          release.run();
        } catch (error) {
          rollbackJob.run();
          release.run();
          outcomes.push({ ok: false, error });
        }
      }
      commit.run();
    } catch (error) {
      // The transaction itself failed (disk full, I/O error): nothing in it is durable.
      if (sqlite.inTransaction) rollback.run();
      for (const job of batch) settle(() => job.failed(error));
      onBatch({ size: batch.length, failed: batch.length, durationMs: performance.now() - started });
      return;
    }
    let failed = 0;
    batch.forEach((job, index) => {
      const outcome = outcomes[index];
      if (outcome?.ok) settle(() => job.committed(outcome.result));
      else {
        failed++;
        settle(() => job.failed(outcome?.error));
      }
    });
    onBatch({ size: batch.length, failed, durationMs: performance.now() - started });
  }

  return {
    enqueue(job) {
      queue.push(job);
      if (cancelScheduled !== null) return;
      const wait = lastCommitAt + MIN_COMMIT_INTERVAL_MS - performance.now();
      // Everything that arrives in this turn of the event loop (or the wait) joins the batch.
      if (wait <= 0) {
        const immediate = setImmediate(flush);
        cancelScheduled = () => clearImmediate(immediate);
      } else {
        const timeout = setTimeout(flush, wait);
        cancelScheduled = () => clearTimeout(timeout);
      }
    },
    flush,
    get pending() {
      return queue.length;
    },
  };
}
