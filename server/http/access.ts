// Finds the event a request names and whether the caller holds its moderator key.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { fail, type Outcome, succeed } from "../domain/outcome.js";
import { findEvent, isModerator } from "../polling/events.js";
import type { StoredEvent } from "../store/events.js";
import { sendFailure } from "./errors.js";
import { bearerToken } from "./parse.js";

type EventParams = { code: string };

/** The event of `:code`, or null after replying 404. */
export function requestedEvent(request: FastifyRequest, reply: FastifyReply): StoredEvent | null {
  const found = findEvent(request.server.polling, (request.params as EventParams).code);
  if (found.ok) return found.value;
  sendFailure(reply, found);
  return null;
}

export const callerIsModerator = (request: FastifyRequest, event: StoredEvent): boolean =>
  isModerator(event, bearerToken(request));

const TOO_MANY_WRONG_KEYS = fail(
  "RATE_LIMITED",
  "Too many wrong moderator keys from this address. Wait a little, then try again.",
);

/**
 * Checks a moderator key presented from `address`, REST or WebSocket alike. Wrong keys are
 * counted per address; past the limit every attempt is refused with RATE_LIMITED, so keys
 * cannot be guessed (they have 256 bits anyway).
 */
export function authorizeModerator(
  app: FastifyInstance,
  address: string,
  event: StoredEvent,
  moderatorKey: string | undefined,
): Outcome<StoredEvent> {
  const limiter = app.moderatorKeyLimiter;
  if (limiter.isExhausted(address)) return TOO_MANY_WRONG_KEYS;
  if (isModerator(event, moderatorKey)) return succeed(event);
  limiter.allow(address);
  return moderatorKey === undefined
    ? fail("UNAUTHORIZED", "This needs the event's moderator key: send it as 'Authorization: Bearer <key>'.")
    : fail("UNAUTHORIZED", "That is not this event's moderator key.");
}

/** The event of `:code` if the caller is its moderator, or null after replying 404/401/429. */
export function moderatedEvent(request: FastifyRequest, reply: FastifyReply): StoredEvent | null {
  const event = requestedEvent(request, reply);
  if (!event) return null;
  const authorized = authorizeModerator(request.server, request.ip, event, bearerToken(request));
  if (authorized.ok) return event;
  sendFailure(reply, authorized);
  return null;
}
