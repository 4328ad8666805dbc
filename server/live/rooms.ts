// The live rooms: one per event with connections, holding who is connected and how many of
// them are phones (the phones' results frames are paced by that count).
import type { Audience } from "../domain/visibility.js";
import { type BurstCheck, newBurstCheck } from "./burst-check.js";
import type { Connection } from "./connection.js";
import type { ResultsFeed } from "./results-feed.js";
import type { UpvotesFeed } from "./upvotes-feed.js";

export type Room = {
  connections: Set<Connection>;
  /** Connections with the voter audience, kept as they come and go: never counted per frame. */
  voters: number;
  /** The results feed of each poll whose results changed while the room was open. */
  feeds: Map<number, ResultsFeed>;
  /** The upvote counts' feed, once a question's count changed while the room was open. */
  upvotes: UpvotesFeed | null;
  burst: BurstCheck;
  /** Cleared when the room empties: a timer that still fires for it does nothing. */
  open: boolean;
};

/** The open rooms by event code. */
export type Rooms = Map<string, Room>;

export function joinRoom(rooms: Rooms, connection: Connection): void {
  let room = rooms.get(connection.eventCode);
  if (!room) {
    room = { connections: new Set(), voters: 0, feeds: new Map(), upvotes: null, burst: newBurstCheck(), open: true };
    rooms.set(connection.eventCode, room);
  }
  room.connections.add(connection);
  if (connection.audience === "voter") room.voters++;
}

/** Takes a connection out of its room; returns the room if that left it empty (it is dropped). */
export function leaveRoom(rooms: Rooms, connection: Connection): Room | undefined {
  const room = rooms.get(connection.eventCode);
  if (!room?.connections.delete(connection)) return undefined;
  if (connection.audience === "voter") room.voters--;
  if (room.connections.size > 0) return undefined;
  room.open = false;
  rooms.delete(connection.eventCode);
  return room;
}

/** Changes who a connection is (a voter's feed becoming a moderator feed), keeping the count right. */
export function changeAudience(rooms: Rooms, connection: Connection, audience: Audience): void {
  const room = rooms.get(connection.eventCode);
  if (room?.connections.has(connection)) {
    room.voters += Number(audience === "voter") - Number(connection.audience === "voter");
  }
  connection.audience = audience;
}

export function connectionCount(rooms: Rooms): number {
  let count = 0;
  for (const room of rooms.values()) count += room.connections.size;
  return count;
}
