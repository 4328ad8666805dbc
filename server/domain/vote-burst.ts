// The ballot-stuffing signal: new participants voting faster than the room can explain.
// A room of 300 phones may bring 300 first votes within seconds of a poll opening; hundreds
// more than there are phones taking part means votes are coming from somewhere else.
// Only phones whose participant has voted count as taking part: a socket that merely sits
// there explains no vote, so opening idle sockets cannot raise the bar for a scripted burst.

export const BURST_WINDOW_SECONDS = 10;
/** Below this many first votes in the window nothing is unusual, whatever the room. */
export const BURST_MIN_NEW_PARTICIPANTS = 50;
/** First votes beyond this multiple of the voting phones are unusual. */
export const BURST_FACTOR = 2;
/** A moderator is told at most this often per event. */
export const BURST_NOTICE_INTERVAL_MS = 30_000;

/** First votes per second over the last BURST_WINDOW_SECONDS (a ring of one-second counters). */
export type BurstWatch = { counts: number[]; second: number; lastNoticeAt: number };

export const newBurstWatch = (): BurstWatch => ({
  counts: new Array<number>(BURST_WINDOW_SECONDS).fill(0),
  second: 0,
  lastNoticeAt: -Infinity,
});

/** Moves the ring to `nowMs`, forgetting the seconds that have left the window. */
function advance(watch: BurstWatch, nowMs: number): void {
  const second = Math.floor(nowMs / 1000);
  const elapsed = Math.min(BURST_WINDOW_SECONDS, Math.max(0, second - watch.second));
  for (let step = 1; step <= elapsed; step++) watch.counts[(watch.second + step) % BURST_WINDOW_SECONDS] = 0;
  watch.second = Math.max(watch.second, second);
}

const sumOf = (watch: BurstWatch): number => watch.counts.reduce((sum, count) => sum + count, 0);

/** Counts one new participant at `nowMs`; returns how many arrived within the window. */
export function recordNewParticipant(watch: BurstWatch, nowMs: number): number {
  advance(watch, nowMs);
  const slot = watch.second % BURST_WINDOW_SECONDS;
  watch.counts[slot] = (watch.counts[slot] ?? 0) + 1;
  return sumOf(watch);
}

/** How many new participants arrived within the window that ends at `nowMs`. */
export function newParticipantsWithin(watch: BurstWatch, nowMs: number): number {
  advance(watch, nowMs);
  return sumOf(watch);
}

/**
 * `votingPhones`: phones connected to the event now whose participant cast its first vote
 * while connected (each explains one new participant; an idle one explains none).
 */
export const isUnusualBurst = (newInWindow: number, votingPhones: number): boolean =>
  newInWindow >= BURST_MIN_NEW_PARTICIPANTS && newInWindow > BURST_FACTOR * votingPhones;

/** Whether to tell the moderator now (and remember that we did). Mutates the watch. */
export function shouldNotify(watch: BurstWatch, newInWindow: number, votingPhones: number, nowMs: number): boolean {
  if (!isUnusualBurst(newInWindow, votingPhones) || nowMs - watch.lastNoticeAt < BURST_NOTICE_INTERVAL_MS) {
    return false;
  }
  watch.lastNoticeAt = nowMs;
  return true;
}
