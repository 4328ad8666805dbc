// What the live side needs from the rest of the server: the use cases and the hub, its limits,
// and the secret checks that count wrong guesses per address (shared with REST).
import type { Vote } from "../../shared/vote.js";
import type { Tuning } from "../config.js";
import type { Outcome } from "../domain/outcome.js";
import type { PollingContext } from "../polling/context.js";
import type { StoredEvent } from "../store/events.js";
import type { Hub } from "./hub.js";

export type LiveServices = {
  polling: PollingContext;
  hub: Hub;
  tuning: Pick<Tuning, "helloGraceMs" | "maxQueuedBytes" | "connectionFrameBurst" | "connectionFramesPerSecond">;
  /** An access code entered from `address`; wrong ones are counted (docs/api.md, "Rate limits"). */
  admitAccessCode(address: string, event: StoredEvent, accessCode: string | undefined): Outcome<void>;
  /** A moderator key presented from `address`; wrong ones are counted. */
  authorizeModerator(address: string, event: StoredEvent, moderatorKey: string | undefined): Outcome<StoredEvent>;
  /** Told about every vote's outcome (the metrics). */
  voteCast(outcome: Outcome<Vote>): void;
  /** Where a peer's socket errors go: they are its problem, worth a debug line at most. */
  log: { debug(details: object, message: string): void };
};

/**
 * The event as it is now (its access code or title may have changed since the connect), or
 * undefined once deleted. Read from memory on every frame: no lookup by a normalised code, no
 * Outcome allocated per vote.
 */
export const eventNow = (live: LiveServices, eventCode: string): StoredEvent | undefined =>
  live.polling.registry.events.get(eventCode);
