// Type as large as the screen allows, and never larger than the box: the projector and the overlay
// size their text by a factor (the CSS variable --fit) that this module chooses per box, so a long
// question, twelve long answers or a 32-character code are shown whole on a 4:3 beamer as on a
// 16:9 screen, where fixed sizes would cut them ("…") or leave half the screen empty.
import type { RefObject } from "preact";
import { useLayoutEffect, useRef } from "preact/hooks";

/**
 * A box's range of factors, and its layouts to try (a `data-layout` value each; "" is none).
 * `enough`: the first layout whose factor reaches it wins, though a later one would allow larger
 * type (the projector's list of questions shows as many as are still readable, not the fewest).
 */
export type FitRange = { min: number; max: number; layouts?: readonly string[]; enough?: number };

/**
 * Halvings of the range: eight leave a step below 0.5 % of a font size, and cost eight reflows of
 * a small page, each time the poll or the screen changes.
 */
const SEARCH_STEPS = 8;
/** Sub-pixel rounding of layout is no overflow. */
const TOLERANCE_PX = 1;

const overflows = (box: HTMLElement) =>
  box.scrollHeight > box.clientHeight + TOLERANCE_PX || box.scrollWidth > box.clientWidth + TOLERANCE_PX;

const setFit = (box: HTMLElement, fit: number) => box.style.setProperty("--fit", fit.toFixed(4));

/** The largest factor in the range at which the box holds its content (the smallest when none does). */
function largestFit(box: HTMLElement, { min, max }: FitRange): number {
  setFit(box, max);
  if (!overflows(box)) return max;
  let fits = min;
  let overflowing = max;
  for (let step = 0; step < SEARCH_STEPS; step++) {
    const middle = (fits + overflowing) / 2;
    setFit(box, middle);
    if (overflows(box)) overflowing = middle;
    else fits = middle;
  }
  return fits;
}

/** Fits the box's type, in whichever of its layouts lets the type be largest (the first on a tie). */
export function fitType(box: HTMLElement, range: FitRange): void {
  const layouts = range.layouts ?? [""];
  let best = { layout: layouts[0] ?? "", fit: -1 };
  for (const layout of layouts) {
    box.dataset.layout = layout;
    const fit = largestFit(box, range);
    if (range.enough !== undefined && fit >= range.enough) {
      best = { layout, fit };
      break;
    }
    if (fit > best.fit + 0.01) best = { layout, fit };
  }
  box.dataset.layout = best.layout;
  setFit(box, best.fit);
}

/**
 * A ref for a box whose type is fitted: again when `key` (what the box shows) changes, when the
 * box changes size (the screen or window did) and when its content does (a count grew a digit and
 * an answer took another line). The box's own size never depends on --fit; a change seen by the
 * observer is fitted in the next frame, as a resize inside its callback would be reported as a loop.
 */
export function useFittedType<T extends HTMLElement>(key: string, range: FitRange): RefObject<T> {
  const ref = useRef<T>(null);
  const { min, max, layouts, enough } = range;
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const refit = () => fitType(box, { min, max, layouts, enough });
    refit();
    // Browsers without it (before 2018–2020) fit once per poll; a resized window waits for the next.
    if (typeof ResizeObserver !== "function") return;
    let frame = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(refit);
    });
    observer.observe(box);
    for (const child of Array.from(box.children)) observer.observe(child);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [key, min, max, enough, layouts?.join(",")]);
  return ref;
}
