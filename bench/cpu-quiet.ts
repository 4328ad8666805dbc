// When starting servers (and PostgreSQL) have finished their work: their CPU read from /proc every
// few tens of milliseconds; the end of the last busy moment is when the work ended, known once
// they have stayed quiet for a while (longer than any pause inside the work, e.g. the half second
// a node waits before re-reading a quiet poll).
import { readProc } from "./proc-stats.js";

const READ_EVERY_MS = 50;
/** Busy: the processes together used more than this share of one core over the last two readings. */
const BUSY_PERCENT = 30;

export type CpuQuiet = {
  /**
   * Resolves once nothing was busy for `quietMs`, with the end of the last busy moment (or when
   * the watch began, had nothing been busy); rejects after `timeoutMs`.
   */
  quiet(quietMs: number, timeoutMs: number): Promise<number>;
  /** Mean CPU of every other process on the machine (% of one core) between two times. */
  othersPercent(from: number, to: number): number;
  stop(): void;
};

/** Watches `pids` (the servers) and, through `databaseCpu`, PostgreSQL. */
export function watchCpu(pids: readonly number[], databaseCpu?: () => number): CpuQuiet {
  const readings: { at: number; ours: number; machine: number }[] = [];
  const began = performance.now();
  let lastBusy = began;
  const read = () => {
    const sample = readProc(pids, databaseCpu);
    if (!sample) return;
    // The benchmark's own CPU (this process) is the machine's, not the servers'.
    const ours = sample.cpuSeconds + sample.databaseCpuSeconds;
    readings.push({ at: sample.at, ours, machine: sample.machineBusySeconds - sample.generatorCpuSeconds });
    const before = readings.at(-3);
    if (before && (100 * (ours - before.ours) * 1000) / (sample.at - before.at) > BUSY_PERCENT) lastBusy = sample.at;
  };
  read();
  const timer = setInterval(read, READ_EVERY_MS);
  return {
    async quiet(quietMs, timeoutMs) {
      const deadline = performance.now() + timeoutMs;
      while (performance.now() - lastBusy < quietMs) {
        if (performance.now() > deadline) throw new Error(`still busy after ${timeoutMs} ms`);
        await new Promise((wake) => setTimeout(wake, READ_EVERY_MS));
      }
      return lastBusy;
    },
    othersPercent(from, to) {
      const first = readings.findLast((r) => r.at <= from) ?? readings[0];
      const last = readings.find((r) => r.at >= to) ?? readings.at(-1);
      if (!first || !last || last.at <= first.at) return Number.NaN;
      const others = last.machine - first.machine - (last.ours - first.ours);
      return (100 * others * 1000) / (last.at - first.at);
    },
    stop: () => clearInterval(timer),
  };
}
