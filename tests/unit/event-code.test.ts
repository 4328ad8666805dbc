// Event codes as people give them (shared/event-code.ts) and the registry's look-up by them:
// typed in capitals, with spaces, without dashes, or pasted as a whole join link.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addEvent, eventByCode, type Registry, removeEvent } from "../../server/polling/registry.js";
import type { StoredEvent } from "../../server/store/events.js";
import { hyphenFreeCode, normalizeEventCode } from "../../shared/event-code.js";
import { EVENT_CODE_PATTERN } from "../../shared/limits.js";

/** Codes as the server keeps them: words of a-z0-9 joined by single hyphens, 3–32 characters. */
const storedCode = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { minLength: 1, maxLength: 4 })
  .map((words) => words.join("-"))
  .filter((code) => EVENT_CODE_PATTERN.test(code));

/** What people put between the words instead of a plain "-". */
const wordBreak = fc.constantFrom("-", " ", "  ", "_", ".", " - ", "\u2013", "\u00a0", "--");

/** The code as someone might type it: any case, any word breaks, spaces around. */
const typedForm = (code: string) =>
  fc
    .tuple(
      fc.array(fc.boolean(), { minLength: code.length, maxLength: code.length }),
      fc.array(wordBreak, { minLength: code.length, maxLength: code.length }),
      fc.constantFrom("", " ", "\t", " #", "#"),
      fc.constantFrom("", " ", "\n", "."),
    )
    .map(([upper, breaks, before, after]) => {
      let index = 0;
      const words = code
        .split("-")
        .map((word) => [...word].map((letter) => (upper[index++] ? letter.toUpperCase() : letter)).join(""));
      return before + words.map((word, at) => (at === 0 ? word : (breaks[at] ?? "-") + word)).join("") + after;
    });

const joinLink = (code: string) =>
  fc
    .tuple(
      fc.constantFrom("https://abstimmen.example.org", "http://localhost:3000", "abstimmen.example.org"),
      fc.constantFrom("", "/", "?ref=qr", "/?ref=qr", "#top", "/?a=1#b"),
    )
    .map(([origin, tail]) => `${origin}/e/${code}${tail}`);

describe("normalizeEventCode", () => {
  it("finds kurze-wege in every way the issue names", () => {
    for (const given of [
      "kurze wege",
      "KURZE-WEGE",
      " Kurze_Wege ",
      "kurze.wege",
      "#kurze-wege",
      "kurze – wege",
      "https://abstimmen.example.org/e/kurze-wege",
      "https://abstimmen.example.org/e/kurze-wege/",
      "https://abstimmen.example.org/e/KURZE-WEGE/?ref=qr#top",
      "abstimmen.example.org/e/kurze-wege ",
      "ＫＵＲＺＥ－ＷＥＧＥ",
    ]) {
      expect(normalizeEventCode(given), given).toBe("kurze-wege");
    }
    // Without its hyphens it is a different normal form: the registry's second look-up finds it.
    expect(normalizeEventCode("kurzewege")).toBe("kurzewege");
    expect(hyphenFreeCode(normalizeEventCode("kurzewege"))).toBe(hyphenFreeCode("kurze-wege"));
  });

  it("gives back a stored code unchanged", () => {
    fc.assert(fc.property(storedCode, (code) => normalizeEventCode(code) === code));
  });

  it("brings any typed form of a code back to the code", () => {
    fc.assert(
      fc.property(
        storedCode.chain((code) => fc.tuple(fc.constant(code), typedForm(code))),
        ([code, typed]) => normalizeEventCode(typed) === code,
      ),
    );
  });

  it("takes the code out of a pasted join link, with or without a trailing slash, query or fragment", () => {
    fc.assert(
      fc.property(
        storedCode.chain((code) => fc.tuple(fc.constant(code), joinLink(code))),
        ([code, link]) => normalizeEventCode(link) === code,
      ),
    );
  });

  it("is idempotent and leaves no doubled or outer hyphens, whatever it is given", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(..."aZ09 -_.#/e?\u2013\uff0f\uff25\u0130"), maxLength: 30 }),
        (given) => {
          const once = normalizeEventCode(given);
          expect(normalizeEventCode(once)).toBe(once);
          expect(once).not.toMatch(/--|^-|-$/);
        },
      ),
    );
  });

  it("reaches its final form in one call when a first pass uncovers a join link (found by fast-check)", () => {
    expect(normalizeEventCode("_\uff25/a")).toBe(normalizeEventCode(normalizeEventCode("_\uff25/a")));
  });

  it("is idempotent on any text at all", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), (given) => {
        const once = normalizeEventCode(given);
        expect(normalizeEventCode(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });
});

function storedEvent(id: number, code: string): StoredEvent {
  return {
    id,
    code,
    title: code,
    locale: "de",
    createdAt: "",
    moderatorKeyHash: "",
    accessCode: null,
    screen: { show: "join" },
    qa: { enabled: false, moderation: "post", names: true, blockedWords: [] },
    qaModeratorKeyHash: null,
  };
}

function registryOf(...codes: string[]): Registry {
  const registry: Registry = {
    events: new Map(),
    codesWithoutHyphens: new Map(),
    polls: new Map(),
    pollIdsByEvent: new Map(),
    tallies: new Map(),
    questions: { byId: new Map(), idsByEvent: new Map(), askedKeys: new Set() },
    wordMarks: new Map(),
    answersInFlight: new Map(),
    answersHeld: new Map(),
    eventsRemoved: 0,
  };
  for (const [index, code] of codes.entries()) addEvent(registry, storedEvent(index + 1, code));
  return registry;
}

describe("looking an event up by a code as given", () => {
  it("finds the event by its code, in any case, with spaces, and without hyphens", () => {
    const registry = registryOf("kurze-wege", "384416");
    for (const given of ["kurze-wege", "KURZE-WEGE", "kurze wege", "kurzewege", "Kurze-Wege.", "/e/kurze-wege/"]) {
      expect(eventByCode(registry, given)?.code, given).toBe("kurze-wege");
    }
    expect(eventByCode(registry, "384 416")?.code).toBe("384416");
    expect(eventByCode(registry, "384-417")).toBeUndefined();
  });

  it("finds codes the normal form would change, by the code itself or without their hyphens", () => {
    const registry = registryOf("a--b", "-lang-");
    expect(eventByCode(registry, "a--b")?.code).toBe("a--b");
    expect(eventByCode(registry, "A-B")?.code).toBe("a--b");
    expect(eventByCode(registry, "-LANG-")?.code).toBe("-lang-");
    expect(eventByCode(registry, "lang")?.code).toBe("-lang-");
  });

  it("does not guess between two events that read the same without hyphens, until one is gone", () => {
    const registry = registryOf("kurze-wege", "kurzew-ege");
    expect(eventByCode(registry, "kurzewege")).toBeUndefined();
    expect(eventByCode(registry, "kurze wege")?.code).toBe("kurze-wege");
    expect(eventByCode(registry, "KURZEW EGE")?.code).toBe("kurzew-ege");
    removeEvent(registry, "kurzew-ege");
    expect(eventByCode(registry, "kurzewege")?.code).toBe("kurze-wege");
    removeEvent(registry, "kurze-wege");
    expect(eventByCode(registry, "kurzewege")).toBeUndefined();
    expect(registry.codesWithoutHyphens.size).toBe(0);
  });
});
