// The rules of a poll's translations (server/domain/poll-translations.ts), and how edits keep them.
import { describe, expect, it } from "vitest";
import { pollText } from "../../server/domain/event-size.js";
import { planUpdate } from "../../server/domain/poll-rules.js";
import { checkTranslations } from "../../server/domain/poll-translations.js";
import { choicePoll, ratingPoll } from "./fixtures.js";

const threeOptions = choicePoll({
  options: ["Ja", "Nein", "Vielleicht"].map((label, index) => ({ id: 11 + index, label })),
  maxSelections: 1,
});
const TURKISH = { question: "Gelir misiniz?", options: ["Evet", "Hayır", "Belki"] };

describe("translations of a poll", () => {
  it("keeps fitting ones in the order of the page languages", () => {
    const checked = checkTranslations(threeOptions, { ru: { question: "Вы придёте?" }, tr: TURKISH });
    expect(checked.ok && Object.keys(checked.value)).toEqual(["tr", "ru"]);
  });

  it("needs one translated option per option, all different", () => {
    const short = checkTranslations(threeOptions, { tr: { ...TURKISH, options: ["Evet", "Hayır"] } });
    expect(short.ok || short.message).toMatch(/2 options, the poll 3/);
    const twice = checkTranslations(threeOptions, { tr: { ...TURKISH, options: ["Evet", "EVET", "Belki"] } });
    expect(twice.ok || twice.message).toMatch(/"EVET" is given twice/);
  });

  it("gives a rating poll's translation no options", () => {
    const checked = checkTranslations(ratingPoll(), { tr: TURKISH });
    expect(checked.ok || checked.code).toBe("INVALID_REQUEST");
    expect(checkTranslations(ratingPoll(), { tr: { question: "Nasıldı?" } }).ok).toBe(true);
  });

  it("may change while the poll has votes; its options may not", () => {
    const translated = planUpdate(threeOptions, { translations: { tr: TURKISH } }, true);
    expect(translated.ok && translated.value.translations).toEqual({ tr: TURKISH });
    const options = planUpdate(threeOptions, { options: ["A", "B", "C"], translations: { tr: TURKISH } }, true);
    expect(options.ok || options.code).toBe("POLL_HAS_VOTES");
  });

  it("stay when an edit leaves them out, and go with null", () => {
    const poll = { ...threeOptions, translations: { tr: TURKISH } };
    const kept = planUpdate(poll, { question: "Kommen Sie?" }, false);
    expect(kept.ok && kept.value.translations).toEqual({ tr: TURKISH });
    const cleared = planUpdate(poll, { translations: null }, false);
    expect(cleared.ok && cleared.value.translations).toEqual({});
  });

  it("count as poll text", () => {
    const plain = pollText(threeOptions);
    expect(pollText({ ...threeOptions, translations: { tr: TURKISH } })).toBe(plain + 14 + 4 + 5 + 5);
  });
});
