// WebSocket: GET /api/events/:code/live upgrades to the live feed of an event. A voter says
// who it is in its first frame (`hello`), never in the URL; then comes the snapshot. Frames
// are JSON, validated with the shared schemas; bad frames get an error frame and the
// connection stays open.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Socket } from "node:net";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { RawData, WebSocket } from "ws";
import type { ErrorCode } from "../../shared/errors.js";
import { PARTICIPANT_TOKEN_PATTERN } from "../../shared/limits.js";
import { type AccessMessage, ClientMessage, type HelloMessage, type VoteMessage } from "../../shared/messages.js";
import type { Ballot } from "../../shared/vote.js";
import type { Tuning } from "../config.js";
import { type Failure, fail, type Outcome } from "../domain/outcome.js";
import { type BucketRule, fullBucket, takeToken } from "../domain/token-bucket.js";
import { type Connection, sendMessage } from "../live/connection.js";
import { accessGranted, findEvent } from "../polling/events.js";
import { snapshotFor } from "../polling/snapshot.js";
import { castVote } from "../polling/votes.js";
import { hashSecret, newParticipantToken } from "../security/secrets.js";
import type { StoredEvent } from "../store/events.js";
import { admitAccessCode, authorizeModerator, requestedEvent } from "./access.js";
import { sendFailure } from "./errors.js";
import { countVote } from "./metrics.js";

type LiveQuery = { participant?: string; role?: string; access?: string };

const frameRule = (tuning: Tuning) => ({
  burst: tuning.connectionFrameBurst,
  perSecond: tuning.connectionFramesPerSecond,
});

export async function liveRoutes(app: FastifyInstance): Promise<void> {
  // One rule object for every connection of this app, not one per frame.
  const frameLimit = frameRule(app.config.tuning);
  app.route({
    method: "GET",
    url: "/api/events/:code/live",
    // Security headers mean nothing on a 101 upgrade, and cost time on every connect.
    helmet: false,
    // A plain GET (no upgrade) gets a readable error instead of an empty 404.
    handler: async (_request, reply) =>
      sendFailure(reply, fail("INVALID_REQUEST", "This is the live WebSocket feed: connect with a WebSocket client.")),
    // An unknown event is refused before the upgrade, with the usual 404 body.
    preValidation: async (request, reply) => {
      if (!originAllowed(app, request)) {
        return sendFailure(reply, fail("FORBIDDEN", "This page may not open the live feed from its origin."));
      }
      if (!requestedEvent(request, reply)) return reply;
    },
    wsHandler: (socket, request) => {
      const found = findEvent(app.polling, (request.params as { code: string }).code);
      if (!found.ok) return socket.close(4404, "no such event");
      const event = found.value;
      const query = request.query as LiveQuery;
      const connection = openConnection(socket, event, query, request.ip, app.config.tuning, frameLimit);
      if (connection.introduced) {
        // The old form (secrets in the URL, kept for one release) and screens: greeted at once.
        if (typeof query.access === "string") admitConnectionCode(app, connection, event, query.access);
        greet(app, connection, event);
      } else {
        connection.helloTimer = setTimeout(() => {
          const current = app.polling.registry.events.get(connection.eventCode);
          if (current) greet(app, connection, current);
          else socket.close(4404, "event deleted");
        }, app.config.tuning.helloGraceMs);
      }
      socket.on("message", (data, isBinary) => {
        // The event as it is now: its access code or title may have changed since the connect.
        const current = app.polling.registry.events.get(connection.eventCode);
        if (current) onMessage(app, connection, current, data, isBinary);
        // Greeted connections are closed with their room; one still waiting has no room yet.
        else if (!connection.greeted) socket.close(4404, "event deleted");
        else sendError(connection, "NOT_FOUND", "This event no longer exists.");
      });
      socket.on("pong", () => {
        connection.alive = true;
      });
      socket.on("close", () => {
        clearTimeout(connection.helloTimer);
        app.hub.leave(connection);
      });
      // The plugin's own error listener closes over the upgrade's request and reply and so
      // keeps them alive as long as the socket (half the memory of an idle connection).
      // Ours needs neither: a peer's protocol error (an oversized frame) is its problem.
      socket.removeAllListeners("error");
      releaseUpgradeResponse(request.raw);
      socket.on("error", (error) => {
        app.log.debug({ err: error }, "websocket error");
        socket.terminate();
      });
    },
  });
}

/**
 * The plugin routes the upgrade through Fastify with a ServerResponse attached to the TCP
 * socket; once the WebSocket owns the socket, that response only keeps the request alive.
 */
function releaseUpgradeResponse(request: IncomingMessage): void {
  const socket = request.socket as Socket & { _httpMessage?: ServerResponse | null };
  socket._httpMessage?.detachSocket(socket);
}

/**
 * Browsers send Origin with every WebSocket upgrade: only our own pages (this host,
 * PUBLIC_URL, ALLOWED_ORIGINS) may open the feed. Clients without Origin (scripts, OBS) may.
 */
function originAllowed(app: FastifyInstance, request: FastifyRequest): boolean {
  const { origin, host } = request.headers;
  if (origin === undefined) return true;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  const { publicUrl, allowedOrigins } = app.config;
  return (
    parsed.host === host ||
    (publicUrl !== undefined && parsed.origin === new URL(publicUrl).origin) ||
    allowedOrigins.includes(parsed.origin)
  );
}

/** The old form of the URL, with the voter's secrets in it (kept for one release, redacted in logs). */
const hasSecretsInUrl = (query: LiveQuery): boolean => query.participant !== undefined || query.access !== undefined;

function openConnection(
  socket: WebSocket,
  event: StoredEvent,
  query: LiveQuery,
  address: string,
  tuning: Tuning,
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
    maxQueuedBytes: tuning.maxQueuedBytes,
  };
  if (audience === "voter") takeParticipantToken(connection, query.participant);
  return connection;
}

/** A well-formed token the voter brought; anything else is ignored (a new one is issued when greeted). */
function takeParticipantToken(connection: Connection, token: unknown): void {
  if (typeof token !== "string" || !PARTICIPANT_TOKEN_PATTERN.test(token)) return;
  connection.participantToken = token;
  connection.participantTokenHash = hashSecret(token);
}

/** Checks an access code for this connection and remembers it there once accepted. */
function admitConnectionCode(
  app: FastifyInstance,
  connection: Connection,
  event: StoredEvent,
  accessCode: string,
): Outcome<void> {
  const admitted = admitAccessCode(app, connection.address, event, accessCode);
  if (admitted.ok) connection.accessCode = accessCode;
  return admitted;
}

/** The snapshot (again, after a late `hello`), and from then on the room's frames. */
function greet(app: FastifyInstance, connection: Connection, event: StoredEvent): void {
  clearTimeout(connection.helloTimer);
  if (connection.audience !== "screen" && connection.participantToken === null) {
    takeParticipantToken(connection, newParticipantToken());
  }
  if (!connection.greeted) {
    connection.greeted = true;
    app.hub.join(connection);
  }
  sendSnapshot(app, connection, event);
}

/**
 * The voter says who it is, once: its token and the access code it has. A hello that comes
 * after the grace period (a slow phone) still counts; the voter then gets a second snapshot.
 */
function introduce(app: FastifyInstance, connection: Connection, event: StoredEvent, hello: HelloMessage): void {
  if (connection.introduced) {
    sendError(connection, "INVALID_REQUEST", "A connection says hello once, in its first frame.");
    return;
  }
  connection.introduced = true;
  takeParticipantToken(connection, hello.participantToken);
  if (hello.accessCode !== undefined) admitConnectionCode(app, connection, event, hello.accessCode);
  greet(app, connection, event);
}

function sendSnapshot(app: FastifyInstance, connection: Connection, event: StoredEvent): void {
  const { participantToken: token, participantTokenHash: tokenHash } = connection;
  const participant = token !== null && tokenHash !== null ? { token, tokenHash } : null;
  const snapshot = snapshotFor(app.polling, event, connection.audience, participant);
  if (connection.audience === "screen") sendMessage(connection, snapshot);
  else sendMessage(connection, { ...snapshot, accessGranted: accessGranted(event, connection.accessCode) });
}

function sendError(connection: Connection, code: ErrorCode, message: string, requestId?: string | number): void {
  sendMessage(connection, { type: "error", code, message, ...(requestId === undefined ? {} : { requestId }) });
}

/** The requestId of an unparsed frame, so even a refused vote can be matched by its sender. */
function requestIdOfRaw(data: RawData): string | number | undefined {
  try {
    return requestIdOf(JSON.parse(data.toString()));
  } catch {
    return undefined;
  }
}

/** The requestId of a frame that failed validation, when it has a usable one. */
function requestIdOf(frame: unknown): string | number | undefined {
  if (frame === null || typeof frame !== "object" || !("requestId" in frame)) return undefined;
  const { requestId } = frame;
  return (typeof requestId === "string" && requestId.length <= 64) || typeof requestId === "number"
    ? requestId
    : undefined;
}

function onMessage(
  app: FastifyInstance,
  connection: Connection,
  event: StoredEvent,
  data: RawData,
  isBinary: boolean,
): void {
  if (!takeToken(connection.frames, connection.frameLimit, Date.now())) {
    sendError(
      connection,
      "RATE_LIMITED",
      "Too many messages in a short time. Please wait a moment.",
      requestIdOfRaw(data),
    );
    return;
  }
  const parsed = parseFrame(data, isBinary);
  if (parsed.ok && parsed.value.type === "hello") {
    introduce(app, connection, event, parsed.value);
    return;
  }
  // Any other first frame is a hello without secrets: scripts written before `hello` still work.
  if (!connection.introduced) introduce(app, connection, event, { type: "hello" });
  if (!parsed.ok) {
    sendError(connection, parsed.code, parsed.message, parsed.requestId);
    return;
  }
  const message = parsed.value;
  switch (message.type) {
    case "ping":
      sendMessage(connection, { type: "pong" });
      return;
    case "moderate": {
      if (connection.audience === "screen") {
        sendError(connection, "FORBIDDEN", "Projector and overlay connections cannot moderate.");
        return;
      }
      const authorized = authorizeModerator(app, connection.address, event, message.moderatorKey);
      if (!authorized.ok) {
        sendError(connection, authorized.code, authorized.message);
        return;
      }
      app.hub.setAudience(connection, "moderator");
      sendSnapshot(app, connection, event);
      return;
    }
    case "access":
      enterAccessCode(app, connection, event, message);
      return;
    case "vote":
      void vote(app, connection, event, message);
      return;
  }
}

/** A refused frame, with the requestId to answer it by when it has a usable one. */
type Refusal = Failure & { requestId: string | number | undefined };

/** The client message in a frame, or why it is refused. */
function parseFrame(data: RawData, isBinary: boolean): { ok: true; value: ClientMessage } | Refusal {
  let frame: unknown;
  try {
    if (isBinary) throw new Error("binary frame");
    frame = JSON.parse(data.toString());
  } catch {
    return { ...fail("INVALID_REQUEST", "A frame must be a JSON object sent as text."), requestId: undefined };
  }
  const parsed = ClientMessage.safeParse(frame);
  if (parsed.success) return { ok: true, value: parsed.data };
  const type = typeof frame === "object" && frame !== null ? (frame as { type?: unknown }).type : undefined;
  const requestId = requestIdOf(frame);
  switch (type) {
    case "vote":
      return {
        ...fail("INVALID_VOTE", "A vote is {type:'vote', requestId, pollId, optionIds:[…]} or {…, rating:n}."),
        requestId,
      };
    case "access":
      return { ...fail("INVALID_REQUEST", "An access frame is {type:'access', requestId, accessCode}."), requestId };
    case "hello":
      return { ...fail("INVALID_REQUEST", "A hello is {type:'hello', participantToken?, accessCode?}."), requestId };
    default:
      return {
        ...fail("INVALID_REQUEST", "Unknown frame: expected type 'hello', 'vote', 'access', 'moderate' or 'ping'."),
        requestId,
      };
  }
}

/** The access code as the voter typed it: accepted (and kept on the connection) or refused. */
function enterAccessCode(app: FastifyInstance, connection: Connection, event: StoredEvent, message: AccessMessage) {
  const { requestId } = message;
  if (connection.audience === "screen") {
    return sendError(connection, "FORBIDDEN", "Projector and overlay connections cannot vote.", requestId);
  }
  const admitted = admitConnectionCode(app, connection, event, message.accessCode);
  if (admitted.ok) sendMessage(connection, { type: "accessGranted", requestId });
  else sendError(connection, admitted.code, admitted.message, requestId);
}

async function vote(app: FastifyInstance, connection: Connection, event: StoredEvent, message: VoteMessage) {
  const { requestId, pollId } = message;
  if (connection.participantTokenHash === null) {
    return sendError(connection, "FORBIDDEN", "Projector and overlay connections cannot vote.", requestId);
  }
  const ballot: Ballot = "optionIds" in message ? { optionIds: message.optionIds } : { rating: message.rating };
  const cast = await castVote(app.polling, event, {
    pollId,
    participantTokenHash: connection.participantTokenHash,
    accessCode: connection.accessCode,
    ballot,
  });
  countVote(app, cast);
  if (cast.ok) sendMessage(connection, { type: "ack", requestId, vote: cast.value });
  else sendError(connection, cast.code, cast.message, requestId);
}
