import pLimit from "p-limit";
import { sleep } from "./sleep.js";

export interface ThrottleOptions {
  /** Tasks allowed in any window of `intervalMs`. */
  readonly limit: number;
  readonly intervalMs: number;
  /** Rejects tasks still waiting (with the signal's reason) when it aborts. */
  readonly signal?: AbortSignal | undefined;
}

/** Runs a task when the window has room and returns its result. `queueSize` tells how many wait. */
export interface Throttle {
  <T>(task: () => T | PromiseLike<T>): Promise<Awaited<T>>;
  readonly queueSize: number;
}

/**
 * No more than `limit` task starts in any `intervalMs` window. A slot comes back `intervalMs` after its task
 * SETTLES, not after it starts: the server counts a request between the two, so no latency jitter can put
 * `limit + 1` arrivals in one of its windows. (p-throttle, which frees slots by start time, let 2–4% of requests
 * through early in `pnpm bench:ratelimit`; see the README.) Concurrency is p-limit's.
 *
 * @example
 * const throttle = createThrottle(TALENTLMS_RATE_LIMITS.burst); // 200 per 5 s
 * const result = await throttle(() => fromFetch(url, init));
 */
export const createThrottle = (options: ThrottleOptions): Throttle => {
  const { limit, intervalMs, signal } = options;
  if (!(Number.isInteger(limit) && limit > 0 && Number.isFinite(intervalMs) && intervalMs >= 0)) {
    throw new RangeError("createThrottle needs a positive whole `limit` and a non-negative `intervalMs`");
  }
  const slots = pLimit(limit);
  const throttle = (<T>(task: () => T | PromiseLike<T>) =>
    new Promise<Awaited<T>>((resolve, reject) => {
      const onAbort = () => reject(signal?.reason);
      signal?.addEventListener("abort", onAbort, { once: true });
      void slots(async () => {
        signal?.removeEventListener("abort", onAbort);
        if (signal?.aborted) {
          reject(signal.reason);
          return;
        }
        try {
          resolve(await task());
        } catch (error) {
          reject(error);
        }
        await sleep(intervalMs);
      });
    })) as Throttle;
  Object.defineProperty(throttle, "queueSize", { get: () => slots.pendingCount });
  return throttle;
};
