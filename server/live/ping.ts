// Dead peers (a phone that lost the network without closing) are found by protocol ping: each
// interval every connection is pinged, and one that did not answer the previous ping is cut.
import type { Connection } from "./connection.js";
import type { Rooms } from "./rooms.js";

/** Pings every connection of the rooms each `intervalMs`; returns the function that stops it. */
export function startPing(rooms: Rooms, intervalMs: number): () => void {
  const pingAll = (): void => {
    for (const room of rooms.values()) {
      for (const connection of room.connections) {
        if (!connection.alive) {
          connection.socket.terminate();
          continue;
        }
        connection.alive = false;
        connection.socket.ping();
      }
    }
  };
  const timer = setInterval(pingAll, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}

/** A connection that answers with a pong is alive until the next ping. */
export function listenForPongs(connection: Connection): void {
  connection.socket.on("pong", () => {
    connection.alive = true;
  });
}
