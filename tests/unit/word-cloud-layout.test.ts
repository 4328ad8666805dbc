// The word cloud's layout (client/common/word-cloud-layout.ts): inside the box, no overlaps, size by
// count, and words stay put while the cloud grows.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type CloudLayout,
  type CloudWord,
  layOutCloud,
  type PlacedWord,
} from "../../client/common/word-cloud-layout.js";

/** Text as wide as a proportional font's average letter: enough to test geometry without a canvas. */
const measure = (text: string, fontSize: number) => ({
  width: Math.ceil(text.length * fontSize * 0.55),
  height: Math.ceil(fontSize * 1.2),
});
const BEAMER = { width: 1024, height: 768 };
const FULL_HD = { width: 1920, height: 1080 };

const wordsOf = (counts: Record<string, number>): CloudWord[] =>
  Object.entries(counts).map(([text, count]) => ({ key: text.toLowerCase(), text, count }));

const manyWords = (n: number): CloudWord[] =>
  Array.from({ length: n }, (_, index) => ({
    key: `w${index}`,
    text: `Wort${"x".repeat(index % 9)}${index}`,
    count: Math.max(1, 200 - index * 2),
  }));

function expectNoOverlapInside(layout: CloudLayout, box: { width: number; height: number }) {
  for (const word of layout.words) {
    expect(word.left).toBeGreaterThanOrEqual(0);
    expect(word.top).toBeGreaterThanOrEqual(0);
    expect(word.left + word.width).toBeLessThanOrEqual(box.width);
    expect(word.top + word.height).toBeLessThanOrEqual(box.height);
  }
  const overlap = (a: PlacedWord, b: PlacedWord) =>
    a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
  for (const [index, a] of layout.words.entries()) {
    for (const b of layout.words.slice(index + 1)) expect(overlap(a, b), `${a.text} overlaps ${b.text}`).toBe(false);
  }
}

describe("the word cloud's layout", () => {
  it("places a hundred words inside a 16:9 and a 4:3 screen without overlaps", () => {
    for (const box of [FULL_HD, BEAMER]) {
      const layout = layOutCloud(manyWords(100), { box, measure });
      expect(layout.words).toHaveLength(100);
      expectNoOverlapInside(layout, box);
    }
  });

  it("draws a word with more answers at least as large as one with fewer", () => {
    const layout = layOutCloud(wordsOf({ Kaffee: 40, Tee: 10, Wasser: 1 }), { box: BEAMER, measure });
    const size = (text: string) => layout.words.find((word) => word.text === text)?.fontSize ?? 0;
    expect(size("Kaffee")).toBeGreaterThan(size("Tee"));
    expect(size("Tee")).toBeGreaterThan(size("Wasser"));
  });

  it("keeps words where they were when one grows and a new one comes", () => {
    const counts: Record<string, number> = Object.fromEntries(manyWords(40).map((word) => [word.text, word.count]));
    let layout = layOutCloud(wordsOf(counts), { box: FULL_HD, measure });
    let unmoved = 0;
    let compared = 0;
    for (let update = 0; update < 20; update++) {
      counts[`Wort${update}`] = (counts[`Wort${update}`] ?? 0) + 3;
      counts[`Neu${update}`] = 1;
      const next = layOutCloud(wordsOf(counts), { box: FULL_HD, measure, previous: layout.spots });
      for (const [key, spot] of layout.spots) {
        const now = next.spots.get(key);
        if (!now) continue;
        compared++;
        if (Math.abs(now.x - spot.x) * FULL_HD.width < 1 && Math.abs(now.y - spot.y) * FULL_HD.height < 1) unmoved++;
      }
      expectNoOverlapInside(next, FULL_HD);
      layout = next;
    }
    expect(unmoved / compared).toBeGreaterThan(0.9);
  });

  it("keeps the picture when the screen changes size", () => {
    const words = wordsOf({ Kaffee: 40, Tee: 10, Wasser: 1 });
    const wide = layOutCloud(words, { box: FULL_HD, measure });
    const narrow = layOutCloud(words, { box: BEAMER, measure, previous: wide.spots });
    const order = (layout: CloudLayout) => [...layout.words].sort((a, b) => a.left - b.left).map((word) => word.text);
    expect(order(narrow)).toEqual(order(wide));
  });

  it("leaves out what cannot fit at the smallest readable size, never drawing it smaller", () => {
    const layout = layOutCloud(manyWords(300), { box: { width: 400, height: 300 }, measure, smallestFont: 14 });
    expect(layout.words.length).toBeGreaterThan(0);
    expect(layout.words.length).toBeLessThan(300);
    for (const word of layout.words) expect(word.fontSize).toBeGreaterThanOrEqual(14);
  });

  it("never overlaps or leaves the box, whatever the words", () => {
    const word = fc.record({
      text: fc.string({ minLength: 1, maxLength: 40 }),
      count: fc.integer({ min: 1, max: 10_000 }),
    });
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 60 }),
        fc.constantFrom(FULL_HD, BEAMER, { width: 1280, height: 720 }),
        (raw, box) => {
          const words = raw.map((entry, index) => ({ ...entry, key: String(index) }));
          const layout = layOutCloud(words, { box, measure });
          expectNoOverlapInside(layout, box);
        },
      ),
      { numRuns: 40 },
    );
  });
});
