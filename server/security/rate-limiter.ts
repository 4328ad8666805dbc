// Rate limits by key (participant, connection, client address), with token buckets that are
// forgotten once full again, so memory follows the number of recently active keys.
import { type Bucket, type BucketRule, fullBucket, isFull, takeToken } from "../domain/token-bucket.js";

const SWEEP_INTERVAL_MS = 60_000;

export type RateLimiter = {
  /** Whether `key` may act now (and counts the action). */
  allow(key: string): boolean;
  /** Whether `key` is out of tokens, without taking one. */
  isExhausted(key: string): boolean;
  stop(): void;
};

export function createRateLimiter(rule: BucketRule, now: () => number = Date.now): RateLimiter {
  const buckets = new Map<string, Bucket>();
  const sweep = setInterval(() => {
    const at = now();
    for (const [key, bucket] of buckets) if (isFull(bucket, rule, at)) buckets.delete(key);
  }, SWEEP_INTERVAL_MS);
  sweep.unref();
  return {
    allow(key) {
      const at = now();
      let bucket = buckets.get(key);
      if (!bucket) {
        bucket = fullBucket(rule, at);
        buckets.set(key, bucket);
      }
      return takeToken(bucket, rule, at);
    },
    isExhausted(key) {
      const bucket = buckets.get(key);
      // Try on a copy: looking must not spend a token.
      return bucket !== undefined && !takeToken({ ...bucket }, rule, now());
    },
    stop: () => clearInterval(sweep),
  };
}
