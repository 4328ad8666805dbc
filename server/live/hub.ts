// The live hub: told about every committed change (polling's ChangeListener), it sends the
// frames to the rooms. Rooms, results pacing, slow readers and ping each live in their own file.
import { EVENT_GONE_CLOSE_CODE, KEY_REVOKED_CLOSE_CODE } from "../../shared/close-codes.js";
import type { Tuning } from "../config.js";
import { type Audience, canSeePoll } from "../domain/visibility.js";
import type { ChangeListener } from "../polling/context.js";
import { moderatorEvent, publicEvent } from "../polling/events.js";
import { createBackpressure, sendFrame } from "./backpressure.js";
import { noteNewParticipant, stopBurstCheck } from "./burst-check.js";
import type { Connection } from "./connection.js";
import { startPing } from "./ping.js";
import { sendQuestionChange, sendQuestionDeleted } from "./question-frames.js";
import { createResultsFeeds, type ResultsSource } from "./results-feed.js";
import { changeAudience, connectionCount, joinRoom, leaveRoom, type Room, type Rooms } from "./rooms.js";
import { createUpvotesFeeds, type UpvotesSource } from "./upvotes-feed.js";

export type HubSource = ResultsSource & UpvotesSource;

export type Hub = ChangeListener & {
  join(connection: Connection): void;
  leave(connection: Connection): void;
  /** Changes who a connection is (a voter's feed becoming a moderator feed). */
  setAudience(connection: Connection, audience: Audience): void;
  /** Ends every connection of the event with `code`. */
  closeEvent(eventCode: string, code: number, reason: string): void;
  connectionCount(): number;
  /** Stops the timers and closes every socket with `code` (1001 when shutting down). */
  close(code: number, reason: string): void;
};

/** Ping interval and backpressure limits (config.ts: Tuning). */
export type HubLimits = Pick<Tuning, "pingIntervalMs" | "maxBufferedBytes" | "maxBehindMs">;

export function createHub(source: HubSource, limits: HubLimits): Hub {
  const rooms: Rooms = new Map();
  const backpressure = createBackpressure(limits, (connection, pollId) => feeds.resend(connection, pollId));
  const feeds = createResultsFeeds(source, backpressure);
  const upvoteFeeds = createUpvotesFeeds(source);
  const stopPing = startPing(rooms, limits.pingIntervalMs);

  function toEveryone(eventCode: string, frame: string, allowed: (audience: Audience) => boolean): void {
    const room = rooms.get(eventCode);
    if (!room) return;
    const bytes = Buffer.from(frame);
    for (const connection of room.connections) if (allowed(connection.audience)) sendFrame(connection, bytes);
  }

  function closeEvent(eventCode: string, code: number, reason: string): void {
    for (const connection of rooms.get(eventCode)?.connections ?? []) connection.socket.close(code, reason);
  }

  /** Stops a room's timers: it is being dropped. */
  function stopRoom(room: Room): void {
    feeds.stop(room);
    upvoteFeeds.stop(room);
    stopBurstCheck(room);
  }

  return {
    join(connection) {
      joinRoom(rooms, connection);
    },
    leave(connection) {
      backpressure.forget(connection);
      const emptied = leaveRoom(rooms, connection);
      if (emptied) stopRoom(emptied);
    },
    setAudience(connection, audience) {
      changeAudience(rooms, connection, audience);
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
        // A Q&A moderator feed whose key was replaced or revoked ends here.
        if (connection.audience === "qaModerator" && connection.qaKeyHash !== event.qaModeratorKeyHash) {
          connection.socket.close(KEY_REVOKED_CLOSE_CODE, "key revoked");
          continue;
        }
        sendFrame(connection, connection.audience === "moderator" ? forModerators : forPublic);
      }
    },
    eventDeleted(event) {
      closeEvent(event.code, EVENT_GONE_CLOSE_CODE, "event deleted");
    },
    participantJoined(eventCode, participantTokenHash) {
      const room = rooms.get(eventCode);
      if (room) noteNewParticipant(room, participantTokenHash);
    },
    pollReset(poll) {
      const frame = JSON.stringify({ type: "pollReset", pollId: poll.id });
      toEveryone(poll.eventCode, frame, (audience) => canSeePoll(poll, audience));
    },
    pollDeleted(poll) {
      const frame = JSON.stringify({ type: "pollDeleted", pollId: poll.id });
      toEveryone(poll.eventCode, frame, (audience) => canSeePoll(poll, audience));
      const room = rooms.get(poll.eventCode);
      if (room) feeds.forget(room, poll.id);
    },
    resultsChanged(poll) {
      const room = rooms.get(poll.eventCode);
      if (room) feeds.resultsChanged(room, poll);
    },
    questionChanged(question, previous) {
      const room = rooms.get(question.eventCode);
      if (room) sendQuestionChange(room, question, previous);
    },
    questionDeleted(question) {
      const room = rooms.get(question.eventCode);
      if (room) sendQuestionDeleted(room, question);
    },
    upvotesChanged(question) {
      const room = rooms.get(question.eventCode);
      if (room) upvoteFeeds.upvotesChanged(room, question);
    },
    closeEvent,
    connectionCount() {
      return connectionCount(rooms);
    },
    close(code, reason) {
      backpressure.stop();
      stopPing();
      for (const room of rooms.values()) {
        stopRoom(room);
        for (const connection of room.connections) connection.socket.close(code, reason);
      }
    },
  };
}
