// Text with the NUL character (U+0000) is refused wherever it comes in (REST bodies, live
// frames): no keyboard types it, PostgreSQL cannot store it in a text column, and the same
// input must get the same answer on either store (docs/api.md, "Errors").
import { fail } from "./outcome.js";

export const NUL_REFUSED = fail("INVALID_REQUEST", "Text must not contain the character U+0000 (NUL).");

/** Whether any string in a parsed JSON value (keys included) holds U+0000. */
export function containsNul(value: unknown): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  if (Array.isArray(value)) return value.some(containsNul);
  if (value !== null && typeof value === "object") {
    return Object.entries(value).some(([key, inner]) => key.includes("\u0000") || containsNul(inner));
  }
  return false;
}
