// A token bucket: `burst` actions at once, then `perSecond` on average. Pure: time is passed in.
export type BucketRule = { burst: number; perSecond: number };
export type Bucket = { tokens: number; updatedAt: number };

export const fullBucket = (rule: BucketRule, now: number): Bucket => ({ tokens: rule.burst, updatedAt: now });

/** Takes one token if there is one; returns whether the action is allowed. Mutates the bucket. */
export function takeToken(bucket: Bucket, rule: BucketRule, now: number): boolean {
  const elapsedSeconds = Math.max(0, now - bucket.updatedAt) / 1000;
  bucket.tokens = Math.min(rule.burst, bucket.tokens + elapsedSeconds * rule.perSecond);
  bucket.updatedAt = now;
  if (bucket.tokens < 1) return false;
  bucket.tokens -= 1;
  return true;
}

/** Whether a bucket has refilled completely by `now` (and so can be forgotten). */
export const isFull = (bucket: Bucket, rule: BucketRule, now: number): boolean =>
  bucket.tokens + (Math.max(0, now - bucket.updatedAt) / 1000) * rule.perSecond >= rule.burst;
