// Text with the NUL character (U+0000) is refused wherever it comes in (REST bodies, live
// frames): no keyboard types it, PostgreSQL cannot store it in a text column, and the same
// input must get the same answer on either store (docs/api.md, "Errors").
import { fail } from "./outcome.js";

export const NUL_REFUSED = fail("INVALID_REQUEST", "Text must not contain the character U+0000 (NUL).");

/**
 * Whether any string in a parsed JSON value (keys included) holds U+0000. A loop over a list of
 * values still to look at, not recursion: a frame of 16 KiB can nest 8,000 levels deep, more
 * than the call stack holds.
 */
export function containsNul(value: unknown): boolean {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (typeof next === "string") {
      if (next.includes("\u0000")) return true;
    } else if (Array.isArray(next)) {
      for (const item of next) pending.push(item);
    } else if (next !== null && typeof next === "object") {
      for (const [key, inner] of Object.entries(next)) {
        if (key.includes("\u0000")) return true;
        pending.push(inner);
      }
    }
  }
  return false;
}
