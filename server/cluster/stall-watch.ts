// Notices when this process stood still (a frozen VM, SIGSTOP, a very long pause): afterwards,
// what it read from its sockets or queued before may be older than what the same phones have
// since done on another node, which they moved to when this one stopped answering. A phone
// moves only after 4 s of silence (client/common/live.ts: a ping after 3 s, dropped 4 s later
// without an answer); a stall of STALL_MS or more may have let it.

/** Shorter than the 4 s a page waits at the least before it leaves a silent connection. */
export const STALL_MS = 3_000;
const TICK_MS = 250;

export type StallWatch = {
  /**
   * How many stalls so far, counting one that is just over (the I/O it let pile up is handled
   * before the next timer runs): compare a value taken earlier to learn whether one came between.
   */
  readonly epoch: number;
  stop(): void;
};

/** `onStall` hears of each stall once its timer runs again (the log line for operators). */
export function watchStalls(
  onStall: (stalledMs: number) => void = () => {},
  now: () => number = () => performance.now(),
): StallWatch {
  let lastTick = now();
  let seen = 0;
  const timer = setInterval(() => {
    const at = now();
    if (at - lastTick >= STALL_MS) {
      seen++;
      onStall(Math.round(at - lastTick));
    }
    lastTick = at;
  }, TICK_MS);
  timer.unref();
  return {
    get epoch() {
      return seen + (now() - lastTick >= STALL_MS ? 1 : 0);
    },
    stop: () => clearInterval(timer),
  };
}
