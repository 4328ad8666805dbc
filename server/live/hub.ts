// The live hub: one room per event, holding its WebSocket clients. Results frames are
// coalesced per poll (at most one per RESULTS_INTERVAL_MS), serialized once per update and
// the same bytes go to every client allowed to see them.
import type { VoteBurstMessage } from "../../shared/messages.js";
import type { Poll } from "../../shared/poll.js";
import type { Results } from "../../shared/results.js";
import type { Tuning } from "../config.js";
import { type Audience, canSeePoll, canSeeResults } from "../domain/visibility.js";
import {
  BURST_WINDOW_SECONDS,
  type BurstWatch,
  newBurstWatch,
  recordNewParticipant,
  shouldNotify,
} from "../domain/vote-burst.js";
import type { ChangeListener } from "../polling/context.js";
import { moderatorEvent, publicEvent } from "../polling/events.js";
import { type Connection, sendFrame } from "./connection.js";

/** ≤ 10 results frames per second per poll (SPEC), the first one without delay. */
export const RESULTS_INTERVAL_MS = 100;
/** How often sockets that skipped frames are checked for having drained. */
const DRAIN_CHECK_MS = 250;

type Room = {
  connections: Set<Connection>;
  burst: BurstWatch;
  /** Per poll: when its last results frame went out, and whether one is scheduled. */
  lastSent: Map<number, number>;
  scheduled: Set<number>;
};

export type HubSource = {
  poll(pollId: number): Poll | undefined;
  results(poll: Poll): Results;
  /** Told after each results broadcast: frames sent, and skipped for receivers that were behind. */
  onResultsFrames?(sent: number, skipped: number): void;
};

export type Hub = ChangeListener & {
  join(connection: Connection): void;
  leave(connection: Connection): void;
  /** Ends every connection of the event (it was deleted). */
  closeEvent(eventCode: string, code: number, reason: string): void;
  connectionCount(): number;
  /** Stops the timers and closes every socket with `code` (1001 when shutting down). */
  close(code: number, reason: string): void;
};

/** Ping interval and backpressure limits (config.ts: Tuning). */
export type HubLimits = Pick<Tuning, "pingIntervalMs" | "maxBufferedBytes" | "maxBehindMs">;

export function createHub(source: HubSource, limits: HubLimits): Hub {
  const rooms = new Map<string, Room>();
  let behindSockets = new Set<Connection>();

  const roomOf = (eventCode: string): Room => {
    let room = rooms.get(eventCode);
    if (!room) {
      room = { connections: new Set(), burst: newBurstWatch(), lastSent: new Map(), scheduled: new Set() };
      rooms.set(eventCode, room);
    }
    return room;
  };

  function toEveryone(eventCode: string, frame: string, allowed: (audience: Audience) => boolean): void {
    const room = rooms.get(eventCode);
    if (!room) return;
    const bytes = Buffer.from(frame);
    for (const connection of room.connections) if (allowed(connection.audience)) sendFrame(connection, bytes);
  }

  function resultsFrame(poll: Poll): Buffer {
    return Buffer.from(JSON.stringify({ type: "results", pollId: poll.id, results: source.results(poll) }));
  }

  function isBehind(connection: Connection, now: number): boolean {
    if (connection.socket.bufferedAmount <= limits.maxBufferedBytes) {
      connection.behindSince = 0;
      return false;
    }
    if (connection.behindSince === 0) connection.behindSince = now;
    else if (now - connection.behindSince > limits.maxBehindMs) connection.socket.terminate();
    return true;
  }

  function sendResults(eventCode: string, pollId: number): void {
    const room = rooms.get(eventCode);
    if (!room) return;
    room.scheduled.delete(pollId);
    if (room.connections.size === 0) {
      if (room.scheduled.size === 0) rooms.delete(eventCode);
      return;
    }
    const poll = source.poll(pollId);
    if (!poll) return;
    const now = Date.now();
    room.lastSent.set(pollId, now);
    const frame = resultsFrame(poll);
    let sent = 0;
    let skipped = 0;
    for (const connection of room.connections) {
      if (!canSeeResults(poll, connection.audience)) continue;
      if (isBehind(connection, now)) {
        connection.owedResults.add(pollId);
        behindSockets.add(connection);
        skipped++;
      } else {
        sendFrame(connection, frame);
        sent++;
      }
    }
    source.onResultsFrames?.(sent, skipped);
  }

  /** Sockets that skipped frames get the newest results of those polls once they drain. */
  function payOwedResults(): void {
    const stillBehind = new Set<Connection>();
    const now = Date.now();
    for (const connection of behindSockets) {
      if (connection.socket.readyState !== connection.socket.OPEN) continue;
      if (isBehind(connection, now)) {
        stillBehind.add(connection);
        continue;
      }
      for (const pollId of connection.owedResults) {
        const poll = source.poll(pollId);
        if (poll && canSeeResults(poll, connection.audience)) sendFrame(connection, resultsFrame(poll));
      }
      connection.owedResults.clear();
    }
    behindSockets = stillBehind;
  }

  function pingAll(): void {
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
  }

  const drainTimer = setInterval(payOwedResults, DRAIN_CHECK_MS);
  const pingTimer = setInterval(pingAll, limits.pingIntervalMs);
  drainTimer.unref();
  pingTimer.unref();

  return {
    join(connection) {
      roomOf(connection.eventCode).connections.add(connection);
    },
    leave(connection) {
      const room = rooms.get(connection.eventCode);
      behindSockets.delete(connection);
      if (!room) return;
      room.connections.delete(connection);
      if (room.connections.size === 0 && room.scheduled.size === 0) rooms.delete(connection.eventCode);
    },
    pollChanged(poll) {
      const frame = JSON.stringify({ type: "poll", poll });
      toEveryone(poll.eventCode, frame, (audience) => canSeePoll(poll, audience));
    },
    eventChanged(event) {
      const room = rooms.get(event.code);
      if (!room) return;
      const forPublic = Buffer.from(JSON.stringify({ type: "event", event: publicEvent(event) }));
      const forModerators = Buffer.from(JSON.stringify({ type: "event", event: moderatorEvent(event) }));
      for (const connection of room.connections) {
        sendFrame(connection, connection.audience === "moderator" ? forModerators : forPublic);
      }
    },
    participantJoined(eventCode) {
      const room = rooms.get(eventCode);
      if (!room) return;
      const now = Date.now();
      const newParticipants = recordNewParticipant(room.burst, now);
      let connectedVoters = 0;
      for (const connection of room.connections) if (connection.audience === "voter") connectedVoters++;
      if (!shouldNotify(room.burst, newParticipants, connectedVoters, now)) return;
      const notice: VoteBurstMessage = {
        type: "voteBurst",
        newParticipants,
        windowSeconds: BURST_WINDOW_SECONDS,
        connectedVoters,
      };
      toEveryone(eventCode, JSON.stringify(notice), (audience) => audience === "moderator");
    },
    pollReset(poll) {
      const frame = JSON.stringify({ type: "pollReset", pollId: poll.id });
      toEveryone(poll.eventCode, frame, (audience) => canSeePoll(poll, audience));
    },
    pollDeleted(poll) {
      const frame = JSON.stringify({ type: "pollDeleted", pollId: poll.id });
      toEveryone(poll.eventCode, frame, (audience) => canSeePoll(poll, audience));
    },
    resultsChanged(poll) {
      const room = rooms.get(poll.eventCode);
      if (!room || room.scheduled.has(poll.id)) return;
      room.scheduled.add(poll.id);
      const wait = Math.max(0, (room.lastSent.get(poll.id) ?? 0) + RESULTS_INTERVAL_MS - Date.now());
      setTimeout(sendResults, wait, poll.eventCode, poll.id);
    },
    closeEvent(eventCode, code, reason) {
      for (const connection of rooms.get(eventCode)?.connections ?? []) connection.socket.close(code, reason);
    },
    connectionCount() {
      let count = 0;
      for (const room of rooms.values()) count += room.connections.size;
      return count;
    },
    close(code, reason) {
      clearInterval(drainTimer);
      clearInterval(pingTimer);
      for (const room of rooms.values())
        for (const connection of room.connections) connection.socket.close(code, reason);
    },
  };
}
