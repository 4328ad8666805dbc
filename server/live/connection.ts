// One live WebSocket client: who it is and what it may still be owed.
import type { WebSocket } from "ws";
import type { ServerMessage } from "../../shared/messages.js";
import type { Bucket, BucketRule } from "../domain/token-bucket.js";
import type { Audience } from "../domain/visibility.js";
import { sendFrame } from "./backpressure.js";

export type Connection = {
  socket: WebSocket;
  eventCode: string;
  audience: Audience;
  /**
   * Voters only: the token the snapshot hands out, and its hash (how votes are stored). Null
   * until the voter is greeted: it may bring its own token in its `hello`.
   */
  participantToken: string | null;
  participantTokenHash: string | null;
  /**
   * Whether the client has said who it is: a `hello`, any other first frame (older clients),
   * or secrets in the URL (the old form). Screens need not. Only once, so a token cannot be
   * swapped on an open connection.
   */
  introduced: boolean;
  /** Whether the snapshot went out and the connection joined its event's room (no frames before). */
  greeted: boolean;
  /** Greets a voter that stays silent (docs/api.md, "Connecting"); cleared once introduced. */
  helloTimer: NodeJS.Timeout | undefined;
  /** Cleared on every protocol ping, set by the pong; still clear at the next ping: dead. */
  alive: boolean;
  /** Polls whose results frame was skipped because the socket was behind: sent when it drains. */
  owedResults: Set<number>;
  /** Since when the socket's buffer has been over the limit (0: it is not). */
  behindSince: number;
  /** Frames this connection may still send before it is rate-limited, and the rule refilling them. */
  frames: Bucket;
  frameLimit: BucketRule;
  /** Client address (after trusted proxies), for the moderator-key guessing limit. */
  address: string;
  /**
   * The event's access code once it was accepted on this connection (`access` frame, `hello`
   * or the old `?access=`); checked again with every vote, as the moderator may change it.
   */
  accessCode: string | undefined;
  /**
   * Unsent bytes past which the connection is cut instead of buffering more: a client that
   * stops reading must not grow the server's memory. It resyncs from a snapshot when back.
   */
  maxQueuedBytes: number;
};

export function sendMessage(connection: Connection, message: ServerMessage): void {
  sendFrame(connection, JSON.stringify(message));
}
