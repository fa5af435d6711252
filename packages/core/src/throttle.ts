import { pauseUntilOf, type RateSignal } from "./rate-signal.js";
import { type RateWindow, shortestInterval, WindowLedger } from "./throttle-windows.js";

/** One window: `limit` starts in any `intervalMs` (`createThrottle(TALENTLMS_RATE_LIMITS.burst)`). */
export interface SingleWindowThrottleOptions extends RateWindow {
  /** Rejects tasks still waiting (with the signal's reason) when it aborts. */
  readonly signal?: AbortSignal | undefined;
}

/** Several windows at once: a task starts only when every window has room. */
export interface MultiWindowThrottleOptions {
  readonly windows: readonly RateWindow[];
  /** Rejects tasks still waiting (with the signal's reason) when it aborts. */
  readonly signal?: AbortSignal | undefined;
}

/** `{ limit, intervalMs }` or `{ windows: [...] }`, with an optional `signal`. */
export type ThrottleOptions = SingleWindowThrottleOptions | MultiWindowThrottleOptions;

/** Runs a task when every window has room and returns its result. `queueSize` tells how many wait. */
export interface Throttle {
  <T>(task: () => T | PromiseLike<T>): Promise<Awaited<T>>;
  readonly queueSize: number;
  /**
   * Tells the throttle what the server reported: a response's rate limit (`remaining: 0` holds new starts until
   * `resetAt`, else for the shortest window) or an error (a 429 holds them for its `retryAfterMs`, else the same).
   * Anything else changes nothing. A plain function: `{ observe: throttle.observe }` works.
   */
  readonly observe: (seen: RateSignal) => void;
}

interface Waiter {
  readonly start: () => void;
  readonly reject: (reason: unknown) => void;
}

/** The windows of either options form. */
export const windowsOf = (options: ThrottleOptions): readonly RateWindow[] =>
  "windows" in options ? options.windows : [{ limit: options.limit, intervalMs: options.intervalMs }];

/**
 * No more than `limit` task starts in any `intervalMs`, for every window given. A slot comes back `intervalMs`
 * after its task SETTLES, not after it starts: the server counts a request between the two, so no latency jitter
 * can put `limit + 1` arrivals in one of its windows. (p-throttle, which frees slots by start time, let 2–4% of
 * requests through early in `pnpm bench:ratelimit`; see the README.)
 *
 * @example
 * const throttle = createThrottle({ windows: TALENTLMS_RATE_LIMITS.windowsByPlan[2000] }); // 200/5 s and 2,000/h
 * const result = await throttle(() => fromFetch(url, init));
 */
export const createThrottle = (options: ThrottleOptions): Throttle => {
  const ledger = new WindowLedger(windowsOf(options));
  const fallbackMs = shortestInterval(ledger.windows);
  const { signal } = options;
  let queue: Waiter[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;

  const pump = (): void => {
    clearTimeout(timer);
    timer = undefined;
    const now = Date.now();
    while (queue.length > 0 && ledger.room(now) > 0) {
      ledger.start();
      const waiter = queue.shift() as Waiter;
      queueMicrotask(waiter.start);
    }
    if (queue.length === 0) return;
    const at = ledger.nextRoomAt(now);
    // No time means running tasks fill a window: their settle pumps again.
    if (at !== undefined) timer = setTimeout(pump, Math.max(0, at - now));
  };

  signal?.addEventListener(
    "abort",
    () => {
      clearTimeout(timer);
      const waiting = queue;
      queue = [];
      for (const waiter of waiting) waiter.reject(signal.reason);
    },
    { once: true },
  );

  const throttle = (<T>(task: () => T | PromiseLike<T>) =>
    new Promise<Awaited<T>>((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      const start = async () => {
        if (signal?.aborted) {
          ledger.cancel();
          reject(signal.reason);
          return;
        }
        try {
          resolve(await task());
        } catch (error) {
          reject(error);
        }
        ledger.settle(Date.now());
        pump();
      };
      queue.push({ start: () => void start(), reject });
      pump();
    })) as Throttle;

  const observe = (seen: RateSignal): void => {
    const until = pauseUntilOf(seen, fallbackMs);
    if (until === undefined) return;
    ledger.pauseUntil(until);
    pump();
  };
  Object.defineProperty(throttle, "queueSize", { get: () => queue.length, enumerable: true });
  Object.defineProperty(throttle, "observe", { value: observe, enumerable: true });
  return throttle;
};
