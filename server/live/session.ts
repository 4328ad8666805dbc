// A live connection's life, from the socket the route hands over to its close: made from the
// upgrade's URL, greeted (at once, or after its hello), its frames read, its pongs heard.
import type { WebSocket } from "ws";
import { EVENT_GONE_CLOSE_CODE, NODE_STALLED_CLOSE_CODE } from "../../shared/close-codes.js";
import type { LiveQuery } from "../../shared/messages.js";
import type { BucketRule } from "../domain/token-bucket.js";
import { currentEvent } from "../polling/queries.js";
import type { StoredEvent } from "../store/events.js";
import { onMessage } from "./client-messages.js";
import { openConnection, sendError } from "./connection.js";
import { admitConnectionCode, awaitHello, greet } from "./greeting.js";
import { listenForPongs } from "./ping.js";
import type { LiveServices } from "./services.js";

export type LiveSessions = {
  /** Takes over an upgraded socket of `event`, from a client at `address` (after trusted proxies). */
  open(socket: WebSocket, event: StoredEvent, query: LiveQuery, address: string): void;
};

export function createLiveSessions(live: LiveServices): LiveSessions {
  // One rule object for every connection of this app, not one per frame.
  const frameLimit: BucketRule = {
    burst: live.tuning.connectionFrameBurst,
    perSecond: live.tuning.connectionFramesPerSecond,
  };

  return {
    open(socket, event, query, address) {
      // A peer's protocol error (an oversized frame) is its problem: it is cut, nothing more.
      socket.on("error", (error) => {
        live.log.debug({ err: error }, "websocket error");
        socket.terminate();
      });
      const connection = openConnection(socket, event, query, address, live.tuning.maxQueuedBytes, frameLimit);
      if (connection.introduced) {
        // The old form (secrets in the URL, kept for one release) and screens: greeted at once.
        if (typeof query.access === "string") admitConnectionCode(live, connection, event, query.access);
        greet(live, connection, event);
      } else awaitHello(live, connection);
      const openedIn = live.stalls?.epoch;
      socket.on("message", (data, isBinary) => {
        // Several nodes: the node stood still since this connection opened. Its frames may have
        // waited for seconds, and the page may since have moved and voted anew elsewhere.
        if (live.stalls && live.stalls.epoch !== openedIn) {
          socket.close(NODE_STALLED_CLOSE_CODE, "server was paused");
          return;
        }
        try {
          // The event as it is now: its access code or title may have changed since the connect.
          const current = currentEvent(live.polling, connection.eventCode);
          if (current) onMessage(live, connection, current, data, isBinary);
          // Greeted connections are closed with their room; one still waiting has no room yet.
          else if (!connection.greeted) socket.close(EVENT_GONE_CLOSE_CODE, "event deleted");
          else sendError(connection, "NOT_FOUND", "This event no longer exists.");
        } catch (error) {
          // A frame that throws where nothing should (a bug) is answered and logged; thrown out of
          // this listener, it would end the process and every other connection with it.
          live.log.error({ err: error }, "a live frame failed");
          sendError(connection, "INTERNAL", "That did not work. Please try again.");
        }
      });
      listenForPongs(connection);
      socket.on("close", () => {
        clearTimeout(connection.helloTimer);
        live.hub.leave(connection);
      });
    },
  };
}
