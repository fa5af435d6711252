import type { NormalizedError } from "./error.js";
import { NOT_PROCESSED_REASONS } from "./transport.js";

export interface RetryPolicyOptions {
  /** Attempts in all, the first included. Default 3. */
  readonly maxAttempts?: number | undefined;
  /** Backoff base: attempt n waits up to baseDelayMs * 2^(n-1). Default 200. */
  readonly baseDelayMs?: number | undefined;
  /** No wait is longer; a `retryAfterMs` above it ends the retries. Default 20,000. */
  readonly maxDelayMs?: number | undefined;
  /** May the request be sent twice? When false, only failures that prove it was not processed are retried. */
  readonly idempotent?: boolean | undefined;
}

export const RETRY_DEFAULTS = { maxAttempts: 3, baseDelayMs: 200, maxDelayMs: 20_000, idempotent: false } as const;

/** Statuses that say the server did not act on the request (RFC 9110: 429 and 503 refuse it before processing). */
export const NOT_PROCESSED_STATUSES: ReadonlySet<number> = new Set([429, 503]);

export type RetryDecision =
  | { readonly retry: true; readonly delayMs: number }
  | {
      readonly retry: false;
      readonly why: "not_retryable" | "attempts_exhausted" | "not_idempotent" | "retry_after_exceeds_cap";
    };

/** `true` when the failure proves the server never processed the request, so even a POST may be resent. */
export const provesNotProcessed = (error: NormalizedError): boolean =>
  NOT_PROCESSED_STATUSES.has(error.status) || (error.status === 0 && NOT_PROCESSED_REASONS.has(error.reason));

const positive = (value: number | undefined, fallback: number): number =>
  typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : fallback;

/**
 * Whether to retry after `attempt` failed with `error`, and how long to wait: full-jitter exponential backoff
 * (`random` in [0, 1)), never below `retryAfterMs`, never above `maxDelayMs`. Pure: the clock and the dice are inputs.
 */
export const decideRetry = (
  error: NormalizedError,
  attempt: number,
  options: RetryPolicyOptions = {},
  random: () => number = Math.random,
): RetryDecision => {
  const maxAttempts = Math.max(1, Math.floor(positive(options.maxAttempts, RETRY_DEFAULTS.maxAttempts)));
  const base = positive(options.baseDelayMs, RETRY_DEFAULTS.baseDelayMs);
  const cap = positive(options.maxDelayMs, RETRY_DEFAULTS.maxDelayMs);
  if (!error.retryable) return { retry: false, why: "not_retryable" };
  if (attempt >= maxAttempts) return { retry: false, why: "attempts_exhausted" };
  if (!(options.idempotent ?? RETRY_DEFAULTS.idempotent) && !provesNotProcessed(error)) {
    return { retry: false, why: "not_idempotent" };
  }
  if (error.retryAfterMs !== undefined && error.retryAfterMs > cap)
    return { retry: false, why: "retry_after_exceeds_cap" };
  const ceiling = Math.min(cap, base * 2 ** Math.min(attempt - 1, 52));
  const dice = Math.min(Math.max(random(), 0), 1);
  const backoff = Math.floor(dice * ceiling);
  return { retry: true, delayMs: Math.min(cap, Math.max(backoff, error.retryAfterMs ?? 0)) };
};
