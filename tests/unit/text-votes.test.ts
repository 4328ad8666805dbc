// The rules of open-text votes and of what screens see of their word groups.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { resultsOf } from "../../server/domain/results.js";
import { applyTextVote, emptyTally } from "../../server/domain/tally.js";
import { validateVote } from "../../server/domain/validate-vote.js";
import { isShown, type WordMark } from "../../server/domain/word-marks.js";
import type { TextResults } from "../../shared/results.js";
import { choicePoll, textPoll } from "./fixtures.js";

describe("validateVote on a text poll", () => {
  const poll = textPoll({ maxAnswers: 2, maxLength: 5 });

  it("stores answers tidied: NFKC, trimmed, inner whitespace one space", () => {
    const valid = validateVote(textPoll({ maxAnswers: 2 }), { answers: ["  Ｇuten\t Tag ", "ﬁx"] });
    expect(valid).toEqual({ ok: true, value: { value: 2, answers: ["Guten Tag", "fix"] } });
  });

  it("measures answers in grapheme clusters", () => {
    expect(validateVote(poll, { answers: ["👍🏽👍🏽👍🏽👍🏽👍🏽"] }).ok).toBe(true);
    expect(validateVote(poll, { answers: ["👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽"] }).ok).toBe(false);
  });

  it("refuses no answer, an empty one, too many, and ballots of other kinds", () => {
    for (const ballot of [{ answers: [] }, { answers: [" \n "] }, { answers: ["a", "b", "c"] }, { rating: 2 }]) {
      const outcome = validateVote(poll, ballot);
      expect(outcome.ok ? "accepted" : outcome.code).toBe("INVALID_VOTE");
    }
    expect(validateVote(choicePoll(), { answers: ["A"] }).ok).toBe(false);
  });

  it("refuses answers to a closed poll", () => {
    const outcome = validateVote(textPoll({ state: "closed" }), { answers: ["x"] });
    expect(outcome.ok ? "accepted" : outcome.code).toBe("POLL_CLOSED");
  });
});

describe("word groups on screens", () => {
  it("hides hidden groups and, when pre-moderated, all but approved ones", () => {
    const cases: ["post" | "pre", WordMark | undefined, boolean][] = [
      ["post", undefined, true],
      ["post", "hidden", false],
      ["post", "approved", true],
      ["pre", undefined, false],
      ["pre", "approved", true],
      ["pre", "hidden", false],
    ];
    for (const [moderation, mark, shown] of cases) expect(isShown(moderation, mark)).toBe(shown);
  });

  it("counts each group once per participant, whatever the votes and changes (property)", () => {
    const answer = fc.constantFrom("Kaffee", "kaffee ", "KAFFEE", "Tee", "tee", "Wasser", "İstanbul", "istanbul");
    fc.assert(
      fc.property(
        fc.array(fc.record({ participant: fc.nat(5), answers: fc.array(answer, { minLength: 1, maxLength: 3 }) }), {
          maxLength: 40,
        }),
        (votes) => {
          const poll = textPoll();
          const tally = emptyTally(poll, "de");
          const latest = new Map<number, string[]>();
          for (const { participant, answers } of votes) {
            const valid = validateVote(poll, { answers });
            if (!valid.ok || valid.value.answers === null) continue;
            applyTextVote(tally, latest.get(participant) ?? null, valid.value.answers);
            latest.set(participant, valid.value.answers);
          }
          const results = resultsOf(poll, tally) as TextResults;
          expect(results.respondents).toBe(latest.size);
          for (const word of results.words) {
            const writers = [...latest.values()].filter((answers) =>
              answers.some((a) => a.toLocaleLowerCase("de") === word.key),
            );
            expect(word.count).toBe(writers.length);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it("leaves hidden groups out of the public results and marks them for moderators", () => {
    const poll = textPoll({ moderation: "pre" });
    const tally = emptyTally(poll, "de");
    applyTextVote(tally, null, ["Mist"]);
    applyTextVote(tally, null, ["Gut"]);
    applyTextVote(tally, null, ["Neu"]);
    const marks = new Map<string, WordMark>([
      ["mist", "hidden"],
      ["gut", "approved"],
    ]);
    const shown = resultsOf(poll, tally, marks) as TextResults;
    expect(shown.words.map((w) => w.text)).toEqual(["Gut"]);
    const moderated = resultsOf(poll, tally, marks, "moderator") as TextResults;
    expect(moderated.words.map((w) => [w.text, w.mark])).toEqual([
      ["Gut", undefined],
      ["Mist", "hidden"],
      ["Neu", "pending"],
    ]);
  });
});
