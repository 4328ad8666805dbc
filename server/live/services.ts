// What the live side needs from the rest of the server: the use cases (polling's context), the
// hub, its limits, and who is told about votes.
import type { Vote } from "../../shared/vote.js";
import type { StallWatch } from "../cluster/stall-watch.js";
import type { Tuning } from "../config.js";
import type { Outcome } from "../domain/outcome.js";
import type { PollingContext } from "../polling/context.js";
import type { Hub } from "./hub.js";

export type LiveServices = {
  polling: PollingContext;
  hub: Hub;
  tuning: Pick<Tuning, "helloGraceMs" | "maxQueuedBytes" | "connectionFrameBurst" | "connectionFramesPerSecond">;
  /** On several nodes: a connection that was open while this node stood still is closed at its next frame. */
  stalls: StallWatch | null;
  /** Told about every vote's outcome (the metrics). */
  voteCast(outcome: Outcome<Vote>): void;
  /** Where a peer's socket errors go: they are its problem, worth a debug line at most. */
  log: { debug(details: object, message: string): void; error(details: object, message: string): void };
};
