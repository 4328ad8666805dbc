// Moderator keys, participant tokens and event codes: generated, hashed and compared safely.
import { createHash, randomBytes, randomInt, timingSafeEqual } from "node:crypto";

/** 256 bits: far beyond guessing, and docs/api.md promises at least 128. */
const SECRET_BYTES = 32;

export const newModeratorKey = (): string => randomBytes(SECRET_BYTES).toString("base64url");
export const newParticipantToken = (): string => randomBytes(SECRET_BYTES).toString("base64url");

/** Six digits, as docs/api.md promises for generated codes (easy to type on a phone). */
export const newEventCode = (): string => String(randomInt(0, 1_000_000)).padStart(6, "0");

export const hashSecret = (secret: string): string => createHash("sha256").update(secret).digest("hex");

/**
 * Constant-time comparison of a presented secret with a stored hash. Hashing first makes
 * both sides 32 bytes, so a candidate of any length is simply wrong, never an error.
 */
export function secretMatches(candidate: string, storedHash: string): boolean {
  const expected = Buffer.from(storedHash, "hex");
  const actual = createHash("sha256").update(candidate).digest();
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** The same, for a secret kept in memory in the clear (the admin token from the config). */
export const secretEquals = (candidate: string, secret: string): boolean =>
  secretMatches(candidate, hashSecret(secret));
