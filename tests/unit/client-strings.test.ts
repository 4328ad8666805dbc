// Every language has every text, and the voter's plain-language rules read right.
import { describe, expect, it } from "vitest";
import { ratingName } from "../../client/common/result-rows.js";
import { de } from "../../client/i18n/de.js";
import { en } from "../../client/i18n/en.js";
import { normalizeCode, selectionRule } from "../../client/voter/voter-texts.js";
import type { ChoicePoll } from "../../shared/poll.js";

/** The paths of all leaves of a strings object, e.g. "voter.errors.POLL_CLOSED". */
function keysOf(value: unknown, prefix = ""): string[] {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

const choice = (minSelections: number, maxSelections: number) =>
  ({ type: "choice", minSelections, maxSelections }) as ChoicePoll;

describe("strings", () => {
  it("has the same texts in German and English", () => {
    expect(keysOf(de).sort()).toEqual(keysOf(en).sort());
    expect(de.ratingWords).toHaveLength(en.ratingWords.length);
  });

  it("states the selection rule plainly", () => {
    expect(selectionRule(en, choice(1, 1))).toBe("Choose one answer.");
    expect(selectionRule(en, choice(1, 2))).toBe("Choose up to 2 answers.");
    expect(selectionRule(en, choice(2, 2))).toBe("Choose exactly 2 answers.");
    expect(selectionRule(de, choice(2, 3))).toBe("Wählen Sie 2 bis 3 Antworten.");
  });

  it("names a rating in words on five-star scales", () => {
    expect(ratingName(en, 4, 5)).toBe("4 of 5 · Very good");
    expect(ratingName(de, 1, 5)).toBe("1 von 5 · Schlecht");
    expect(ratingName(en, 7, 10)).toBe("7 of 10");
  });

  it("accepts event codes as people type them", () => {
    expect(normalizeCode(" #AB-12 ")).toBe("ab-12");
    expect(normalizeCode("123 456")).toBe("123456");
  });
});
