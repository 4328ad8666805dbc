// Slow readers (docs/api.md, "Slow clients"): a socket behind on reading skips results frames
// and gets the newest once it has drained; one behind too long, or with too much unsent, is cut.
import type { Tuning } from "../config.js";
import type { Connection } from "./connection.js";

/** How often sockets that skipped frames are checked for having drained. */
export const DRAIN_CHECK_MS = 250;

export type BackpressureLimits = Pick<Tuning, "maxBufferedBytes" | "maxBehindMs">;

export type Backpressure = {
  /**
   * Whether a results frame of `pollId` skips this connection at `now` because it is behind;
   * if so the connection is owed that poll's newest results once it drains.
   */
  skipsResults(connection: Connection, pollId: number, now: number): boolean;
  /** The connection closed: it is owed nothing more. */
  forget(connection: Connection): void;
  /** Stops the drain check (the server is shutting down). */
  stop(): void;
};

/**
 * Sends an already-serialized text frame (a Buffer is encoded once for all receivers); a
 * socket with more than maxQueuedBytes unsent is cut instead: a client that stops reading
 * must not grow the server's memory. It resyncs from a snapshot when it comes back.
 */
export function sendFrame(connection: Connection, frame: string | Buffer): void {
  const { socket } = connection;
  if (socket.readyState !== socket.OPEN) return;
  if (connection.held) {
    connection.held.push(frame);
    return;
  }
  if (socket.bufferedAmount > connection.maxQueuedBytes) {
    socket.terminate();
    return;
  }
  socket.send(frame, { binary: false });
}

/**
 * `resend` sends a connection that drained the newest results of a poll it skipped (if it
 * may still see them). One timer for all sockets, checking only those that are owed frames.
 */
export function createBackpressure(
  limits: BackpressureLimits,
  resend: (connection: Connection, pollId: number) => void,
): Backpressure {
  let behindSockets = new Set<Connection>();

  /** Whether the socket is over the buffer limit; cuts it once it has been for maxBehindMs. */
  function isBehind(connection: Connection, now: number): boolean {
    if (connection.socket.bufferedAmount <= limits.maxBufferedBytes) {
      connection.behindSince = 0;
      return false;
    }
    if (connection.behindSince === 0) connection.behindSince = now;
    else if (now - connection.behindSince > limits.maxBehindMs) connection.socket.terminate();
    return true;
  }

  function payOwedResults(): void {
    const stillBehind = new Set<Connection>();
    const now = Date.now();
    for (const connection of behindSockets) {
      if (connection.socket.readyState !== connection.socket.OPEN) continue;
      if (isBehind(connection, now)) {
        stillBehind.add(connection);
        continue;
      }
      for (const pollId of connection.owedResults) resend(connection, pollId);
      connection.owedResults.clear();
    }
    behindSockets = stillBehind;
  }

  const drainTimer = setInterval(payOwedResults, DRAIN_CHECK_MS);
  drainTimer.unref();

  return {
    skipsResults(connection, pollId, now) {
      if (!isBehind(connection, now)) return false;
      connection.owedResults.add(pollId);
      behindSockets.add(connection);
      return true;
    },
    forget(connection) {
      behindSockets.delete(connection);
    },
    stop() {
      clearInterval(drainTimer);
    },
  };
}
