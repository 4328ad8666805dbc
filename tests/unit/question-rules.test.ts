// The pure rules of audience questions: text and names, blocked words, the state machine, who sees what.
import { describe, expect, it } from "vitest";
import { initialState, planQuestionChange } from "../../server/domain/question-rules.js";
import {
  askerName,
  containsBlockedWord,
  graphemeCount,
  questionText,
  sameQuestionKey,
} from "../../server/domain/question-text.js";
import { canSeeQuestion } from "../../server/domain/question-visibility.js";

describe("question text", () => {
  it("normalises with NFKC and trims, and counts grapheme clusters", () => {
    expect(questionText("  Ｆｒａｇｅ？ ")).toEqual({ ok: true, value: "Frage?" });
    expect(graphemeCount("👨‍👩‍👧 e\u0301")).toBe(3);
    expect(questionText("👨‍👩‍👧".repeat(300)).ok).toBe(true);
    expect(questionText("a".repeat(301))).toMatchObject({ ok: false, code: "INVALID_REQUEST" });
    expect(questionText(" \u3000 ")).toMatchObject({ ok: false, code: "INVALID_REQUEST" });
  });

  it("keeps a name only when names are allowed, and refuses one over 40 characters", () => {
    expect(askerName(" Ayşe ", true)).toEqual({ ok: true, value: "Ayşe" });
    expect(askerName("Ayşe", false)).toEqual({ ok: true, value: undefined });
    expect(askerName("   ", true)).toEqual({ ok: true, value: undefined });
    expect(askerName("x".repeat(41), true)).toMatchObject({ ok: false });
  });

  it("treats case, width and runs of spaces as the same question", () => {
    expect(sameQuestionKey("Wann  beginnt ES?")).toBe(sameQuestionKey("ｗａｎｎ beginnt es?"));
    expect(sameQuestionKey("Wann?")).not.toBe(sameQuestionKey("Wann!"));
  });

  it("finds blocked words and phrases as whole words only", () => {
    expect(containsBlockedWord("So ein SPAM!", ["spam"])).toBe(true);
    expect(containsBlockedWord("Ein Spamfilter", ["spam"])).toBe(false);
    expect(containsBlockedWord("das ist böses Wort", ["BÖSES WORT"])).toBe(true);
    expect(containsBlockedWord("Wort böses", ["böses wort"])).toBe(false);
    expect(containsBlockedWord("كلمة سيئة هنا", ["سيئة"])).toBe(true);
    expect(containsBlockedWord("anything", [])).toBe(false);
  });
});

describe("the life of a question", () => {
  it("starts pending under pre-moderation or with a blocked word, else visible", () => {
    expect(initialState({ moderation: "pre" }, false)).toBe("pending");
    expect(initialState({ moderation: "post" }, true)).toBe("pending");
    expect(initialState({ moderation: "post" }, false)).toBe("visible");
  });

  it("never goes back to the queue, and only a visible question is highlighted", () => {
    const visible = { state: "visible" as const, highlighted: false };
    expect(planQuestionChange(visible, { state: "pending" })).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    expect(planQuestionChange(visible, { highlighted: true })).toEqual({
      ok: true,
      value: { state: "visible", highlighted: true },
    });
    expect(planQuestionChange({ state: "visible", highlighted: true }, { state: "answered" })).toEqual({
      ok: true,
      value: { state: "answered", highlighted: false },
    });
    expect(planQuestionChange({ state: "pending", highlighted: false }, { highlighted: true }).ok).toBe(false);
    expect(planQuestionChange({ state: "rejected", highlighted: false }, { state: "visible" }).ok).toBe(true);
  });

  it("shows pending questions to moderators and the asker only", () => {
    expect(canSeeQuestion("pending", "voter", false)).toBe(false);
    expect(canSeeQuestion("pending", "screen", false)).toBe(false);
    expect(canSeeQuestion("pending", "voter", true)).toBe(true);
    expect(canSeeQuestion("pending", "qaModerator", false)).toBe(true);
    expect(canSeeQuestion("archived", "voter", true)).toBe(false);
    expect(canSeeQuestion("answered", "screen", false)).toBe(true);
  });
});
