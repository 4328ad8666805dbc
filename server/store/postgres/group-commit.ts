// Group commit on PostgreSQL: the writes that arrive while a batch commits share the next
// transaction, written with set-based statements, one COMMIT (and fsync) for all. One batch is in
// flight per node at a time; at low load a write goes out on the next turn of the event loop.
// A write's promise settles only after its transaction has committed or failed.
import pg from "pg";
import type { StallWatch } from "../../cluster/stall-watch.js";
import type { BatchReport, StoreHooks } from "../port.js";

/** Writes per transaction at most: bigger batches gain little and hold their row locks longer. */
export const MAX_BATCH = 2000;

/** Writes `writes` in the open transaction on `client`; one result per write, in order. */
export type ApplyBatch<W, R> = (client: pg.ClientBase, writes: readonly W[]) => Promise<R[]>;

export type GroupCommit<W, R> = {
  enqueue(write: W): Promise<R>;
  /** Resolves once every write queued before the call has settled. */
  flush(): Promise<void>;
  /** Writes queued or in the transaction being committed. */
  readonly pending: number;
  /** Flushes, then refuses new writes. */
  close(): Promise<void>;
};

/**
 * Thrown by a batch's statements when the batch met another node's change half-way (a row gone
 * or come meanwhile): the batch is rolled back and its writes retried in smaller transactions.
 */
export class BatchConflict extends Error {}

/**
 * The node stood still after these writes were queued (stall-watch.ts): their phones may have
 * moved to another node since and voted anew there, which this older write must not overwrite.
 * Rolled back instead of committed; a phone still here is told to send again.
 */
export class StalledWrite extends Error {
  constructor() {
    super("the node stood still after this write was queued: not committed");
  }
}

type Job<W, R> = {
  write: W;
  resolve: (result: R) => void;
  reject: (error: unknown) => void;
  settled: Promise<void>;
  /** The stall epoch when queued. */
  epoch: number;
};

type Outcome<R> = { ok: true; results: R[] } | { ok: false; error: unknown; retry: boolean };

export function createGroupCommit<W, R>(
  pool: pg.Pool,
  apply: ApplyBatch<W, R>,
  hooks: StoreHooks = {},
  stalls: StallWatch | null = null,
): GroupCommit<W, R> {
  let queue: Job<W, R>[] = [];
  let inFlight: Job<W, R>[] = [];
  let running = false;
  let scheduled: NodeJS.Immediate | null = null;
  let closed = false;

  function report(batch: BatchReport) {
    try {
      hooks.onBatch?.(batch);
    } catch (error) {
      hooks.onCallbackError?.(error);
    }
  }

  function start() {
    if (scheduled) clearImmediate(scheduled);
    scheduled = null;
    if (running || queue.length === 0) return;
    running = true;
    inFlight = queue.slice(0, MAX_BATCH);
    queue = queue.slice(MAX_BATCH);
    void commitBatch(inFlight);
  }

  async function commitBatch(batch: readonly Job<W, R>[]) {
    const started = performance.now();
    try {
      const failed = await commitInParts(batch);
      report({ size: batch.length, failed, durationMs: performance.now() - started });
    } finally {
      running = false;
      inFlight = [];
      // What arrived meanwhile goes out at once: it has waited for a whole commit already.
      start();
    }
  }

  /**
   * Commits `jobs` in one transaction; when a statement fails, each half on its own, and a write
   * alone once more. Returns how many failed.
   */
  async function commitInParts(jobs: readonly Job<W, R>[], alreadyAlone = false): Promise<number> {
    const outcome = await transaction(jobs);
    if (outcome.ok) {
      jobs.forEach((job, index) => {
        job.resolve(outcome.results[index] as R);
      });
      return 0;
    }
    // Another node's change can fail a write once: a participant deleted with their last event
    // between finding them and writing their vote. The write on its own again finds them gone and
    // creates them anew; a write that truly cannot be done (its poll gone) fails the second time too.
    if (outcome.retry && jobs.length === 1 && !alreadyAlone) return commitInParts(jobs, true);
    if (!outcome.retry || jobs.length === 1) {
      for (const job of jobs) job.reject(outcome.error);
      return jobs.length;
    }
    // A write that cannot be done (its poll deleted meanwhile: a foreign key fails) must not take
    // the others down: halving finds it in a few transactions, the rest commit. Earlier writes
    // commit first, so a participant's later vote still sees their earlier one as the previous.
    const half = Math.ceil(jobs.length / 2);
    return (await commitInParts(jobs.slice(0, half))) + (await commitInParts(jobs.slice(half)));
  }

  async function transaction(jobs: readonly Job<W, R>[]): Promise<Outcome<R>> {
    let client: pg.PoolClient;
    try {
      client = await pool.connect();
    } catch (error) {
      return { ok: false, error, retry: false };
    }
    let results: R[];
    try {
      await client.query("BEGIN");
      try {
        results = await apply(
          client,
          jobs.map((job) => job.write),
        );
      } catch (error) {
        await client.query("ROLLBACK");
        client.release();
        return { ok: false, error, retry: isStatementError(error) };
      }
      // Checked last, right before COMMIT: a stall after this no longer matters, as the commit
      // then happened before any phone could have moved.
      if (stalls && jobs.some((job) => job.epoch !== stalls.epoch)) {
        await client.query("ROLLBACK");
        client.release();
        return { ok: false, error: new StalledWrite(), retry: false };
      }
      const commit = await client.query("COMMIT");
      // PostgreSQL answers COMMIT of a transaction that failed with ROLLBACK, not an error.
      if (commit.command !== "COMMIT") throw new Error(`the batch's COMMIT was answered with ${commit.command}`);
    } catch (error) {
      // BEGIN, ROLLBACK or COMMIT failed: whether the connection still works is unknown, so it is
      // closed; and a failed COMMIT fails every write of the batch (none was acknowledged).
      client.release(error instanceof Error ? error : true);
      return { ok: false, error, retry: false };
    }
    client.release();
    return { ok: true, results };
  }

  async function flush() {
    const last = queue.at(-1) ?? inFlight.at(-1);
    if (!last) return;
    start();
    await last.settled;
  }

  return {
    enqueue(write) {
      if (closed) return Promise.reject(new Error("the store is closed"));
      let resolve!: (result: R) => void;
      let reject!: (error: unknown) => void;
      const promise = new Promise<R>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      queue.push({
        write,
        resolve,
        reject,
        settled: promise.then(
          () => {},
          () => {},
        ),
        epoch: stalls?.epoch ?? 0,
      });
      // Everything that arrives in this turn of the event loop joins the batch.
      if (!running && scheduled === null) scheduled = setImmediate(start);
      return promise;
    },
    flush,
    get pending() {
      return queue.length + inFlight.length;
    },
    async close() {
      closed = true;
      await flush();
    },
  };
}

/**
 * An error of the batch's own statements (a constraint, a deadlock, a conflict): worth retrying
 * in parts. Not a lost connection or a server going down: those would fail again, part by part.
 */
function isStatementError(error: unknown): boolean {
  if (error instanceof BatchConflict) return true;
  if (!(error instanceof pg.DatabaseError) || error.code === undefined) return false;
  // SQLSTATE classes: 08 connection, 53 insufficient resources, 57 operator intervention
  // (shutdown), 58 system error, XX internal error.
  return !["08", "53", "57", "58", "XX"].includes(error.code.slice(0, 2));
}
