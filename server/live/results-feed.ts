// The results frames of a room's polls: domain/pacing.ts decides when each goes out and to
// whom; here are its timer, the one serialization per frame and the sliced writes, screens first.
import type { Poll } from "../../shared/poll.js";
import type { Results } from "../../shared/results.js";
import {
  newResultsPacing,
  nextResultsAt,
  type ResultsPacing,
  type ResultsTurn,
  recordChange,
  sliceEnd,
  takeResultsTurn,
} from "../domain/pacing.js";
import { canSeeResults } from "../domain/visibility.js";
import { type Backpressure, sendFrame } from "./backpressure.js";
import type { Connection } from "./connection.js";
import type { Room } from "./rooms.js";

/** The results broadcast of one poll in one room: its pacing, and the timer of its next frame. */
export type ResultsFeed = ResultsPacing & {
  timer: NodeJS.Timeout | null;
  /** When the timer fires. */
  timerDue: number;
};

export type ResultsSource = {
  poll(pollId: number): Poll | undefined;
  /** `view` "moderator": a text poll's hidden and unapproved word groups too, marked. */
  results(poll: Poll, view: "public" | "moderator"): Results;
  /** Told after each slice of a results broadcast: frames sent, and skipped for receivers that were behind. */
  onResultsFrames?(sent: number, skipped: number): void;
};

export type ResultsFeeds = {
  /** A poll of this room has new figures: its next frame is set for the earliest moment the pacing allows. */
  resultsChanged(room: Room, poll: Poll): void;
  /** The poll was deleted: its results will not change again, its feed and any frame still due go now. */
  forget(room: Room, pollId: number): void;
  /** Stops the timers of every feed of the room: it is being dropped. */
  stop(room: Room): void;
  /** The newest results of a poll to one connection (a slow reader that drained), if it may see them. */
  resend(connection: Connection, pollId: number): void;
};

export function createResultsFeeds(source: ResultsSource, backpressure: Backpressure): ResultsFeeds {
  function resultsFrame(poll: Poll, view: "public" | "moderator" = "public"): Buffer {
    return Buffer.from(JSON.stringify({ type: "results", pollId: poll.id, results: source.results(poll, view) }));
  }

  /**
   * Moderators see a text poll's hidden and unapproved groups, so they get a frame of their
   * own; for the other kinds everyone shares the one frame.
   */
  const hasModeratorView = (poll: Poll) => poll.type === "text";
  const viewOf = (poll: Poll, connection: Connection) =>
    hasModeratorView(poll) && connection.audience === "moderator" ? "moderator" : "public";

  function feedOf(room: Room, pollId: number): ResultsFeed {
    let feed = room.feeds.get(pollId);
    if (!feed) {
      feed = { ...newResultsPacing(), timer: null, timerDue: 0 };
      room.feeds.set(pollId, feed);
    }
    return feed;
  }

  function schedule(room: Room, pollId: number, feed: ResultsFeed): void {
    const due = nextResultsAt(feed, room.voters);
    if (due === Number.POSITIVE_INFINITY) return;
    // A timer set for the phones' later turn must not hold up the projector's.
    if (feed.timer !== null) {
      if (feed.timerDue <= due) return;
      clearTimeout(feed.timer);
    }
    feed.timerDue = due;
    feed.timer = setTimeout(sendResults, Math.max(0, due - Date.now()), room, pollId, feed);
  }

  function sendResults(room: Room, pollId: number, feed: ResultsFeed): void {
    feed.timer = null;
    const poll = source.poll(pollId);
    if (!poll || !room.open) return;
    const turn = takeResultsTurn(feed, room.voters, Date.now());
    // A timer that fired a millisecond early finds nobody's turn: it is set again, nothing is serialized.
    if (turn.screens || turn.voters) sendTurn(room, poll, turn, feed);
    // Phones skipped this time still get these figures once their interval has passed.
    schedule(room, pollId, feed);
  }

  function sendTurn(room: Room, poll: Poll, turn: ResultsTurn, feed: ResultsFeed): void {
    const screens: Connection[] = [];
    const moderators: Connection[] = [];
    const voters: Connection[] = [];
    const ownFrame = hasModeratorView(poll);
    for (const connection of room.connections) {
      if (!canSeeResults(poll, connection.audience)) continue;
      if (connection.audience !== "voter") {
        if (!turn.screens) continue;
        if (ownFrame && connection.audience === "moderator") moderators.push(connection);
        else screens.push(connection);
      } else if (turn.voters) voters.push(connection);
    }
    // Screens first: the projector is what the room is watching.
    const frame = resultsFrame(poll);
    // The phones' next turn waits in proportion to the bytes this one costs (domain/pacing.ts).
    if (voters.length > 0) feed.voterFrameBytes = frame.length;
    broadcast(poll.id, frame, [...screens, ...voters], 0);
    if (moderators.length > 0) broadcast(poll.id, resultsFrame(poll, "moderator"), moderators, 0);
  }

  /** Sends one frame to many sockets, one slice per turn of the event loop. */
  function broadcast(pollId: number, frame: Buffer, receivers: readonly Connection[], start: number): void {
    const end = sliceEnd(start, receivers.length);
    const now = Date.now();
    let sent = 0;
    let skipped = 0;
    for (let index = start; index < end; index++) {
      const connection = receivers[index] as Connection;
      if (backpressure.skipsResults(connection, pollId, now)) skipped++;
      else {
        sendFrame(connection, frame);
        sent++;
      }
    }
    source.onResultsFrames?.(sent, skipped);
    if (end < receivers.length) setImmediate(broadcast, pollId, frame, receivers, end);
  }

  return {
    resultsChanged(room, poll) {
      const feed = feedOf(room, poll.id);
      recordChange(feed, Date.now());
      schedule(room, poll.id, feed);
    },
    forget(room, pollId) {
      const feed = room.feeds.get(pollId);
      if (feed?.timer) clearTimeout(feed.timer);
      room.feeds.delete(pollId);
    },
    stop(room) {
      for (const feed of room.feeds.values()) if (feed.timer !== null) clearTimeout(feed.timer);
    },
    resend(connection, pollId) {
      const poll = source.poll(pollId);
      if (poll && canSeeResults(poll, connection.audience)) {
        sendFrame(connection, resultsFrame(poll, viewOf(poll, connection)));
      }
    },
  };
}
