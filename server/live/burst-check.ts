// The ballot-stuffing check of one room (docs/api.md, voteBurst; domain/vote-burst.ts decides):
// new participants are held against the room's voting phones, once per burst, not once per vote.
import type { VoteBurstMessage } from "../../shared/messages.js";
import {
  BURST_WINDOW_SECONDS,
  type BurstWatch,
  newBurstWatch,
  newParticipantsWithin,
  recordNewParticipant,
  shouldNotify,
} from "../domain/vote-burst.js";
import { sendFrame } from "./backpressure.js";
import type { Room } from "./rooms.js";

/**
 * New participants are checked against the room's phones this long after the first of them:
 * one pass over the room for a whole burst, not one per vote.
 */
const BURST_CHECK_DELAY_MS = 250;

export type BurstCheck = {
  watch: BurstWatch;
  /** Token hashes of new participants not yet checked against the room's phones. */
  newcomers: string[];
  /**
   * Participants who cast their first vote while a phone of theirs was connected here: their
   * phones are the ones that explain new participants (docs/api.md, voteBurst).
   */
  votingParticipants: Set<string>;
  timer: NodeJS.Timeout | null;
};

export const newBurstCheck = (): BurstCheck => ({
  watch: newBurstWatch(),
  newcomers: [],
  votingParticipants: new Set(),
  timer: null,
});

/** A participant's first vote ever was committed in this room's event: checked soon, with the others. */
export function noteNewParticipant(room: Room, participantTokenHash: string): void {
  recordNewParticipant(room.burst.watch, Date.now());
  room.burst.newcomers.push(participantTokenHash);
  room.burst.timer ??= setTimeout(checkBurst, BURST_CHECK_DELAY_MS, room);
}

/** Stops the room's pending check: it is being dropped. */
export function stopBurstCheck(room: Room): void {
  if (room.burst.timer !== null) clearTimeout(room.burst.timer);
}

/** Phones of participants who voted while connected (each explains one new participant). */
function votingPhones(room: Room): number {
  const { burst } = room;
  const newcomers = new Set(burst.newcomers);
  burst.newcomers = [];
  let phones = 0;
  for (const connection of room.connections) {
    const participant = connection.participantTokenHash;
    if (connection.audience !== "voter" || participant === null) continue;
    if (newcomers.has(participant)) burst.votingParticipants.add(participant);
    if (burst.votingParticipants.has(participant)) phones++;
  }
  return phones;
}

/** Tells the room's moderators when more new participants voted than its phones explain. */
function checkBurst(room: Room): void {
  room.burst.timer = null;
  if (!room.open) return;
  const phones = votingPhones(room);
  const now = Date.now();
  const newParticipants = newParticipantsWithin(room.burst.watch, now);
  if (!shouldNotify(room.burst.watch, newParticipants, phones, now)) return;
  const notice: VoteBurstMessage = {
    type: "voteBurst",
    newParticipants,
    windowSeconds: BURST_WINDOW_SECONDS,
    connectedVoters: phones,
  };
  const frame = Buffer.from(JSON.stringify(notice));
  for (const connection of room.connections) if (connection.audience === "moderator") sendFrame(connection, frame);
}
