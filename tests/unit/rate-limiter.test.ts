// The rate limiter, on a fake clock: a burst at once, then a steady rate, per key; looking
// spends nothing; the sweep forgets only keys whose bucket is full again.
import { afterEach, describe, expect, it, vi } from "vitest";
import { createRateLimiter, type RateLimiter } from "../../server/security/rate-limiter.js";

const START = 1_700_000_000_000;
/** The limiter's sweep period (server/security/rate-limiter.ts). */
const SWEEP_INTERVAL_MS = 60_000;
/** Three at once, then one a second. */
const RULE = { burst: 3, perSecond: 1 };

/** A clock the test moves by hand. */
function fakeClock() {
  let now = START;
  return {
    now: () => now,
    advance: (ms: number) => {
      now += ms;
    },
    set: (at: number) => {
      now = at;
    },
  };
}

const limiters: RateLimiter[] = [];
function limiter(rule = RULE, clock = fakeClock()) {
  const made = createRateLimiter(rule, clock.now);
  limiters.push(made);
  return { limiter: made, clock };
}
afterEach(() => {
  for (const made of limiters.splice(0)) made.stop();
  vi.useRealTimers();
});

/** How many of `tries` actions of `key` are allowed now. */
const allowedOf = (made: RateLimiter, key: string, tries: number) =>
  Array.from({ length: tries }, () => made.allow(key)).filter(Boolean).length;

describe("the rate limiter", () => {
  it("lets a key act `burst` times at once, then refuses it", () => {
    const { limiter: votes } = limiter();
    expect([votes.allow("phone"), votes.allow("phone"), votes.allow("phone")]).toEqual([true, true, true]);
    expect(votes.allow("phone")).toBe(false);
    expect(votes.allow("phone")).toBe(false);
  });

  it("gives one action back per 1/perSecond, and never more than the burst", () => {
    const { limiter: votes, clock } = limiter();
    expect(allowedOf(votes, "phone", 3)).toBe(3);
    clock.advance(999);
    expect(votes.allow("phone")).toBe(false);
    clock.advance(1);
    expect(allowedOf(votes, "phone", 2)).toBe(1);
    // An hour of quiet refills the burst, not 3,600 actions.
    clock.advance(3_600_000);
    expect(allowedOf(votes, "phone", 10)).toBe(RULE.burst);
  });

  it("counts every key on its own", () => {
    const { limiter: votes } = limiter();
    expect(allowedOf(votes, "203.0.113.7", 5)).toBe(3);
    expect(allowedOf(votes, "203.0.113.8", 5)).toBe(3);
  });

  it("tells whether a key is out of actions without spending one", () => {
    const { limiter: votes } = limiter();
    expect(votes.isExhausted("never-seen")).toBe(false);
    expect(allowedOf(votes, "phone", 2)).toBe(2);
    for (let i = 0; i < 5; i++) expect(votes.isExhausted("phone")).toBe(false);
    expect(votes.allow("phone")).toBe(true);
    expect(votes.isExhausted("phone")).toBe(true);
    expect(votes.allow("phone")).toBe(false);
  });

  it("neither grants nor withholds actions when the clock steps back", () => {
    const { limiter: votes, clock } = limiter();
    clock.advance(10_000);
    expect(allowedOf(votes, "phone", 3)).toBe(3);
    clock.set(START);
    expect(votes.allow("phone")).toBe(false);
    expect(votes.isExhausted("phone")).toBe(true);
    // Counted from the step back, not from where the clock stood before: one second, one action.
    clock.advance(1_000);
    expect(allowedOf(votes, "phone", 2)).toBe(1);
  });

  it("keeps a key that is still short of actions when it sweeps, so forgetting never refills it", () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    // One action back every hundred seconds: a minute after the burst the bucket is still empty.
    const { limiter: guesses, clock } = limiter({ burst: 2, perSecond: 0.01 });
    expect(allowedOf(guesses, "guesser", 3)).toBe(2);
    clock.advance(SWEEP_INTERVAL_MS);
    vi.advanceTimersByTime(SWEEP_INTERVAL_MS);
    expect(guesses.allow("guesser")).toBe(false);
  });

  it("leaves no timer behind once stopped", () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    const { limiter: votes } = limiter();
    expect(vi.getTimerCount()).toBe(1);
    votes.stop();
    expect(vi.getTimerCount()).toBe(0);
  });
});
