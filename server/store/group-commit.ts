// Group commit: writes that arrive close together share one transaction and one fsync.
// A write is acknowledged (committed callback) only after its transaction is on disk; a
// write that throws is rolled back alone (savepoint) and the rest of its batch commits.
import type Sqlite from "better-sqlite3";

export type WriteJob<T> = {
  /** Runs inside the batch's transaction; synchronous, like better-sqlite3 itself. */
  write: () => T;
  committed: (result: T) => void;
  failed: (error: unknown) => void;
};

export type BatchReport = { size: number; failed: number; durationMs: number };

export type GroupCommit = {
  enqueue<T>(job: WriteJob<T>): void;
  /** Commits everything pending now; callers that must come after queued writes call it first. */
  flush(): void;
  readonly pending: number;
};

export type GroupCommitHooks = {
  onBatch?: (report: BatchReport) => void;
  /** A committed/failed callback threw: reported here, never allowed to stop the batch. */
  onCallbackError?: (error: unknown) => void;
};

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
  let scheduled = false;

  const settle = (callback: () => void) => {
    try {
      callback();
    } catch (error) {
      onCallbackError(error);
    }
  };

  function flush(): void {
    scheduled = false;
    if (queue.length === 0) return;
    const batch = queue;
    queue = [];
    const started = performance.now();
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
      if (!scheduled) {
        scheduled = true;
        // Everything that arrives in this turn of the event loop joins the same batch.
        setImmediate(flush);
      }
    },
    flush,
    get pending() {
      return queue.length;
    },
  };
}
