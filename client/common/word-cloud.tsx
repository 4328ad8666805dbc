// The word cloud of an open-text poll on the projector and the overlay: each group of answers
// sized by how many people gave it, placed by common/word-cloud-layout.ts so words stay put as
// the cloud grows, and the same figures as a list for screen readers (the drawn words are hidden
// from them: a cloud has no reading order).
import { useLayoutEffect, useMemo, useRef, useState } from "preact/hooks";
import { type CloudLayout, layOutCloud, type Size, type Spot } from "./word-cloud-layout.js";
import "./word-cloud.css";

export type CloudEntry = { text: string; count: number; percent: number; key?: string };

type Props = {
  words: readonly CloudEntry[];
  /** The page language: keys of groups without their own are the text folded in it. */
  locale: string;
  /** What a screen reader hears for one group, e.g. "Kaffee: 12 people, 30 %". */
  describe: (entry: CloudEntry) => string;
  /** Names the list for screen readers (the poll's question). */
  label: string;
  /** No word is drawn smaller than this many pixels. */
  smallestFont?: number;
};

/** Colours of the bar palette (common/bar-palette.css), largest word first. */
const COLOURS = 7;

const keyOf = (entry: CloudEntry, locale: string) => entry.key ?? entry.text.toLocaleLowerCase(locale);

export function WordCloud({ words, locale, describe, label, smallestFont }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const size = useBoxSize(box);
  const spots = useRef<ReadonlyMap<string, Spot>>(new Map());
  const layout = useMemo<CloudLayout | null>(() => {
    const element = box.current;
    if (!element || size.width === 0 || size.height === 0) return null;
    const measure = textMeasure(getComputedStyle(element).fontFamily);
    const entries = words.map((entry) => ({ key: keyOf(entry, locale), text: entry.text, count: entry.count }));
    return layOutCloud(entries, { box: size, measure, previous: spots.current, smallestFont });
  }, [words, size, locale, smallestFont]);
  if (layout) spots.current = layout.spots;
  const rank = new Map(words.map((entry, index) => [keyOf(entry, locale), index]));

  return (
    <div class="word-cloud" ref={box}>
      <ol class="sr-only" aria-label={label}>
        {words.map((entry) => (
          <li key={keyOf(entry, locale)}>{describe(entry)}</li>
        ))}
      </ol>
      <div aria-hidden="true">
        {layout?.words.map((word) => (
          <span
            key={word.key}
            class={`cloud-word c${(rank.get(word.key) ?? 0) % COLOURS}`}
            style={{
              fontSize: `${word.fontSize}px`,
              transform: `translate(${word.left}px, ${word.top}px)`,
              width: `${word.width}px`,
              height: `${word.height}px`,
            }}
          >
            <bdi>{word.text}</bdi>
          </span>
        ))}
      </div>
    </div>
  );
}

function useBoxSize(box: { current: HTMLElement | null }): Size {
  const [size, setSize] = useState<Size>({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const read = () => {
      const width = Math.floor(element.clientWidth);
      const height = Math.floor(element.clientHeight);
      setSize((old) => (old.width === width && old.height === height ? old : { width, height }));
    };
    read();
    const observer = new ResizeObserver(read);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return size;
}

/** Canvas text measurement in the cloud's own font, as bold as .cloud-word draws it. */
function textMeasure(fontFamily: string) {
  const context = document.createElement("canvas").getContext("2d");
  return (text: string, fontSize: number): Size => {
    if (!context) return { width: Math.ceil(text.length * fontSize * 0.6), height: Math.ceil(fontSize * 1.2) };
    context.font = `700 ${fontSize}px ${fontFamily}`;
    return { width: Math.ceil(context.measureText(text).width) + 2, height: Math.ceil(fontSize * 1.2) };
  };
}
