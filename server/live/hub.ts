// The live hub: one room per event, holding its WebSocket clients. Results frames are
// coalesced per poll, serialized once per update, and the same bytes go to every client
// allowed to see them. Screens and moderators get them at once and then at most every
// RESULTS_INTERVAL_MS. Phones get them a little later, once the figures have settled: a
// phone needs no animation, and each frame costs one socket write per phone, which in a
// burst of thousands of votes would hold up the acknowledgements.
import type { VoteBurstMessage } from "../../shared/messages.js";
import type { Poll } from "../../shared/poll.js";
import type { Results } from "../../shared/results.js";
import type { Tuning } from "../config.js";
import { type Audience, canSeePoll, canSeeResults } from "../domain/visibility.js";
import {
  BURST_WINDOW_SECONDS,
  type BurstWatch,
  newBurstWatch,
  newParticipantsWithin,
  recordNewParticipant,
  shouldNotify,
} from "../domain/vote-burst.js";
import type { ChangeListener } from "../polling/context.js";
import { moderatorEvent, publicEvent } from "../polling/events.js";
import { type Connection, sendFrame } from "./connection.js";

/** ≤ 10 results frames per second per poll (SPEC), the first one without delay. */
export const RESULTS_INTERVAL_MS = 100;
/** Phones get results at most 4 times a second, a quarter second after the first change… */
export const VOTER_RESULTS_INTERVAL_MS = 250;
/** …and in a big room less often: all phones together get at most this many frames a second. */
export const VOTER_FRAMES_PER_SECOND = 10_000;

/** How long phones wait between results frames in a room with `voters` phones. */
export const voterResultsInterval = (voters: number): number =>
  Math.max(VOTER_RESULTS_INTERVAL_MS, (1000 * voters) / VOTER_FRAMES_PER_SECOND);
/** Sockets written per turn of the event loop: a big room's broadcast must not hold up votes. */
const BROADCAST_SLICE = 500;
/** How often sockets that skipped frames are checked for having drained. */
const DRAIN_CHECK_MS = 250;
/**
 * New participants are checked against the room's phones this long after the first of them:
 * one pass over the room for a whole burst, not one per vote.
 */
const BURST_CHECK_DELAY_MS = 250;

/** The results broadcast of one poll in one room. */
type ResultsFeed = {
  /** When screens and moderators, and when phones, last got this poll's results. */
  lastSent: number;
  lastSentToVoters: number;
  /** Results changed since they last went out to screens/moderators, and to phones. */
  newForScreens: boolean;
  newForVoters: boolean;
  /** When the phones' figures first changed since they were last sent. */
  votersChangedAt: number;
  timer: NodeJS.Timeout | null;
  /** When the timer fires. */
  timerDue: number;
};

type Room = {
  connections: Set<Connection>;
  /** Connections with the voter audience (paces the phones' results frames). */
  voters: number;
  burst: BurstWatch;
  /** Token hashes of new participants not yet checked against the room's phones. */
  newcomers: string[];
  /**
   * Participants who cast their first vote while a phone of theirs was connected here: their
   * phones are the ones that explain new participants (docs/api.md, voteBurst).
   */
  votingParticipants: Set<string>;
  burstCheck: NodeJS.Timeout | null;
  feeds: Map<number, ResultsFeed>;
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
  /** Changes who a connection is (a voter's feed becoming a moderator feed). */
  setAudience(connection: Connection, audience: Audience): void;
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
      room = {
        connections: new Set(),
        voters: 0,
        burst: newBurstWatch(),
        newcomers: [],
        votingParticipants: new Set(),
        burstCheck: null,
        feeds: new Map(),
      };
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

  function feedOf(room: Room, pollId: number): ResultsFeed {
    let feed = room.feeds.get(pollId);
    if (!feed) {
      feed = {
        lastSent: 0,
        lastSentToVoters: 0,
        newForScreens: false,
        newForVoters: false,
        votersChangedAt: 0,
        timer: null,
        timerDue: 0,
      };
      room.feeds.set(pollId, feed);
    }
    return feed;
  }

  /** Schedules the next results frame of a poll for the earliest moment its limits allow. */
  function schedule(eventCode: string, room: Room, pollId: number, feed: ResultsFeed): void {
    if (!(feed.newForScreens || feed.newForVoters)) return;
    const screensDue = feed.newForScreens ? feed.lastSent + RESULTS_INTERVAL_MS : Infinity;
    const votersDue = feed.newForVoters
      ? Math.max(
          feed.lastSent + RESULTS_INTERVAL_MS,
          Math.max(feed.lastSentToVoters, feed.votersChangedAt) + voterResultsInterval(room.voters),
        )
      : Infinity;
    const due = Math.min(screensDue, votersDue);
    // A timer set for the phones' later turn must not hold up the projector's.
    if (feed.timer !== null) {
      if (feed.timerDue <= due) return;
      clearTimeout(feed.timer);
    }
    feed.timerDue = due;
    feed.timer = setTimeout(sendResults, Math.max(0, due - Date.now()), eventCode, room, pollId, feed);
  }

  function sendResults(eventCode: string, room: Room, pollId: number, feed: ResultsFeed): void {
    feed.timer = null;
    const poll = source.poll(pollId);
    if (!poll || rooms.get(eventCode) !== room) return;
    const now = Date.now();
    const toScreens = feed.newForScreens;
    const toVoters =
      feed.newForVoters &&
      now >= Math.max(feed.lastSentToVoters, feed.votersChangedAt) + voterResultsInterval(room.voters);
    const screens: Connection[] = [];
    const voters: Connection[] = [];
    for (const connection of room.connections) {
      if (!canSeeResults(poll, connection.audience)) continue;
      if (connection.audience !== "voter") {
        if (toScreens) screens.push(connection);
      } else if (toVoters) voters.push(connection);
    }
    if (toScreens) {
      feed.lastSent = now;
      feed.newForScreens = false;
    }
    if (toVoters) {
      feed.lastSentToVoters = now;
      feed.newForVoters = false;
    }
    // Screens first: the projector is what the room is watching.
    broadcast(pollId, resultsFrame(poll), [...screens, ...voters], 0);
    // Phones skipped this time still get these figures once their interval has passed.
    schedule(eventCode, room, pollId, feed);
  }

  /** Sends one frame to many sockets, BROADCAST_SLICE per turn of the event loop. */
  function broadcast(pollId: number, frame: Buffer, receivers: readonly Connection[], start: number): void {
    const end = Math.min(receivers.length, start + BROADCAST_SLICE);
    const now = Date.now();
    let sent = 0;
    let skipped = 0;
    for (let index = start; index < end; index++) {
      const connection = receivers[index] as Connection;
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
    if (end < receivers.length) setImmediate(broadcast, pollId, frame, receivers, end);
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

  /** Phones of participants who voted while connected (each explains one new participant). */
  function votingPhones(room: Room): number {
    const newcomers = new Set(room.newcomers);
    room.newcomers = [];
    let phones = 0;
    for (const connection of room.connections) {
      const participant = connection.participantTokenHash;
      if (connection.audience !== "voter" || participant === null) continue;
      if (newcomers.has(participant)) room.votingParticipants.add(participant);
      if (room.votingParticipants.has(participant)) phones++;
    }
    return phones;
  }

  /** Tells the room's moderators when more new participants voted than its phones explain. */
  function checkBurst(eventCode: string, room: Room): void {
    room.burstCheck = null;
    if (rooms.get(eventCode) !== room) return;
    const phones = votingPhones(room);
    const now = Date.now();
    const newParticipants = newParticipantsWithin(room.burst, now);
    if (!shouldNotify(room.burst, newParticipants, phones, now)) return;
    const notice: VoteBurstMessage = {
      type: "voteBurst",
      newParticipants,
      windowSeconds: BURST_WINDOW_SECONDS,
      connectedVoters: phones,
    };
    toEveryone(eventCode, JSON.stringify(notice), (audience) => audience === "moderator");
  }

  /** Stops a room's timers: it is being dropped. */
  function stopRoom(room: Room): void {
    for (const feed of room.feeds.values()) if (feed.timer !== null) clearTimeout(feed.timer);
    if (room.burstCheck !== null) clearTimeout(room.burstCheck);
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
      const room = roomOf(connection.eventCode);
      room.connections.add(connection);
      if (connection.audience === "voter") room.voters++;
    },
    leave(connection) {
      const room = rooms.get(connection.eventCode);
      behindSockets.delete(connection);
      if (!room?.connections.delete(connection)) return;
      if (connection.audience === "voter") room.voters--;
      if (room.connections.size === 0) {
        stopRoom(room);
        rooms.delete(connection.eventCode);
      }
    },
    setAudience(connection, audience) {
      const room = rooms.get(connection.eventCode);
      if (room?.connections.has(connection))
        room.voters += Number(audience === "voter") - Number(connection.audience === "voter");
      connection.audience = audience;
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
    participantJoined(eventCode, participantTokenHash) {
      const room = rooms.get(eventCode);
      if (!room) return;
      recordNewParticipant(room.burst, Date.now());
      room.newcomers.push(participantTokenHash);
      room.burstCheck ??= setTimeout(checkBurst, BURST_CHECK_DELAY_MS, eventCode, room);
    },
    pollReset(poll) {
      const frame = JSON.stringify({ type: "pollReset", pollId: poll.id });
      toEveryone(poll.eventCode, frame, (audience) => canSeePoll(poll, audience));
    },
    pollDeleted(poll) {
      const frame = JSON.stringify({ type: "pollDeleted", pollId: poll.id });
      toEveryone(poll.eventCode, frame, (audience) => canSeePoll(poll, audience));
      // Its results will not change again: the feed and any frame it still had due go now.
      const room = rooms.get(poll.eventCode);
      const feed = room?.feeds.get(poll.id);
      if (feed?.timer) clearTimeout(feed.timer);
      room?.feeds.delete(poll.id);
    },
    resultsChanged(poll) {
      const room = rooms.get(poll.eventCode);
      if (!room) return;
      const feed = feedOf(room, poll.id);
      feed.newForScreens = true;
      if (!feed.newForVoters) feed.votersChangedAt = Date.now();
      feed.newForVoters = true;
      schedule(poll.eventCode, room, poll.id, feed);
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
      for (const room of rooms.values()) {
        stopRoom(room);
        for (const connection of room.connections) connection.socket.close(code, reason);
      }
    },
  };
}
