// How votes are offered: all at once (a burst) or open-loop at a fixed rate for a duration.
// Open loop means the schedule does not wait for acks, as phones do not wait for each other;
// a cap on votes in flight keeps a server that falls behind from growing the queue forever.
import type { VoterPool } from "./voters.js";

/** The rate loop wakes this often and sends every vote that has come due. */
const TICK_MS = 1;

export type NextVote = (sequence: number) => { voter: number; ballot: number };

export type RateRun = {
  startedAt: number;
  endedAt: number;
  /** Votes the schedule called for. */
  offered: number;
  sent: number;
  /** Not sent: the in-flight cap was reached or the voter's socket was closed. */
  skipped: number;
  /** The most votes awaiting their ack at once: how far the server fell behind. */
  maxInFlight: number;
};

/** Every voter sends one vote in the same synchronous loop: the kernel queues them all at once. */
export function voteAllAtOnce(voters: VoterPool, ballotOf: (voter: number) => number): RateRun {
  const startedAt = performance.now();
  let sent = 0;
  for (let voter = 0; voter < voters.count; voter++) if (voters.vote(voter, ballotOf(voter))) sent++;
  const endedAt = performance.now();
  return {
    startedAt,
    endedAt,
    offered: voters.count,
    sent,
    skipped: voters.count - sent,
    maxInFlight: voters.inFlight(),
  };
}

export async function voteAtRate(
  voters: Pick<VoterPool, "inFlight" | "vote">,
  { rate, durationMs, maxInFlight, next }: { rate: number; durationMs: number; maxInFlight: number; next: NextVote },
): Promise<RateRun> {
  const startedAt = performance.now();
  let offered = 0;
  let sent = 0;
  let skipped = 0;
  let mostInFlight = 0;
  for (;;) {
    mostInFlight = Math.max(mostInFlight, voters.inFlight());
    const elapsed = performance.now() - startedAt;
    const due = Math.floor((rate * Math.min(elapsed, durationMs)) / 1000);
    while (offered < due) {
      const { voter, ballot } = next(offered++);
      if (voters.inFlight() < maxInFlight && voters.vote(voter, ballot)) sent++;
      else skipped++;
    }
    if (elapsed >= durationMs) break;
    await new Promise((wake) => setTimeout(wake, TICK_MS));
  }
  return { startedAt, endedAt: performance.now(), offered, sent, skipped, maxInFlight: mostInFlight };
}

/** Acks in each whole second from `from` to `to`: how steady the rate was. */
export function acksPerSecond(voters: VoterPool, from: number, to: number): number[] {
  const seconds: number[] = [];
  for (let start = from; start + 1000 <= to + 1; start += 1000) seconds.push(voters.ackedBetween(start, start + 1000));
  return seconds;
}
