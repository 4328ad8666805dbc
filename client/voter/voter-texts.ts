// Plain-language helpers of the voter page, kept apart from the components so they are easy to test.
import type { ChoicePoll } from "../../shared/poll.js";
import type { VoterStrings } from "../common/i18n.js";

/** "Choose up to 2 answers." / "Choose exactly 2 answers." — the rule, stated before choosing. */
export function selectionRule(strings: VoterStrings, poll: ChoicePoll): string {
  const { minSelections: min, maxSelections: max } = poll;
  if (max === 1) return strings.voter.chooseOne;
  if (min === max) return strings.voter.chooseExactly(max);
  if (min <= 1) return strings.voter.chooseUpTo(max);
  return strings.voter.chooseBetween(min, max);
}

/** What people type: "#AB-12", " 123 456 " → "ab-12", "123456". */
export const normalizeCode = (typed: string): string =>
  typed.trim().replace(/^#/, "").replace(/\s+/g, "").toLowerCase();
