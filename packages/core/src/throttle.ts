import pThrottle from "p-throttle";

export interface ThrottleOptions {
  /** Task starts allowed in any window of `intervalMs`. */
  readonly limit: number;
  readonly intervalMs: number;
  /** Rejects tasks still waiting when it aborts. */
  readonly signal?: AbortSignal | undefined;
}

/** Runs a task when the window has room and returns its result. `queueSize` tells how many wait. */
export interface Throttle {
  <T>(task: () => T | PromiseLike<T>): Promise<Awaited<T>>;
  readonly queueSize: number;
}

/**
 * No more than `limit` task starts in any `intervalMs` window (a sliding window: p-throttle's strict mode).
 *
 * @example
 * const throttle = createThrottle(TALENTLMS_RATE_LIMITS.burst); // 200 per 5 s
 * const result = await throttle(() => fromFetch(url, init));
 */
export const createThrottle = (options: ThrottleOptions): Throttle => {
  if (!(Number.isInteger(options.limit) && options.limit > 0 && Number.isFinite(options.intervalMs) && options.intervalMs >= 0)) {
    throw new RangeError("createThrottle needs a positive whole `limit` and a non-negative `intervalMs`");
  }
  const throttled = pThrottle({
    limit: options.limit,
    interval: options.intervalMs,
    strict: true,
    ...(options.signal && { signal: options.signal }),
  })(<T>(task: () => T | PromiseLike<T>) => task());
  const throttle = (<T>(task: () => T | PromiseLike<T>) => throttled(task) as Promise<Awaited<T>>) as Throttle;
  Object.defineProperty(throttle, "queueSize", { get: () => throttled.queueSize });
  return throttle;
};
