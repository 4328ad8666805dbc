// Finds the event a request names, and whether the caller holds its moderator key or its
// access code; wrong guesses at either are counted here, per event and client address.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { fail, type Outcome, succeed } from "../domain/outcome.js";
import { accessGranted, findEvent, isModerator } from "../polling/events.js";
import { ACCESS_CODE_MISSING } from "../polling/votes.js";
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
const TOO_MANY_WRONG_ACCESS_CODES = fail(
  "RATE_LIMITED",
  "Too many wrong access codes from this address. Wait a little, then try again.",
);

/**
 * Wrong guesses are counted per event and address: a prankster guessing at one event locks
 * nobody out of another, and a room behind one address is locked out of its own event only.
 */
const guessesAt = (event: StoredEvent, address: string): string => `${event.code} ${address}`;

/** A secret that was not given at all is no guess: it is refused, but not counted. */
const given = (secret: string | undefined): secret is string => secret !== undefined && secret.trim() !== "";

/**
 * Checks a moderator key presented from `address`, REST or WebSocket alike. The right key
 * always gets in, even while the address is locked out (the check is constant-time, and a
 * 256-bit key cannot be guessed). Wrong keys are counted per event and address; past the
 * limit they get RATE_LIMITED instead of UNAUTHORIZED, so a guessing script stands out.
 */
export function authorizeModerator(
  app: FastifyInstance,
  address: string,
  event: StoredEvent,
  moderatorKey: string | undefined,
): Outcome<StoredEvent> {
  if (!given(moderatorKey)) {
    return fail("UNAUTHORIZED", "This needs the event's moderator key: send it as 'Authorization: Bearer <key>'.");
  }
  if (isModerator(event, moderatorKey)) return succeed(event);
  if (!app.moderatorKeyLimiter.allow(guessesAt(event, address))) return TOO_MANY_WRONG_KEYS;
  return fail("UNAUTHORIZED", "That is not this event's moderator key.");
}

/**
 * Checks an access code a voter entered from `address` (REST, the `access` frame, `hello`).
 * Unlike moderator keys, access codes are short enough to guess: while an address is locked
 * out at an event, every code is refused unchecked, the right one too, or the guesser would
 * still learn which code is right. The answer never depends on a poll or its state.
 */
export function admitAccessCode(
  app: FastifyInstance,
  address: string,
  event: StoredEvent,
  accessCode: string | undefined,
): Outcome<void> {
  if (event.accessCode === null) return succeed(undefined);
  if (!given(accessCode)) return fail("ACCESS_CODE_REQUIRED", ACCESS_CODE_MISSING);
  const guesses = guessesAt(event, address);
  if (app.accessCodeLimiter.isExhausted(guesses)) return TOO_MANY_WRONG_ACCESS_CODES;
  if (accessGranted(event, accessCode)) return succeed(undefined);
  app.accessCodeLimiter.allow(guesses);
  return fail("ACCESS_CODE_REQUIRED", "That is not this event's access code.");
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
