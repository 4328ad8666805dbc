// WebSocket: GET /api/events/:code/live upgrades to the live feed of an event.
// Frames are JSON, validated with the shared schemas; bad frames get an error frame and
// the connection stays open.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Socket } from "node:net";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { RawData, WebSocket } from "ws";
import type { ErrorCode } from "../../shared/errors.js";
import { PARTICIPANT_TOKEN_PATTERN } from "../../shared/limits.js";
import { ClientMessage, type VoteMessage } from "../../shared/messages.js";
import type { Ballot } from "../../shared/vote.js";
import type { Tuning } from "../config.js";
import { fail } from "../domain/outcome.js";
import { type BucketRule, fullBucket, takeToken } from "../domain/token-bucket.js";
import { type Connection, sendMessage } from "../live/connection.js";
import { findEvent } from "../polling/events.js";
import { snapshotFor } from "../polling/snapshot.js";
import { castVote } from "../polling/votes.js";
import { hashSecret, newParticipantToken } from "../security/secrets.js";
import type { StoredEvent } from "../store/events.js";
import { authorizeModerator, requestedEvent } from "./access.js";
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
      app.hub.join(connection);
      sendSnapshot(app, connection, event);
      socket.on("message", (data, isBinary) => {
        // The event as it is now: its access code or title may have changed since the connect.
        const current = app.polling.registry.events.get(connection.eventCode);
        if (current) onMessage(app, connection, current, data, isBinary);
        else sendError(connection, "NOT_FOUND", "This event no longer exists.");
      });
      socket.on("pong", () => {
        connection.alive = true;
      });
      socket.on("close", () => app.hub.leave(connection));
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
  const participantToken =
    audience === "screen"
      ? null
      : typeof query.participant === "string" && PARTICIPANT_TOKEN_PATTERN.test(query.participant)
        ? query.participant
        : newParticipantToken();
  return {
    socket,
    eventCode: event.code,
    audience,
    participantToken,
    participantTokenHash: participantToken === null ? null : hashSecret(participantToken),
    alive: true,
    owedResults: new Set(),
    behindSince: 0,
    frames: fullBucket(frameLimit, Date.now()),
    frameLimit,
    address,
    accessCode: typeof query.access === "string" ? query.access : undefined,
    maxQueuedBytes: tuning.maxQueuedBytes,
  };
}

function sendSnapshot(app: FastifyInstance, connection: Connection, event: StoredEvent): void {
  const { participantToken: token, participantTokenHash: tokenHash } = connection;
  const participant = token !== null && tokenHash !== null ? { token, tokenHash } : null;
  sendMessage(connection, snapshotFor(app.polling, event, connection.audience, participant));
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
  const message = parseFrame(connection, data, isBinary);
  if (message === null) return;
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
    case "vote":
      void vote(app, connection, event, message);
      return;
  }
}

/** The client message in a frame, or null after answering with an error frame. */
function parseFrame(connection: Connection, data: RawData, isBinary: boolean): ClientMessage | null {
  let frame: unknown;
  try {
    if (isBinary) throw new Error("binary frame");
    frame = JSON.parse(data.toString());
  } catch {
    sendError(connection, "INVALID_REQUEST", "A frame must be a JSON object sent as text.");
    return null;
  }
  const parsed = ClientMessage.safeParse(frame);
  if (parsed.success) return parsed.data;
  const isVote = typeof frame === "object" && frame !== null && (frame as { type?: unknown }).type === "vote";
  if (isVote) {
    const hint = "A vote is {type:'vote', requestId, pollId, optionIds:[…]} or {…, rating:n}.";
    sendError(connection, "INVALID_VOTE", hint, requestIdOf(frame));
  } else {
    sendError(connection, "INVALID_REQUEST", "Unknown frame: expected type 'vote', 'moderate' or 'ping'.");
  }
  return null;
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
