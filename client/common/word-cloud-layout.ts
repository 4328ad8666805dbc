// Where each word of a word cloud goes: size by count, no overlaps, inside the box, and a word
// that was on screen before stays where it was as long as it has room there, so a growing cloud
// does not reshuffle on every update. Pure: the caller measures text (canvas on a page, a fake
// in tests) and keeps the previous layout.
//
// Why not d3-cloud: it places every word anew from a random start, largest first, on each run,
// so one word growing moves the others (docs/performance.md "Word cloud layout" has the
// measurement). Words here are horizontal boxes, placed on an Archimedean spiral around their
// old place (new words: around the middle), the same search d3-cloud does with sprites.

export type CloudWord = { key: string; text: string; count: number };
export type Size = { width: number; height: number };
/** Centre of a placed word, in fractions of the box: a resized screen keeps the picture. */
export type Spot = { x: number; y: number };
export type PlacedWord = CloudWord & {
  fontSize: number;
  /** The word's box in pixels: left, top, width, height. */
  left: number;
  top: number;
  width: number;
  height: number;
};
export type CloudLayout = { words: PlacedWord[]; spots: Map<string, Spot>; scale: number };

export type LayoutOptions = {
  box: Size;
  measure: (text: string, fontSize: number) => Size;
  /** Where words were last time (the `spots` of the previous layout). */
  previous?: ReadonlyMap<string, Spot>;
  /** Font size of the largest word at full scale, in pixels; default an eighth of the box's height. */
  largestFont?: number;
  /** No word is drawn smaller than this; words that do not fit at it are left out (the list has them). */
  smallestFont?: number;
  /** Space kept around each word, in pixels. */
  padding?: number;
};

/** Each try at a smaller scale shrinks every word by this factor. */
const SHRINK = 0.88;
const MAX_TRIES = 12;
/** Spiral step in pixels along the curve, and between its turns: fine enough to find gaps. */
const SPIRAL_STEP = 4;
const SPIRAL_GAP = 6;
/** A cloud covers about this share of its box; more and the spiral searches long for gaps. */
const FILL = 0.5;

export function layOutCloud(words: readonly CloudWord[], options: LayoutOptions): CloudLayout {
  const { box, measure } = options;
  const previous = options.previous ?? new Map<string, Spot>();
  const largest = options.largestFont ?? Math.round(box.height / 8);
  const smallest = Math.min(options.smallestFont ?? 14, largest);
  const padding = options.padding ?? 4;
  // Words seen before are placed first, so a newcomer never takes an old word's place.
  const ordered = [...words].sort(
    (a, b) => Number(previous.has(b.key)) - Number(previous.has(a.key)) || b.count - a.count,
  );
  const mostCount = Math.max(1, ...words.map((word) => word.count));

  // Start at a scale whose words could cover FILL of the box, so the first try usually fits.
  const area = words.reduce((sum, word) => {
    const size = measure(word.text, fontSizeOf(word.count, mostCount, largest, smallest));
    return sum + (size.width + padding) * (size.height + padding);
  }, 0);
  let scale = Math.min(1, Math.sqrt((FILL * box.width * box.height) / Math.max(area, 1)));
  let best: PlacedWord[] = [];
  for (let attempt = 0; attempt < MAX_TRIES; attempt++) {
    const placed = placeAll(ordered, {
      box,
      measure,
      previous,
      padding,
      smallest,
      largest: largest * scale,
      mostCount,
    });
    if (placed.length > best.length) best = placed;
    if (placed.length === words.length) break;
    scale *= SHRINK;
  }
  const spots = new Map<string, Spot>();
  for (const word of best) {
    spots.set(word.key, { x: (word.left + word.width / 2) / box.width, y: (word.top + word.height / 2) / box.height });
  }
  return { words: best, spots, scale };
}

type Placement = {
  box: Size;
  measure: LayoutOptions["measure"];
  previous: ReadonlyMap<string, Spot>;
  padding: number;
  smallest: number;
  largest: number;
  mostCount: number;
};

function placeAll(words: readonly CloudWord[], settings: Placement): PlacedWord[] {
  const placed: PlacedWord[] = [];
  const taken = occupancy(settings.box);
  for (const word of words) {
    const fontSize = fontSizeOf(word.count, settings.mostCount, settings.largest, settings.smallest);
    const size = settings.measure(word.text, fontSize);
    const spot = settings.previous.get(word.key) ?? { x: 0.5, y: 0.5 };
    const found = freePlace(size, spot, taken, settings);
    if (!found) continue;
    placed.push({ ...word, fontSize, ...found, width: size.width, height: size.height });
    taken.take(
      found.left - settings.padding,
      found.top - settings.padding,
      size.width + 2 * settings.padding,
      size.height + 2 * settings.padding,
    );
  }
  return placed;
}

/** A word's area grows with its count: its font size with the count's square root. */
const fontSizeOf = (count: number, mostCount: number, largest: number, smallest: number) =>
  Math.max(smallest, Math.round(largest * Math.sqrt(count / mostCount)));

/** Side of a cell of the occupancy grid, in pixels. */
const CELL = 4;

/**
 * Which cells of the box words cover, with a running count per row, so asking whether a box is
 * free costs one subtraction per row of cells, not a test against every word placed so far.
 */
function occupancy(box: Size) {
  const columns = Math.ceil(box.width / CELL);
  const rows = Math.ceil(box.height / CELL);
  const cells = new Uint8Array(columns * rows);
  // covered[row][column + 1]: covered cells in that row up to and including column.
  const covered = Array.from({ length: rows }, () => new Int32Array(columns + 1));
  const span = (start: number, length: number, cells: number): [number, number] => [
    Math.max(0, Math.floor(start / CELL)),
    Math.min(cells - 1, Math.ceil((start + length) / CELL) - 1),
  ];
  return {
    isFree(left: number, top: number, width: number, height: number): boolean {
      const [firstColumn, lastColumn] = span(left, width, columns);
      const [firstRow, lastRow] = span(top, height, rows);
      for (let row = firstRow; row <= lastRow; row++) {
        const line = covered[row] as Int32Array;
        if ((line[lastColumn + 1] as number) - (line[firstColumn] as number) > 0) return false;
      }
      return true;
    },
    take(left: number, top: number, width: number, height: number): void {
      const [firstColumn, lastColumn] = span(left, width, columns);
      const [firstRow, lastRow] = span(top, height, rows);
      for (let row = firstRow; row <= lastRow; row++) {
        cells.fill(1, row * columns + firstColumn, row * columns + lastColumn + 1);
        const line = covered[row] as Int32Array;
        for (let column = firstColumn; column < columns; column++) {
          line[column + 1] = (line[column] as number) + (cells[row * columns + column] as number);
        }
      }
    },
  };
}

/** The free place nearest the spot along a spiral, or null when the word fits nowhere. */
function freePlace(
  size: Size,
  spot: Spot,
  taken: ReturnType<typeof occupancy>,
  { box }: Placement,
): { left: number; top: number } | null {
  if (size.width > box.width || size.height > box.height) return null;
  const centreX = spot.x * box.width;
  const centreY = spot.y * box.height;
  // Wider than tall, like the screens and the words.
  const stretch = box.width / box.height;
  // From a corner, the far corner is √2 box heights away on this stretched spiral.
  const reach = box.height * Math.SQRT2 + SPIRAL_GAP;
  // Archimedean spiral r = a·θ, walked in steps along the curve; both finer for small words,
  // which fit into small gaps, coarser for large ones, which do not.
  const step = Math.max(SPIRAL_STEP, size.height / 2);
  const perRadian = Math.max(SPIRAL_GAP, size.height / 2) / (2 * Math.PI);
  for (let turn = 0, radius = 0; radius < reach; ) {
    const left = Math.round(centreX + radius * stretch * Math.cos(turn) - size.width / 2);
    const top = Math.round(centreY + radius * Math.sin(turn) - size.height / 2);
    const inside = left >= 0 && top >= 0 && left + size.width <= box.width && top + size.height <= box.height;
    if (inside && taken.isFree(left, top, size.width, size.height)) return { left, top };
    turn += step / Math.max(radius * stretch, step);
    radius = turn * perRadian;
  }
  return null;
}
