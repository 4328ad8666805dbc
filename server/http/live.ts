// WebSocket: GET /api/events/:code/live, only the route: the checks before the upgrade, then
// the socket goes to live/session.ts (docs/api.md, "6. WebSocket API").
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Socket } from "node:net";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { fail } from "../domain/outcome.js";
import type { LiveQuery } from "../live/connection.js";
import { createLiveSessions } from "../live/session.js";
import { findEvent } from "../polling/events.js";
import { admitAccessCode, authorizeModerator, requestedEvent } from "./access.js";
import { sendFailure } from "./errors.js";
import { countVote } from "./metrics.js";

export async function liveRoutes(app: FastifyInstance): Promise<void> {
  const sessions = createLiveSessions({
    polling: app.polling,
    hub: app.hub,
    tuning: app.config.tuning,
    admitAccessCode: (address, event, accessCode) => admitAccessCode(app, address, event, accessCode),
    authorizeModerator: (address, event, moderatorKey) => authorizeModerator(app, address, event, moderatorKey),
    voteCast: (outcome) => countVote(app, outcome),
    log: app.log,
  });
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
      // The plugin's own error listener closes over the upgrade's request and reply and so
      // keeps them alive as long as the socket (half the memory of an idle connection); the
      // session puts its own in place.
      socket.removeAllListeners("error");
      releaseUpgradeResponse(request.raw);
      sessions.open(socket, found.value, request.query as LiveQuery, request.ip);
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
