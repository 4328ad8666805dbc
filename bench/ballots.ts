// The benchmark's poll, the seed conference's "pick two of six", and every valid ballot on it.
import { SEED_CHOICE_POLL } from "../scripts/seed-conference.js";
import type { ChoicePoll } from "../shared/poll.js";

/** The seed conference's "pick two of six" (scripts/seed-conference.ts). */
export const PICK_TWO_OF_SIX = SEED_CHOICE_POLL;

export const OPTION_COUNT = PICK_TWO_OF_SIX.options.length;

/** Every valid ballot as option positions: the 6 singles and the 15 pairs. */
export const BALLOTS: readonly (readonly number[])[] = (() => {
  const ballots: number[][] = [];
  for (let a = 0; a < OPTION_COUNT; a++) {
    ballots.push([a]);
    for (let b = a + 1; b < OPTION_COUNT; b++) ballots.push([a, b]);
  }
  return ballots;
})();

/**
 * Per ballot, the end of its vote frame after the requestId, built once so that a vote costs
 * one string concatenation. `optionIdsKey` is what the ack must echo back.
 */
export function voteFrames(poll: ChoicePoll): { frameTail: string[]; optionIdsKey: string[] } {
  const idsOf = (positions: readonly number[]) => positions.map((position) => poll.options[position]?.id ?? 0);
  return {
    frameTail: BALLOTS.map((positions) => `,"pollId":${poll.id},"optionIds":[${idsOf(positions).join(",")}]}`),
    optionIdsKey: BALLOTS.map((positions) => idsOf(positions).join(",")),
  };
}

/** Option counts and respondents of a set of ballots (by ballot index; -1: no vote). */
export function tallyOf(ballots: ArrayLike<number>): { respondents: number; counts: number[] } {
  const counts = new Array<number>(OPTION_COUNT).fill(0);
  let respondents = 0;
  for (let i = 0; i < ballots.length; i++) {
    const ballot = BALLOTS[ballots[i] ?? -1];
    if (!ballot) continue;
    respondents++;
    for (const position of ballot) counts[position] = (counts[position] ?? 0) + 1;
  }
  return { respondents, counts };
}

/** A small seeded PRNG (mulberry32): runs are repeatable and cost no crypto. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const randomBallot = (random: () => number): number => Math.floor(random() * BALLOTS.length);
