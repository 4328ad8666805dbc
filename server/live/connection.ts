// One live WebSocket client: who it is and what it may still be owed; how one is made from
// the upgrade's URL, and how frames are sent to it.
import type { WebSocket } from "ws";
import type { ErrorCode } from "../../shared/errors.js";
import { PARTICIPANT_TOKEN_PATTERN } from "../../shared/limits.js";
import type { LiveQuery, ServerMessage } from "../../shared/messages.js";
import { type Bucket, type BucketRule, fullBucket } from "../domain/token-bucket.js";
import type { Audience } from "../domain/visibility.js";
import { hashSecret } from "../security/secrets.js";
import type { StoredEvent } from "../store/events.js";
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
  /** A Q&A moderator feed: the hash of the key it moderates with (the feed ends when the key changes). */
  qaKeyHash: string | null;
  /**
   * Frames waiting for a snapshot that is being read (the participant's own votes come from the
   * store): they go out after it, in order, so no frame ever comes before its snapshot. Null: none.
   */
  held: (string | Buffer)[] | null;
  /** The snapshots being made for this connection, one after the other. */
  snapshots: Promise<void>;
};

/** The old form of the URL, with the voter's secrets in it (kept for one release, redacted in logs). */
const hasSecretsInUrl = (query: LiveQuery): boolean => query.participant !== undefined || query.access !== undefined;

/** A connection just upgraded, not yet greeted: `frameLimit` is one rule object for all of them. */
export function openConnection(
  socket: WebSocket,
  event: StoredEvent,
  query: LiveQuery,
  address: string,
  maxQueuedBytes: number,
  frameLimit: BucketRule,
): Connection {
  // Projector and overlay connect as screens: they see results but hold no token to vote with.
  const audience = query.role === "screen" ? "screen" : "voter";
  const connection: Connection = {
    socket,
    eventCode: event.code,
    audience,
    participantToken: null,
    participantTokenHash: null,
    introduced: audience === "screen" || hasSecretsInUrl(query),
    greeted: false,
    helloTimer: undefined,
    alive: true,
    owedResults: new Set(),
    behindSince: 0,
    frames: fullBucket(frameLimit, Date.now()),
    frameLimit,
    address,
    accessCode: undefined,
    maxQueuedBytes,
    qaKeyHash: null,
    held: null,
    snapshots: Promise.resolve(),
  };
  if (audience === "voter") takeParticipantToken(connection, query.participant);
  return connection;
}

/** A well-formed token the voter brought; anything else is ignored (a new one is issued when greeted). */
export function takeParticipantToken(connection: Connection, token: unknown): void {
  if (typeof token !== "string" || !PARTICIPANT_TOKEN_PATTERN.test(token)) return;
  connection.participantToken = token;
  connection.participantTokenHash = hashSecret(token);
}

export function sendMessage(connection: Connection, message: ServerMessage): void {
  sendFrame(connection, JSON.stringify(message));
}

export function sendError(connection: Connection, code: ErrorCode, message: string, requestId?: string | number): void {
  sendMessage(connection, { type: "error", code, message, ...(requestId === undefined ? {} : { requestId }) });
}
