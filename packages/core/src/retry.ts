import { err, ResultAsync, type Result } from "neverthrow";
import { NormalizedError } from "./error.js";
import { normalizeThrown } from "./kit/thrown.js";
import { decideRetry, type RetryPolicyOptions } from "./retry-policy.js";
import { sleep as realSleep } from "./sleep.js";
import { type ErrorSpan, recordAttempt, recordOnSpan } from "./span-record.js";

/** What an operation may return: a neverthrow ResultAsync, or a promise of a Result. */
export type Attempt<T> = ResultAsync<T, NormalizedError> | PromiseLike<Result<T, NormalizedError>>;

/** One failed attempt, as `onAttempt` sees it. */
export interface FailedAttempt {
  /** 1 for the first call. */
  readonly attempt: number;
  readonly error: NormalizedError;
  /** The wait before the next attempt; absent when this failure is the final one. */
  readonly delayMs?: number;
}

export interface RetryOptions extends RetryPolicyOptions {
  /** Stops waiting at once; the result is then a `cancelled` error. */
  readonly signal?: AbortSignal | undefined;
  /** Called before each wait. */
  readonly onRetry?: ((error: NormalizedError, attempt: number, delayMs: number) => void) | undefined;
  /** Called after every failed attempt, the final one included (for a tracer or metrics of your own). */
  readonly onAttempt?: ((failed: FailedAttempt) => void) | undefined;
  /**
   * An OpenTelemetry span (any 1.x `Span`): each failed attempt becomes an `errnorm.attempt_failed` event, and only
   * the final failure is recorded as the span's error (`recordError`). The span is the caller's to end.
   */
  readonly span?: ErrorSpan | undefined;
  /** Vendor named on errors errnorm makes itself (a throwing operation, a cancellation). Default "errnorm". */
  readonly vendor?: string | undefined;
  /** Injected for tests: the wait and the dice. */
  readonly sleep?: ((ms: number, signal?: AbortSignal) => Promise<void>) | undefined;
  readonly random?: (() => number) | undefined;
}

const cancelled = (vendor: string, attempts: number, cause: unknown): NormalizedError =>
  new NormalizedError({
    vendor,
    category: "cancelled",
    reason: "CANCELLED",
    message: "Retries cancelled by the caller's signal",
    status: 0,
    attempts,
    cause,
  });

/**
 * Runs `operation(attempt)` until it succeeds, fails with a non-retryable error, or `maxAttempts` is reached,
 * waiting with full-jitter backoff and honouring `retryAfterMs`. The final error records `attempts`.
 *
 * @example
 * const users = await withRetry(() => fromFetch(url, init), { maxAttempts: 4, idempotent: true });
 */
export const withRetry = <T>(
  operation: (attempt: number) => Attempt<T>,
  options: RetryOptions = {},
): ResultAsync<T, NormalizedError> => {
  const vendor = options.vendor ?? "errnorm";
  const wait = options.sleep ?? realSleep;
  const { span, onAttempt } = options;
  const report = (error: NormalizedError, attempt: number, delayMs: number | undefined): void => {
    if (span) recordAttempt(span, error, attempt, delayMs);
    onAttempt?.(delayMs === undefined ? { attempt, error } : { attempt, error, delayMs });
  };
  const fail = (error: NormalizedError): Result<T, NormalizedError> => {
    if (span) recordOnSpan(span, error);
    return err(error);
  };
  const run = async (): Promise<Result<T, NormalizedError>> => {
    for (let attempt = 1; ; attempt += 1) {
      if (options.signal?.aborted) return fail(cancelled(vendor, attempt - 1, options.signal.reason));
      let result: Result<T, NormalizedError>;
      try {
        result = await operation(attempt);
      } catch (thrown) {
        result = err(normalizeThrown(vendor, thrown));
      }
      if (result.isOk()) return result;
      const decision = decideRetry(result.error, attempt, options, options.random);
      const delayMs = decision.retry ? decision.delayMs : undefined;
      report(result.error, attempt, delayMs);
      if (!decision.retry) return fail(result.error.with({ attempts: attempt }));
      options.onRetry?.(result.error, attempt, decision.delayMs);
      try {
        await wait(decision.delayMs, options.signal);
      } catch {
        return fail(cancelled(result.error.vendor, attempt, result.error));
      }
    }
  };
  return new ResultAsync(run());
};
