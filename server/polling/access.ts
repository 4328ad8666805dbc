// Use cases of the event's two secrets: a moderator key presented, an access code entered,
// REST and WebSocket alike. Wrong guesses at either are counted per event and client address.
import { fail, type Outcome, succeed } from "../domain/outcome.js";
import type { StoredEvent } from "../store/events.js";
import type { PollingContext } from "./context.js";
import { accessGranted, isModerator, isQaModerator } from "./events.js";
import { ACCESS_CODE_MISSING } from "./votes.js";

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
 * Checks a moderator key presented from `address`. The right key always gets in, even while
 * the address is locked out (the check is constant-time, and a 256-bit key cannot be
 * guessed). Wrong keys are counted per event and address; past the limit they get
 * RATE_LIMITED instead of UNAUTHORIZED, so a guessing script stands out.
 */
export function authorizeModerator(
  ctx: PollingContext,
  address: string,
  event: StoredEvent,
  moderatorKey: string | undefined,
): Outcome<StoredEvent> {
  if (!given(moderatorKey)) {
    return fail("UNAUTHORIZED", "This needs the event's moderator key: send it as 'Authorization: Bearer <key>'.");
  }
  if (isModerator(event, moderatorKey)) return succeed(event);
  // The Q&A helper's key is no guess: it is refused here, and never counted towards the lockout.
  if (isQaModerator(event, moderatorKey)) return QA_KEY_ONLY;
  const guesses = guessesAt(event, address);
  if (!ctx.moderatorKeyGuesses.allow(guesses)) return TOO_MANY_WRONG_KEYS;
  ctx.replication.limitUsed("moderatorKey", guesses);
  return fail("UNAUTHORIZED", "That is not this event's moderator key.");
}

const QA_KEY_ONLY = fail("FORBIDDEN", "A Q&A moderator key moderates questions only.");

/**
 * Checks a key for moderating questions: the moderator key or the Q&A moderator key
 * (docs/api.md, "Q&A moderator key"), with the same counting of wrong keys per event and address.
 */
export function authorizeQuestionModerator(
  ctx: PollingContext,
  address: string,
  event: StoredEvent,
  key: string | undefined,
): Outcome<"moderator" | "qaModerator"> {
  if (isQaModerator(event, key)) return succeed("qaModerator");
  const full = authorizeModerator(ctx, address, event, key);
  return full.ok ? succeed("moderator") : full;
}

/**
 * Checks an access code a voter entered from `address` (REST, the `access` frame, `hello`).
 * Unlike moderator keys, access codes are short enough to guess: while an address is locked
 * out at an event, every code is refused unchecked, the right one too, or the guesser would
 * still learn which code is right. The answer never depends on a poll or its state.
 */
export function admitAccessCode(
  ctx: PollingContext,
  address: string,
  event: StoredEvent,
  accessCode: string | undefined,
): Outcome<void> {
  if (event.accessCode === null) return succeed(undefined);
  if (!given(accessCode)) return fail("ACCESS_CODE_REQUIRED", ACCESS_CODE_MISSING);
  const guesses = guessesAt(event, address);
  if (ctx.accessCodeGuesses.isExhausted(guesses)) return TOO_MANY_WRONG_ACCESS_CODES;
  if (accessGranted(event, accessCode)) return succeed(undefined);
  ctx.accessCodeGuesses.allow(guesses);
  ctx.replication.limitUsed("accessCode", guesses);
  return fail("ACCESS_CODE_REQUIRED", "That is not this event's access code.");
}

/** Whether `address` may create one more event now (counted on every node); uses up one if so. */
export function admitEventCreation(ctx: PollingContext, address: string): boolean {
  if (!ctx.eventCreations.allow(address)) return false;
  ctx.replication.limitUsed("eventCreation", address);
  return true;
}
