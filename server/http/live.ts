// WebSocket: GET /api/events/:code/live, only the route: the checks before the upgrade, then
// the socket goes to live/session.ts (docs/api.md, "6. WebSocket API").
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Socket } from "node:net";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { EVENT_GONE_CLOSE_CODE } from "../../shared/close-codes.js";
import { EventPath } from "../../shared/event.js";
import { LiveQuery } from "../../shared/messages.js";
import { fail } from "../domain/outcome.js";
import { createLiveSessions } from "../live/session.js";
import { currentEvent, lookUpEvent } from "../polling/queries.js";
import { sendFailure } from "./errors.js";
import { countVote } from "./metrics.js";
import { refusal } from "./responses.js";

export const liveRoutes: FastifyPluginAsyncZod = async (app) => {
  const sessions = createLiveSessions({
    polling: app.polling,
    hub: app.hub,
    tuning: app.config.tuning,
    voteCast: (outcome) => countVote(app, outcome),
    stalls: app.stalls,
    log: app.log,
  });
  app.route({
    method: "GET",
    url: "/api/events/:code/live",
    schema: {
      summary: "The live WebSocket of the event (its frames are under x-websocket)",
      params: EventPath,
      querystring: LiveQuery,
      response: {
        101: z.null().describe("Switching Protocols: the WebSocket is open"),
        400: refusal("INVALID_REQUEST: a plain GET, without the upgrade"),
        403: refusal("FORBIDDEN: a browser page of a foreign origin"),
        404: refusal("NOT_FOUND"),
        503: refusal("RATE_LIMITED or INTERNAL: too many live connections"),
      },
    },
    // Security headers mean nothing on a 101 upgrade, and cost time on every connect.
    helmet: false,
    // A plain GET (no upgrade) gets a readable error instead of an empty 404.
    handler: async (_request, reply) =>
      sendFailure(reply, fail("INVALID_REQUEST", "This is the live WebSocket feed: connect with a WebSocket client.")),
    // A foreign origin and an unknown event are refused before the upgrade, with the usual bodies.
    preValidation: async (request, reply) => {
      if (!originAllowed(app, request)) {
        return sendFailure(reply, fail("FORBIDDEN", "This page may not open the live feed from its origin."));
      }
      const found = await lookUpEvent(app.polling, request.params.code);
      if (!found.ok) return sendFailure(reply, found);
      request.event = found.value;
    },
    wsHandler: (socket, request) => {
      // Deleted while the upgrade was under way: the hub had no connection of it to close yet.
      const event = currentEvent(app.polling, request.event.code);
      if (!event) return socket.close(EVENT_GONE_CLOSE_CODE, "no such event");
      // The plugin's own error listener closes over the upgrade's request and reply and so
      // keeps them alive as long as the socket (half the memory of an idle connection); the
      // session puts its own in place.
      socket.removeAllListeners("error");
      releaseUpgradeResponse(request.raw);
      sessions.open(socket, event, request.query, request.ip);
    },
  });
};

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
