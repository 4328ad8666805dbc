// When a poll's results frames go out (docs/api.md, "results"; docs/performance.md). Pure: the
// live side's timers ask these functions, passing the time, and do what they decide.
//
// Screens and moderators get a frame at once, then at most one per RESULTS_INTERVAL_MS. Phones
// get theirs once the figures have settled, at most one per VOTER_RESULTS_INTERVAL_MS, and in a
// big room less often: a phone needs no animation, and each frame costs one socket write per
// phone, which in a burst of thousands of votes would hold up the acknowledgements.

/** ≤ 10 results frames per second per poll, the first one without delay. */
export const RESULTS_INTERVAL_MS = 100;
/** Phones get results at most 4 times a second, a quarter second after the first change… */
export const VOTER_RESULTS_INTERVAL_MS = 250;
/** …and in a big room less often: all phones together get at most this many frames a second… */
export const VOTER_FRAMES_PER_SECOND = 10_000;
/**
 * …and this many bytes: an open-text poll's results (the 100 largest groups, about 5 KB) would
 * otherwise have the server write 50 MB a second to a room of 10,000 phones, and acks and the
 * projector's frames would wait behind them. A choice poll's ~200 B frames stay under it.
 */
export const VOTER_BYTES_PER_SECOND = 4 * 1024 * 1024;
/** Sockets written per turn of the event loop: a big room's broadcast must not hold up votes. */
export const BROADCAST_SLICE = 500;

/** The results pacing of one poll in one room. */
export type ResultsPacing = {
  /** When screens and moderators, and when phones, last got this poll's results. */
  lastSent: number;
  lastSentToVoters: number;
  /** Results changed since they last went out to screens/moderators, and to phones. */
  newForScreens: boolean;
  newForVoters: boolean;
  /** When the phones' figures first changed since they were last sent. */
  votersChangedAt: number;
  /** The size of the last frame the phones got, in bytes (0: none yet). */
  voterFrameBytes: number;
};

/** Who gets the frame that goes out now. */
export type ResultsTurn = { screens: boolean; voters: boolean };

/** A poll whose results have never gone out: the first change goes at once. */
export const newResultsPacing = (): ResultsPacing => ({
  lastSent: Number.NEGATIVE_INFINITY,
  lastSentToVoters: Number.NEGATIVE_INFINITY,
  newForScreens: false,
  newForVoters: false,
  votersChangedAt: 0,
  voterFrameBytes: 0,
});

/** How long phones wait between results frames in a room with `voters` phones, for frames of `frameBytes`. */
export const voterResultsInterval = (voters: number, frameBytes = 0): number =>
  Math.max(
    VOTER_RESULTS_INTERVAL_MS,
    (1000 * voters) / VOTER_FRAMES_PER_SECOND,
    (1000 * voters * frameBytes) / VOTER_BYTES_PER_SECOND,
  );

/** The results changed at `now` (a vote was committed, the poll changed). Mutates the pacing. */
export function recordChange(pacing: ResultsPacing, now: number): void {
  pacing.newForScreens = true;
  // Phones wait from the first change they have not seen, not the latest: a steady stream of
  // votes must not keep pushing their frame back.
  if (!pacing.newForVoters) pacing.votersChangedAt = now;
  pacing.newForVoters = true;
}

/** When phones may next get a frame: after their interval since the last one, and since the change settled. */
const votersDueAt = (pacing: ResultsPacing, voters: number): number =>
  Math.max(pacing.lastSentToVoters, pacing.votersChangedAt) + voterResultsInterval(voters, pacing.voterFrameBytes);

/** The earliest moment the next results frame may go out (Infinity: nothing new). */
export function nextResultsAt(pacing: ResultsPacing, voters: number): number {
  const screensDue = pacing.newForScreens ? pacing.lastSent + RESULTS_INTERVAL_MS : Number.POSITIVE_INFINITY;
  const votersDue = pacing.newForVoters ? votersDueAt(pacing, voters) : Number.POSITIVE_INFINITY;
  return Math.min(screensDue, votersDue);
}

/**
 * Who gets a frame at `now`, called when the moment from `nextResultsAt` has come; records that
 * they got it. Screens and phones each keep their own interval: a frame for the phones does not
 * bring the projector's forward, and the phones do not wait for the projector's next turn (they
 * would get a change up to 100 ms later than the quarter second docs/api.md promises).
 */
export function takeResultsTurn(pacing: ResultsPacing, voters: number, now: number): ResultsTurn {
  const turn = {
    screens: pacing.newForScreens && now >= pacing.lastSent + RESULTS_INTERVAL_MS,
    voters: pacing.newForVoters && now >= votersDueAt(pacing, voters),
  };
  if (turn.screens) {
    pacing.lastSent = now;
    pacing.newForScreens = false;
  }
  if (turn.voters) {
    pacing.lastSentToVoters = now;
    pacing.newForVoters = false;
  }
  return turn;
}

/** Where the slice of a broadcast that starts at `start` ends, of `receivers` in all. */
export const sliceEnd = (start: number, receivers: number): number => Math.min(receivers, start + BROADCAST_SLICE);
