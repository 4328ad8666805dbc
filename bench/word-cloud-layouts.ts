// `npx tsx bench/word-cloud-layouts.ts`: how far words move between updates of a growing word
// cloud, with d3-cloud and with our layout (client/common/word-cloud-layout.ts), on the same words,
// font sizes and canvas text measurement (@napi-rs/canvas). d3-cloud gets its best case: no
// rotation and the same seeded random numbers on every run. Figures: docs/performance.md
// "Word cloud layout".
import { createCanvas } from "@napi-rs/canvas";
import cloud from "d3-cloud";
import { type CloudWord, layOutCloud, type Spot } from "../client/common/word-cloud-layout.js";

const BOX = { width: 1920, height: 1080 };
const FONT = "sans-serif";
const UPDATES = 30;
const canvas = createCanvas(1, 1);
const context = canvas.getContext("2d");
const measure = (text: string, fontSize: number) => {
  context.font = `bold ${fontSize}px ${FONT}`;
  return { width: Math.ceil(context.measureText(text).width), height: Math.ceil(fontSize * 1.2) };
};

/** Reproducible random numbers (mulberry32), so both layouts see the same room. */
function seeded(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NOUNS =
  "Kaffee Tee Wasser Pause Musik Team Zeit Ruhe Essen Sonne Regen Kinder Arbeit Familie Freunde Sport Bücher Garten Reisen Frieden Gesundheit Urlaub Natur Kunst Spiel Lachen Schlaf Wald Meer Berge".split(
    " ",
  );

function* room(random: () => number): Generator<CloudWord[]> {
  const counts = new Map<string, number>();
  for (let index = 0; index < 40; index++)
    counts.set(`${NOUNS[index % NOUNS.length]}${index >= NOUNS.length ? index : ""}`, 1 + Math.floor(40 / (index + 1)));
  for (let update = 0; update <= UPDATES; update++) {
    yield [...counts].map(([text, count]) => ({ key: text, text, count }));
    const keys = [...counts.keys()];
    for (let answer = 0; answer < 5; answer++) {
      const key = keys[Math.floor(random() * Math.min(keys.length, 12))] as string;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    counts.set(`Neu${update}`, 1);
  }
}

const largestFont = BOX.height / 8;
const fontSize = (count: number, most: number) => Math.max(14, Math.round(largestFont * Math.sqrt(count / most)));

function d3Layout(words: CloudWord[]): Promise<Map<string, Spot>> {
  const most = Math.max(...words.map((word) => word.count));
  return new Promise((resolve) => {
    cloud<cloud.Word & CloudWord & { size: number }>()
      .size([BOX.width, BOX.height])
      .canvas(() => createCanvas(1, 1) as unknown as HTMLCanvasElement)
      .words(words.map((word) => ({ ...word, size: fontSize(word.count, most) })))
      .padding(4)
      .rotate(0)
      .font(FONT)
      .fontWeight("bold")
      .fontSize((word) => word.size)
      .random(seeded(7))
      .on("end", (placed) => {
        const spots = new Map<string, Spot>();
        for (const word of placed) {
          const key = (word as unknown as CloudWord).key;
          spots.set(key, {
            x: ((word.x ?? 0) + BOX.width / 2) / BOX.width,
            y: ((word.y ?? 0) + BOX.height / 2) / BOX.height,
          });
        }
        resolve(spots);
      })
      .start();
  });
}

type Tally = { moved: number; compared: number; distance: number; dropped: number; ms: number[] };
const tally = (): Tally => ({ moved: 0, compared: 0, distance: 0, dropped: 0, ms: [] });

function compare(result: Tally, before: Map<string, Spot> | null, after: Map<string, Spot>, words: number) {
  result.dropped += words - after.size;
  if (!before) return;
  for (const [key, spot] of before) {
    const now = after.get(key);
    if (!now) continue;
    const distance = Math.hypot((now.x - spot.x) * BOX.width, (now.y - spot.y) * BOX.height);
    result.compared++;
    result.distance += distance;
    if (distance > 2) result.moved++;
  }
}

const d3 = tally();
const ours = tally();
let d3Before: Map<string, Spot> | null = null;
let oursBefore: Map<string, Spot> | null = null;
for (const words of room(seeded(1))) {
  let started = performance.now();
  const d3Spots = await d3Layout(words);
  d3.ms.push(performance.now() - started);
  compare(d3, d3Before, d3Spots, words.length);
  d3Before = d3Spots;

  started = performance.now();
  const layout = layOutCloud(words, { box: BOX, measure, largestFont, previous: oursBefore ?? undefined });
  ours.ms.push(performance.now() - started);
  compare(ours, oursBefore, layout.spots, words.length);
  oursBefore = layout.spots;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
console.log(`${UPDATES} updates of a cloud growing from 40 to ${40 + UPDATES} words, ${BOX.width}×${BOX.height}:`);
for (const [name, result] of [
  ["d3-cloud", d3],
  ["ours", ours],
] as const) {
  console.log(
    `${name.padEnd(9)} words moved per update ${((100 * result.moved) / result.compared).toFixed(1)} %, ` +
      `mean move ${(result.distance / result.compared).toFixed(1)} px, words left out ${result.dropped}, ` +
      `layout median ${median(result.ms).toFixed(1)} ms, max ${Math.max(...result.ms).toFixed(1)} ms`,
  );
}
