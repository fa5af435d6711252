import { isNormalizedError, type NormalizedError, type RateLimit } from "./error.js";

/** What a throttle can learn from a response: its rate-limit numbers, or the error it became. */
export type RateSignal = RateLimit | NormalizedError | undefined;

const exhaustedUntil = (rateLimit: RateLimit | undefined, fallbackMs: number, now: number): number | undefined => {
  if (rateLimit?.remaining !== 0) return undefined;
  const { resetAt } = rateLimit;
  return resetAt !== undefined && Number.isFinite(resetAt) && resetAt > now ? resetAt : now + fallbackMs;
};

/**
 * Until when (epoch ms) new starts should wait after the server reported `seen`: a 429 waits its `retryAfterMs`,
 * else its `resetAt`, else `fallbackMs`; a response with `remaining: 0` waits until its `resetAt`, else
 * `fallbackMs`. `undefined` when the server reported room (or nothing).
 *
 * @example
 * pauseUntilOf({ limit: 200, remaining: 0 }, 5_000, now); // now + 5000
 */
export const pauseUntilOf = (seen: RateSignal, fallbackMs: number, now: number = Date.now()): number | undefined => {
  if (!isNormalizedError(seen)) return exhaustedUntil(seen, fallbackMs, now);
  if (seen.status !== 429 && seen.category !== "rate_limited") {
    return exhaustedUntil(seen.rateLimit, fallbackMs, now);
  }
  if (seen.retryAfterMs !== undefined) return now + seen.retryAfterMs;
  return exhaustedUntil({ ...seen.rateLimit, remaining: 0 }, fallbackMs, now);
};
