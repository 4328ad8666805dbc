// The server's resident memory and CPU time, read from /proc/<pid>/status and /proc/<pid>/stat,
// sampled on a timer so a scenario can ask for the peak RSS and mean CPU of any time window.
// Several nodes are summed; PostgreSQL's CPU (its postmaster and children) is kept apart.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

export const SAMPLE_INTERVAL_MS = 250;

const CLOCK_TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** `machineBusySeconds`: CPU time of every process on the machine (/proc/stat), all cores together. */
export type ProcSample = {
  at: number;
  /** All server processes together (one, or every node of a cluster). */
  rssBytes: number;
  /** The largest one server process. */
  largestRssBytes: number;
  /** The heap and other private memory (RssAnon), as opposed to mapped code and files. */
  anonBytes: number;
  cpuSeconds: number;
  /** This process, the load generator. */
  generatorCpuSeconds: number;
  /** PostgreSQL's processes (0 without one). */
  databaseCpuSeconds: number;
  machineBusySeconds: number;
};

/** Busy (not idle, not waiting for I/O) CPU seconds of the whole machine since boot. */
export function machineBusySeconds(): number {
  const line = readFileSync("/proc/stat", "utf8").split("\n", 1)[0] ?? "";
  const [user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).slice(1).map(Number);
  return (
    ((user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0) + (steal ?? 0)) / CLOCK_TICKS_PER_SECOND
  );
}

/** The fields of /proc/<pid>/stat after the command name (which may contain spaces). */
function statFields(pid: number | "self"): string[] {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
}

function cpuSecondsOf(pid: number | "self"): number {
  const fields = statFields(pid);
  // utime is field 14, stime 15.
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
}

/** How many readings pass between two looks for the postmaster's children (a scan of /proc). */
const CHILDREN_RESCAN_EVERY = 8;

/**
 * CPU seconds of a process tree one level deep, as PostgreSQL's is: the postmaster, its children
 * alive now (backends, WAL writer, checkpointer), and, through its cutime/cstime, the children
 * that have already exited (idle connections are closed after 30 s).
 */
export function processTreeCpu(rootPid: number): () => number {
  let children: number[] = [];
  let readings = 0;
  const rescan = () => {
    children = [];
    for (const entry of readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        if (Number(statFields(Number(entry))[1]) === rootPid) children.push(Number(entry));
      } catch {
        // gone meanwhile
      }
    }
  };
  return () => {
    if (readings++ % CHILDREN_RESCAN_EVERY === 0) rescan();
    const root = statFields(rootPid);
    // utime, stime, cutime, cstime: fields 14–17.
    let ticks = Number(root[11]) + Number(root[12]) + Number(root[13]) + Number(root[14]);
    for (const child of children) {
      try {
        const fields = statFields(child);
        ticks += Number(fields[11]) + Number(fields[12]);
      } catch {
        // exited since the last scan: its time is in the postmaster's cutime now
      }
    }
    return ticks / CLOCK_TICKS_PER_SECOND;
  };
}

/** One reading, or null when a server process is gone. `at` is performance.now(). */
export function readProc(pids: number | readonly number[], databaseCpu?: () => number): ProcSample | null {
  try {
    let rssBytes = 0;
    let largestRssBytes = 0;
    let anonBytes = 0;
    let cpuSeconds = 0;
    for (const pid of typeof pids === "number" ? [pids] : pids) {
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      const kb = (field: string) =>
        Number(new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, "m").exec(status)?.[1] ?? Number.NaN);
      rssBytes += kb("VmRSS") * 1024;
      largestRssBytes = Math.max(largestRssBytes, kb("VmRSS") * 1024);
      anonBytes += kb("RssAnon") * 1024;
      cpuSeconds += cpuSecondsOf(pid);
    }
    return {
      at: performance.now(),
      rssBytes,
      largestRssBytes,
      anonBytes,
      cpuSeconds,
      generatorCpuSeconds: cpuSecondsOf("self"),
      databaseCpuSeconds: databaseCpu?.() ?? 0,
      machineBusySeconds: machineBusySeconds(),
    };
  } catch {
    return null;
  }
}

export type ProcSampler = {
  samples: ProcSample[];
  /** Mean CPU of the server in percent of one core between two times (performance.now()). */
  cpuPercent(from: number, to: number): number;
  /** The same for the load generator (this process, all its threads). */
  generatorPercent(from: number, to: number): number;
  /** The same for PostgreSQL (0 without one). */
  databasePercent(from: number, to: number): number;
  /** The same for the whole machine (100 % per core): the server, the generator and anyone else. */
  machinePercent(from: number, to: number): number;
  peakRssBytes(from?: number, to?: number): number;
  /** The peak of the largest one server process (= peakRssBytes with one server). */
  peakLargestRssBytes(): number;
  /** The last sample taken at or before `at`. */
  rssAt(at: number): number;
  sampleNow(): ProcSample | null;
  stop(): void;
};

/** `pids`: the server, or every node; `databaseCpu`: PostgreSQL's CPU seconds so far (processTreeCpu). */
export function startSampler(pids: number | readonly number[], databaseCpu?: () => number): ProcSampler {
  const samples: ProcSample[] = [];
  const take = () => {
    const sample = readProc(pids, databaseCpu);
    if (sample) samples.push(sample);
    return sample;
  };
  take();
  const timer = setInterval(take, SAMPLE_INTERVAL_MS);
  timer.unref();
  const within = (from: number, to: number) => samples.filter((s) => s.at >= from && s.at <= to);
  const nearest = (at: number) => samples.findLast((s) => s.at <= at) ?? samples[0];
  // The readings that enclose the window: the last one before it, the first one after it.
  const after = (at: number) => samples.find((s) => s.at >= at) ?? samples.at(-1);
  const rate = (from: number, to: number, seconds: (sample: ProcSample) => number) => {
    const first = nearest(from);
    const last = after(to);
    if (!first || !last || last.at <= first.at) return Number.NaN;
    return (100 * (seconds(last) - seconds(first)) * 1000) / (last.at - first.at);
  };
  return {
    samples,
    cpuPercent: (from, to) => rate(from, to, (sample) => sample.cpuSeconds),
    generatorPercent: (from, to) => rate(from, to, (sample) => sample.generatorCpuSeconds),
    databasePercent: (from, to) => rate(from, to, (sample) => sample.databaseCpuSeconds),
    machinePercent: (from, to) => rate(from, to, (sample) => sample.machineBusySeconds),
    peakRssBytes(from = 0, to = Number.POSITIVE_INFINITY) {
      return Math.max(0, ...within(from, to).map((s) => s.rssBytes));
    },
    peakLargestRssBytes: () => Math.max(0, ...samples.map((s) => s.largestRssBytes)),
    rssAt: (at) => nearest(at)?.rssBytes ?? Number.NaN,
    sampleNow: take,
    stop: () => clearInterval(timer),
  };
}

/** Quiet: other processes use less than this share of one core (the generator is idle now). */
const QUIET_PERCENT = 15;
const QUIET_SAMPLE_MS = 3_000;

/**
 * Waits (up to `maxWaitMs`) until the rest of the machine is quiet, so that other work on
 * the two cores does not end up in the figures. Returns the busy percentage last seen.
 */
export async function waitForQuietMachine(maxWaitMs: number, log: (line: string) => void): Promise<number> {
  const deadline = performance.now() + maxWaitMs;
  for (let attempt = 0; ; attempt++) {
    const before = machineBusySeconds();
    await new Promise((wake) => setTimeout(wake, QUIET_SAMPLE_MS));
    const busy = (100 * (machineBusySeconds() - before) * 1000) / QUIET_SAMPLE_MS;
    if (busy < QUIET_PERCENT || performance.now() >= deadline) return busy;
    if (attempt % 10 === 0) log(`other processes use ${Math.round(busy)} % CPU; waiting for a quiet machine`);
  }
}
