// Finds the event a request names and whether the caller holds its moderator key.
import type { FastifyReply, FastifyRequest } from "fastify";
import { fail } from "../domain/outcome.js";
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

export const TOO_MANY_WRONG_KEYS = fail(
  "RATE_LIMITED",
  "Too many wrong moderator keys from this address. Wait a little, then try again.",
);

/**
 * The event of `:code` if the caller is its moderator, or null after replying 404/401.
 * Wrong keys are counted per address; past the limit every attempt is refused with 429,
 * so keys cannot be guessed (they have 256 bits anyway).
 */
export function moderatedEvent(request: FastifyRequest, reply: FastifyReply): StoredEvent | null {
  const event = requestedEvent(request, reply);
  if (!event) return null;
  const limiter = request.server.moderatorKeyLimiter;
  if (limiter.isExhausted(request.ip)) {
    sendFailure(reply, TOO_MANY_WRONG_KEYS);
    return null;
  }
  if (callerIsModerator(request, event)) return event;
  limiter.allow(request.ip);
  sendFailure(
    reply,
    fail("UNAUTHORIZED", "This needs the event's moderator key: send it as 'Authorization: Bearer <key>'."),
  );
  return null;
}
