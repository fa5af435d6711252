import { createThrottle, pauseUntilOf, type RateSignal, type RateWindow, type Throttle } from "@errnorm/core";
import type { RedisClientLike } from "./client.js";
import { storeUnavailable } from "./store-error.js";
import { type BudgetStore, createBudgetStore } from "./store.js";

/** Options of `createRedisThrottle`. */
export interface RedisThrottleOptions {
  /** A connected node-redis (`redis` package) or ioredis client. Give it an `error` listener. */
  readonly client: RedisClientLike;
  /** Every throttle (in any process) with the same key and windows shares one budget. */
  readonly key: string;
  /** As core's `createThrottle({ windows })`; every `intervalMs` must be positive. */
  readonly windows: readonly RateWindow[];
  /**
   * When Redis cannot be reached: `"fail-closed"` (default) rejects the waiting tasks with a `NormalizedError`
   * (category `unavailable`, reason `RATE_BUDGET_STORE_UNAVAILABLE`); `"fail-open"` runs them through an
   * in-process throttle with the same windows until Redis answers again, and logs once.
   */
  readonly onStoreError?: "fail-closed" | "fail-open" | undefined;
  /** Rejects tasks still waiting (with the signal's reason) when it aborts. */
  readonly signal?: AbortSignal | undefined;
  /**
   * A running task's slot is leased for its window's interval, at least this long (default 1000 ms), and renewed
   * every third of that: a worker that dies holds its slots no longer. The floor keeps a process that stalls (a busy
   * event loop) from losing its leases in sub-second windows; TalentLMS's windows (5 s, 1 h) are above it.
   */
  readonly minLeaseMs?: number | undefined;
  /** A Redis call that takes longer fails (default 1000 ms). */
  readonly storeTimeoutMs?: number | undefined;
  /** fail-open: how long to stay on the in-process throttle before asking Redis again (default 1000 ms). */
  readonly retryStoreAfterMs?: number | undefined;
  /** fail-open: where the one message goes (default `console.warn`). */
  readonly log?: ((message: string, error: unknown) => void) | undefined;
}

interface Waiter {
  readonly task: () => unknown;
  readonly resolve: (value: unknown) => void;
  readonly reject: (reason: unknown) => void;
}

/** Waits `ms`; resolves `false` at once when `signal` aborts or already has (while Redis was being asked). */
const sleep = (ms: number, signal: AbortSignal | undefined): Promise<boolean> =>
  new Promise((resolve) => {
    if (signal?.aborted) {
      resolve(false);
      return;
    }
    const done = (completed: boolean) => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      resolve(completed);
    };
    const onAbort = () => done(false);
    const timer = setTimeout(() => done(true), ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });

const checkOptions = (options: RedisThrottleOptions): void => {
  if (typeof options.key !== "string" || options.key === "") throw new TypeError("createRedisThrottle needs a `key`");
  if (!options.windows.every((window) => window.intervalMs > 0)) {
    throw new RangeError("createRedisThrottle needs a positive `intervalMs` in every window");
  }
};

/**
 * core's `Throttle` with its budget in Redis under `key`: every process (worker, container, serverless instance)
 * that uses the same key and windows shares it. A task starts only when every window has room; its slot comes back
 * `intervalMs` after it settles; a running task's slot is leased and renewed, so a worker that dies holds it for
 * at most one interval (`minLeaseMs` at least). `observe` pauses every process sharing the key.
 *
 * @example
 * const throttle = createRedisThrottle({ client, key: "talentlms:acme", windows: TALENTLMS_RATE_LIMITS.windowsByPlan[2000] });
 * const user = await throttle(() => fromFetch(url, init));
 */
export const createRedisThrottle = (options: RedisThrottleOptions): Throttle => {
  checkOptions(options);
  const { signal } = options;
  // Checks the windows (RangeError) and is the fail-open fallback.
  const local = createThrottle({ windows: options.windows, signal });
  const windows = options.windows;
  const fallbackMs = Math.min(...windows.map((window) => window.intervalMs));
  const minLeaseMs = options.minLeaseMs ?? 1_000;
  const store: BudgetStore = createBudgetStore(
    options.client,
    options.key,
    windows,
    options.storeTimeoutMs ?? 1_000,
    minLeaseMs,
  );
  const failOpen = options.onStoreError === "fail-open";
  const retryStoreAfterMs = options.retryStoreAfterMs ?? 1_000;
  const log = options.log ?? ((message: string) => console.warn(message));
  let queue: Waiter[] = [];
  let pumping = false;
  let localUntil = 0;
  let logged = false;
  let pausedUntil = 0;
  const running = new Set<string>();
  let settled: string[] = [];
  let heartbeat: ReturnType<typeof setInterval> | undefined;

  const flushSettled = () => {
    const ids = settled;
    settled = [];
    store.settle(ids).catch(() => undefined); // an unrenewed lease still ends one interval after its last renewal
  };

  const keepLeases = () => {
    if (heartbeat !== undefined || running.size === 0) return;
    heartbeat = setInterval(
      () => {
        if (running.size === 0) {
          clearInterval(heartbeat);
          heartbeat = undefined;
          return;
        }
        store.extend([...running]).catch(() => undefined);
      },
      Math.max(5, Math.floor(Math.max(fallbackMs, minLeaseMs) / 3)),
    );
    (heartbeat as { unref?: () => void }).unref?.();
  };

  const run = async (waiter: Waiter, id: string) => {
    running.add(id);
    keepLeases();
    try {
      waiter.resolve(await waiter.task());
    } catch (error) {
      waiter.reject(error);
    }
    running.delete(id);
    settled.push(id);
    if (settled.length === 1) queueMicrotask(flushSettled);
  };

  const viaLocal = (waiter: Waiter) => {
    local(waiter.task).then(waiter.resolve, waiter.reject);
  };

  const storeFailed = (error: unknown) => {
    const waiting = queue;
    queue = [];
    if (!failOpen) {
      const failure = storeUnavailable(error);
      for (const waiter of waiting) waiter.reject(failure);
      return;
    }
    localUntil = Date.now() + retryStoreAfterMs;
    if (!logged) {
      logged = true;
      log(
        "errnorm: the shared rate budget in Redis cannot be reached; running on an in-process throttle with the same windows until it answers",
        error,
      );
    }
    for (const waiter of waiting) viaLocal(waiter);
  };

  const pump = async () => {
    if (pumping) return;
    pumping = true;
    try {
      while (queue.length > 0 && !signal?.aborted) {
        // This process's own observation holds it at once, before Redis has it.
        const pausedFor = pausedUntil - Date.now();
        if (pausedFor > 0 && !(await sleep(pausedFor, signal))) break;
        let grant;
        try {
          grant = await store.acquire(queue.length);
        } catch (error) {
          storeFailed(error);
          break;
        }
        const { ids, waitMs } = grant;
        const starting = queue.splice(0, ids.length);
        starting.forEach((waiter, n) => void run(waiter, ids[n] as string));
        // Waiters that left (abort) while the grant was on its way give their slots back.
        if (ids.length > starting.length) store.forget(ids.slice(starting.length)).catch(() => undefined);
        if (ids.length === 0 && !(await sleep(waitMs, signal))) break;
      }
    } finally {
      pumping = false;
    }
  };

  signal?.addEventListener(
    "abort",
    () => {
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
      const waiter: Waiter = { task, resolve: resolve as (value: unknown) => void, reject };
      if (Date.now() < localUntil) {
        viaLocal(waiter);
        return;
      }
      queue.push(waiter);
      void pump();
    })) as Throttle;

  const observe = (seen: RateSignal): void => {
    local.observe(seen);
    const now = Date.now();
    const until = pauseUntilOf(seen, fallbackMs, now);
    if (until === undefined || until <= pausedUntil) return;
    pausedUntil = until;
    store.pause(until - now).catch(() => undefined);
  };
  Object.defineProperty(throttle, "queueSize", { get: () => queue.length + local.queueSize, enumerable: true });
  Object.defineProperty(throttle, "observe", { value: observe, enumerable: true });
  return throttle;
};
