// A connection's hello (docs/api.md, "Connecting"): the voter says who it is once, then gets its
// snapshot and joins the event's room. A voter that stays silent is greeted after a grace period.
import { EVENT_GONE_CLOSE_CODE } from "../../shared/close-codes.js";
import type { HelloMessage } from "../../shared/messages.js";
import type { Outcome } from "../domain/outcome.js";
import { admitAccessCode } from "../polling/access.js";
import { accessGranted } from "../polling/events.js";
import { currentEvent } from "../polling/queries.js";
import { participantRecords, snapshotFor } from "../polling/snapshot.js";
import { newParticipantToken } from "../security/secrets.js";
import type { StoredEvent } from "../store/events.js";
import { sendFrame } from "./backpressure.js";
import { type Connection, sendError, sendMessage, takeParticipantToken } from "./connection.js";
import type { LiveServices } from "./services.js";

/** Checks an access code for this connection and remembers it there once accepted. */
export function admitConnectionCode(
  live: LiveServices,
  connection: Connection,
  event: StoredEvent,
  accessCode: string,
): Outcome<void> {
  const admitted = admitAccessCode(live.polling, connection.address, event, accessCode);
  if (admitted.ok) connection.accessCode = accessCode;
  return admitted;
}

/** The snapshot (again, after a late `hello`), and from then on the room's frames. */
export function greet(live: LiveServices, connection: Connection, event: StoredEvent): void {
  clearTimeout(connection.helloTimer);
  if (connection.audience !== "screen" && connection.participantToken === null) {
    takeParticipantToken(connection, newParticipantToken());
  }
  if (!connection.greeted) {
    connection.greeted = true;
    live.hub.join(connection);
  }
  sendSnapshot(live, connection, event);
}

/** A voter that has not said hello yet is greeted as a newcomer after the grace period. */
export function awaitHello(live: LiveServices, connection: Connection): void {
  connection.helloTimer = setTimeout(() => {
    const current = currentEvent(live.polling, connection.eventCode);
    if (current) greet(live, connection, current);
    else connection.socket.close(EVENT_GONE_CLOSE_CODE, "event deleted");
  }, live.tuning.helloGraceMs);
}

/**
 * The voter says who it is, once: its token and the access code it has. A hello that comes
 * after the grace period (a slow phone) still counts; the voter then gets a second snapshot.
 */
export function introduce(live: LiveServices, connection: Connection, event: StoredEvent, hello: HelloMessage): void {
  if (connection.introduced) {
    sendError(connection, "INVALID_REQUEST", "A connection says hello once, in its first frame.");
    return;
  }
  connection.introduced = true;
  takeParticipantToken(connection, hello.participantToken);
  if (hello.accessCode !== undefined) admitConnectionCode(live, connection, event, hello.accessCode);
  greet(live, connection, event);
}

/**
 * Sends the snapshot once the participant's own votes are read; frames for the connection wait
 * behind it meanwhile (connection.held), so the client never gets a change before its snapshot.
 */
export function sendSnapshot(live: LiveServices, connection: Connection, event: StoredEvent): void {
  const { participantToken: token, participantTokenHash: tokenHash } = connection;
  const participant = token !== null && tokenHash !== null ? { token, tokenHash } : null;
  connection.held ??= [];
  const made = connection.snapshots.then(async () => {
    const mine = await participantRecords(live.polling, event, participant);
    // The event as it is now: the moderator may have changed it while the store was read.
    const current = currentEvent(live.polling, event.code) ?? event;
    const snapshot = snapshotFor(live.polling, current, connection.audience, participant, mine);
    const held = connection.held ?? [];
    connection.held = null;
    if (connection.audience === "screen") sendMessage(connection, snapshot);
    else sendMessage(connection, { ...snapshot, accessGranted: accessGranted(current, connection.accessCode) });
    for (const frame of held) sendFrame(connection, frame);
  });
  connection.snapshots = made.catch((error: unknown) => {
    // Without its snapshot the client cannot go on; it reconnects and asks again.
    live.log.error({ err: error }, "snapshot could not be read");
    connection.held = null;
    connection.socket.close(1011, "try again");
  });
}
