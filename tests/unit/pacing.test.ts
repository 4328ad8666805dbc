// When results frames go out, on a fake clock (docs/api.md, "results"; docs/performance.md):
// screens at once and then at most ten a second per poll; phones once the figures settle,
// at most four a second, in a big room at most 10,000 phone frames a second; sent in slices.
import { describe, expect, it } from "vitest";
import {
  BROADCAST_SLICE,
  newResultsPacing,
  nextResultsAt,
  RESULTS_INTERVAL_MS,
  type ResultsPacing,
  recordChange,
  sliceEnd,
  takeResultsTurn,
  VOTER_BYTES_PER_SECOND,
  VOTER_FRAMES_PER_SECOND,
  VOTER_RESULTS_INTERVAL_MS,
  voterResultsInterval,
} from "../../server/domain/pacing.js";

const START = 1_700_000_000_000;

/** A results frame as a receiver sees it: when it came, and how many changes its figures include. */
type Frame = { at: number; changes: number };
type Delivered = { screens: Frame[]; voters: Frame[] };

/**
 * Plays a poll's results changes (ms after START) through the pacing as the live side does:
 * a frame goes out the moment `nextResultsAt` names, to whoever `takeResultsTurn` says.
 */
function play(changesAt: readonly number[], phones: number, until: number): Delivered {
  const pacing = newResultsPacing();
  const delivered: Delivered = { screens: [], voters: [] };
  let changes = 0;
  let next = 0;
  for (let t = 0; t <= until; t++) {
    while (next < changesAt.length && changesAt[next] === t) {
      changes++;
      next++;
      recordChange(pacing, START + t);
    }
    if (nextResultsAt(pacing, phones) > START + t) continue;
    const turn = takeResultsTurn(pacing, phones, START + t);
    if (turn.screens) delivered.screens.push({ at: t, changes });
    if (turn.voters) delivered.voters.push({ at: t, changes });
  }
  return delivered;
}

/** The most frames within any window of `windowMs`. */
function mostWithin(frames: readonly Frame[], windowMs: number): number {
  let most = 0;
  for (const [index, frame] of frames.entries()) {
    const inWindow = frames.slice(index).filter((other) => other.at < frame.at + windowMs).length;
    most = Math.max(most, inWindow);
  }
  return most;
}

/** The shortest time between two frames. */
const shortestGap = (frames: readonly Frame[]): number =>
  Math.min(...frames.slice(1).map((frame, index) => frame.at - (frames[index] as Frame).at));

/** How long after each change its figures first reached the receiver (Infinity: never). */
function delays(changesAt: readonly number[], frames: readonly Frame[]): number[] {
  return changesAt.map((at, index) => {
    const first = frames.find((frame) => frame.changes > index);
    return first === undefined ? Number.POSITIVE_INFINITY : first.at - at;
  });
}

/** A vote every `everyMs` from `from` for `forMs`. */
const stream = (from: number, everyMs: number, forMs: number): number[] =>
  Array.from({ length: Math.floor(forMs / everyMs) }, (_, index) => from + index * everyMs);

describe("results frames to screens and moderators", () => {
  it("sends the first change after a quiet spell at once", () => {
    const pacing = newResultsPacing();
    expect(nextResultsAt(pacing, 0)).toBe(Number.POSITIVE_INFINITY);
    recordChange(pacing, START);
    expect(nextResultsAt(pacing, 0)).toBeLessThanOrEqual(START);
    expect(takeResultsTurn(pacing, 0, START)).toEqual({ screens: true, voters: false });

    // Quiet for a while: the next change goes at once too.
    recordChange(pacing, START + 5_000);
    expect(nextResultsAt(pacing, 0)).toBeLessThanOrEqual(START + 5_000);
  });

  it("sends at most one frame per 100 ms per poll, merging the changes in between into the latest figures", () => {
    const changesAt = stream(0, 3, 3_000);
    // However many phones there are: their frames never bring the projector's forward.
    for (const phones of [0, 10, 300, 5_000]) {
      const { screens } = play(changesAt, phones, 3_500);
      expect(screens[0]).toEqual({ at: 0, changes: 1 });
      expect(mostWithin(screens, 1_000)).toBe(1_000 / RESULTS_INTERVAL_MS);
      expect(shortestGap(screens)).toBe(RESULTS_INTERVAL_MS);
      // Merged, not dropped: the last frame carries every change.
      expect(screens.at(-1)?.changes).toBe(changesAt.length);
      expect(Math.max(...delays(changesAt, screens))).toBeLessThanOrEqual(RESULTS_INTERVAL_MS);
    }
  });

  it("sends nothing while nothing changed", () => {
    const pacing = newResultsPacing();
    recordChange(pacing, START);
    takeResultsTurn(pacing, 0, START);
    // No phones in the room have figures pending either once their turn has passed.
    takeResultsTurn(pacing, 0, START + VOTER_RESULTS_INTERVAL_MS);
    expect(nextResultsAt(pacing, 0)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe("results frames to phones", () => {
  it("waits until the figures have settled, a quarter second after the first change", () => {
    const pacing = newResultsPacing();
    recordChange(pacing, START);
    expect(takeResultsTurn(pacing, 300, START)).toEqual({ screens: true, voters: false });
    expect(nextResultsAt(pacing, 300)).toBe(START + VOTER_RESULTS_INTERVAL_MS);
    expect(takeResultsTurn(pacing, 300, START + VOTER_RESULTS_INTERVAL_MS - 1).voters).toBe(false);
    expect(takeResultsTurn(pacing, 300, START + VOTER_RESULTS_INTERVAL_MS).voters).toBe(true);
  });

  it("gets at most four frames a second, and every change within 250 ms", () => {
    const changesAt = [...stream(0, 7, 2_000), 2_600, 4_000, 4_010];
    const { voters } = play(changesAt, 300, 5_000);
    expect(voters[0]?.at).toBe(VOTER_RESULTS_INTERVAL_MS);
    expect(mostWithin(voters, 1_000)).toBeLessThanOrEqual(1_000 / VOTER_RESULTS_INTERVAL_MS);
    expect(Math.max(...delays(changesAt, voters))).toBeLessThanOrEqual(VOTER_RESULTS_INTERVAL_MS);
    expect(voters.at(-1)?.changes).toBe(changesAt.length);
  });

  it("is not kept waiting by a steady stream of votes", () => {
    // A vote every 10 ms for two seconds: the figures never rest, the phones still get frames.
    // They wait from the first change they have not seen, not from the latest one.
    const changesAt = stream(0, 10, 2_000);
    const { voters } = play(changesAt, 300, 2_500);
    expect(voters[0]?.at).toBe(VOTER_RESULTS_INTERVAL_MS);
    for (const [index, frame] of voters.entries()) {
      if (index > 0)
        expect(frame.at - (voters[index - 1] as Frame).at).toBeLessThanOrEqual(VOTER_RESULTS_INTERVAL_MS + 10);
    }
    expect(voters.at(-1)?.changes).toBe(changesAt.length);
  });

  it("gets frames less often in a big room: all phones together at most 10,000 a second", () => {
    expect(voterResultsInterval(0)).toBe(VOTER_RESULTS_INTERVAL_MS);
    expect(voterResultsInterval(2_500)).toBe(VOTER_RESULTS_INTERVAL_MS);
    expect(voterResultsInterval(5_000)).toBe(500);
    expect(voterResultsInterval(10_000)).toBe(1_000);

    for (const phones of [300, 2_500, 5_000, 10_000, 20_000]) {
      const changesAt = stream(0, 1, 5_000);
      const { screens, voters } = play(changesAt, phones, 8_000);
      const phoneFramesPerSecond = (phones * 1_000) / shortestGap(voters);
      expect(phoneFramesPerSecond, `${phones} phones`).toBeLessThanOrEqual(VOTER_FRAMES_PER_SECOND);
      expect(Math.max(...delays(changesAt, voters)), `${phones} phones`).toBeLessThanOrEqual(
        voterResultsInterval(phones),
      );
      // The projector keeps its ten a second however many phones there are.
      expect(mostWithin(screens, 1_000)).toBe(1_000 / RESULTS_INTERVAL_MS);
    }
  });
});

describe("large results frames", () => {
  it("gets phones fewer of them: all phones together at most VOTER_BYTES_PER_SECOND", () => {
    // A choice poll's ~200 B frames keep the frame rate's interval; a word cloud's 5 KB ones wait longer.
    expect(voterResultsInterval(10_000, 200)).toBe(1_000);
    expect(voterResultsInterval(100, 5_120)).toBe(VOTER_RESULTS_INTERVAL_MS);
    expect(voterResultsInterval(10_000, 5_120)).toBe((1000 * 10_000 * 5_120) / VOTER_BYTES_PER_SECOND);

    const pacing: ResultsPacing = newResultsPacing();
    recordChange(pacing, START);
    const first = START + voterResultsInterval(10_000);
    expect(takeResultsTurn(pacing, 10_000, first).voters).toBe(true);
    // The feed notes the size of the frame the phones got.
    pacing.voterFrameBytes = 5_120;
    recordChange(pacing, first + 1);
    const phonesDue = first + 1 + voterResultsInterval(10_000, 5_120);
    expect(takeResultsTurn(pacing, 10_000, phonesDue - 1).voters).toBe(false);
    expect(takeResultsTurn(pacing, 10_000, phonesDue).voters).toBe(true);
  });
});

describe("the phones' turn and the projector's", () => {
  it("a frame due for the phones later never holds up the projector's", () => {
    const pacing: ResultsPacing = newResultsPacing();
    recordChange(pacing, START);
    takeResultsTurn(pacing, 300, START);
    // Only the phones are waiting, for their turn at +250 ms…
    expect(nextResultsAt(pacing, 300)).toBe(START + VOTER_RESULTS_INTERVAL_MS);
    // …then a vote: the projector's next frame is due after its own 100 ms, not the phones' 250.
    recordChange(pacing, START + 50);
    expect(nextResultsAt(pacing, 300)).toBe(START + RESULTS_INTERVAL_MS);
    expect(takeResultsTurn(pacing, 300, START + RESULTS_INTERVAL_MS)).toEqual({ screens: true, voters: false });
    // The phones still get theirs at +250 ms, from the first change they had not seen.
    expect(nextResultsAt(pacing, 300)).toBe(START + VOTER_RESULTS_INTERVAL_MS);
  });
});

describe("a broadcast in slices", () => {
  it("writes at most 500 sockets per turn of the event loop", () => {
    expect(BROADCAST_SLICE).toBe(500);
    const ends: number[] = [];
    for (let start = 0; start < 1_234; start = sliceEnd(start, 1_234)) ends.push(sliceEnd(start, 1_234));
    expect(ends).toEqual([500, 1_000, 1_234]);
    expect(sliceEnd(0, 0)).toBe(0);
  });
});
