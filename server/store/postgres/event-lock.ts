// One change per event at a time, on this node and across nodes: a promise chain per event here,
// and a PostgreSQL advisory lock per event held while the change runs, so a moderator's change is
// checked against the event as it is and written before another node's change is checked.
import type pg from "pg";

/** First key of the two-key advisory locks: events' locks (the second key is the event's id). */
const EVENT_LOCKS = 0x487a; // "Hz"

export type EventLock = <T>(eventId: number, change: () => Promise<T>) => Promise<T>;

/**
 * `pool` holds the connections that hold the locks: its own pool, so the changes' statements (on
 * the store's pool) never wait for a connection a held lock sits on. Not reentrant: a change must
 * not ask for its own event's lock again.
 */
export function createEventLock(pool: pg.Pool): EventLock {
  /** The end of each event's chain: the last change's turn, resolved when it is done. */
  const tails = new Map<number, Promise<void>>();

  return async function exclusive<T>(eventId: number, change: () => Promise<T>): Promise<T> {
    const before = tails.get(eventId) ?? Promise.resolve();
    let done!: () => void;
    const turn = new Promise<void>((resolve) => {
      done = resolve;
    });
    const tail = before.then(() => turn);
    tails.set(eventId, tail);
    try {
      await before;
      return await holdingLock(pool, eventId, change);
    } finally {
      done();
      if (tails.get(eventId) === tail) tails.delete(eventId);
    }
  };
}

async function holdingLock<T>(pool: pg.Pool, eventId: number, change: () => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    // Session-level, so it spans the change's own transactions; should this node die meanwhile,
    // PostgreSQL frees it with the connection.
    await client.query("SELECT pg_advisory_lock($1, $2)", [EVENT_LOCKS, eventId]);
  } catch (error) {
    client.release(error instanceof Error ? error : true);
    throw error;
  }
  let broken: Error | undefined;
  try {
    return await change();
  } finally {
    try {
      await client.query("SELECT pg_advisory_unlock($1, $2)", [EVENT_LOCKS, eventId]);
    } catch (error) {
      // A connection that cannot unlock is closed: closing frees its locks.
      broken = error instanceof Error ? error : new Error(String(error));
    }
    client.release(broken);
  }
}
