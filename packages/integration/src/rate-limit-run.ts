import { type NormalizedError, type Throttle, withRetry } from "@errnorm/core";
import { fromFetch } from "@errnorm/talentlms";

/** One burst of GET requests against a rate-limited TalentLMS endpoint. */
export interface RateLimitRunOptions {
  /** The URL every request GETs, e.g. `${emulator.v1Url}/users/id:1`. */
  readonly url: string;
  readonly apiKey: string;
  readonly requests: number;
  /** Paces the attempts (e.g. `createThrottle(limit)`); without one everything is sent at once (retries only). */
  readonly throttle?: Throttle | undefined;
  readonly maxAttempts?: number | undefined;
}

/** What the run saw, counted on the client side. */
export interface RateLimitRunStats {
  readonly requests: number;
  /** HTTP requests sent: first attempts plus retries. */
  readonly sent: number;
  /** Attempts answered 429. */
  readonly rateLimited: number;
  readonly retries: number;
  readonly succeeded: number;
  /** Requests whose final result was an error. */
  readonly lost: number;
  /** The final errors by reason, e.g. `{ RATE_LIMITED: 250 }`. */
  readonly lostBy: Readonly<Record<string, number>>;
  readonly elapsedMs: number;
}

/**
 * Fires `requests` GETs at once, each through `withRetry` (and through `createThrottle` when asked), and
 * counts every attempt. Each retry goes back through the throttle, so it waits for room in the window too.
 */
export const runRateLimit = async (options: RateLimitRunOptions): Promise<RateLimitRunStats> => {
  const throttle = options.throttle;
  const init: RequestInit = { headers: { "X-API-Key": options.apiKey, Accept: "application/json" } };
  let sent = 0;
  let rateLimited = 0;
  let retries = 0;
  const attempt = async () => {
    sent += 1;
    const result = await fromFetch(options.url, init);
    if (result.isErr() && result.error.status === 429) rateLimited += 1;
    return result;
  };
  const one = () =>
    withRetry(() => (throttle ? throttle(attempt) : attempt()), {
      idempotent: true,
      maxAttempts: options.maxAttempts,
      onRetry: () => {
        retries += 1;
      },
    });
  const started = performance.now();
  const results = await Promise.all(Array.from({ length: options.requests }, one));
  const elapsedMs = performance.now() - started;
  const failures: NormalizedError[] = results.flatMap((result) => (result.isErr() ? [result.error] : []));
  const lostBy: Record<string, number> = {};
  for (const failure of failures) lostBy[failure.reason] = (lostBy[failure.reason] ?? 0) + 1;
  return {
    requests: options.requests,
    sent,
    rateLimited,
    retries,
    succeeded: results.length - failures.length,
    lost: failures.length,
    lostBy,
    elapsedMs,
  };
};

/** Successful requests per second as a fraction of the limit's ideal throughput (`limit / intervalMs`). */
export const goodputOf = (
  stats: RateLimitRunStats,
  limit: { readonly limit: number; readonly intervalMs: number },
): number => stats.succeeded / (stats.elapsedMs / 1000) / (limit.limit / (limit.intervalMs / 1000));
