import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createThrottle, NormalizedError, type Throttle } from "@errnorm/core";

describe("createThrottle", () => {
  it("starts no more than `limit` tasks in any `intervalMs` window, and returns each task's result", async () => {
    const throttle = createThrottle({ limit: 3, intervalMs: 100 });
    const starts: number[] = [];
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        throttle(async () => {
          starts.push(performance.now());
          return i * 2;
        }),
      ),
    );
    expect(results).toEqual(Array.from({ length: 10 }, (_, i) => i * 2));
    for (let i = 3; i < starts.length; i += 1) {
      // timers may fire a little early; 2 ms of slack
      expect((starts[i] ?? 0) - (starts[i - 3] ?? 0)).toBeGreaterThanOrEqual(98);
    }
  });

  it("gives a slot back intervalMs after its task settles, not after it starts", async () => {
    const throttle = createThrottle({ limit: 1, intervalMs: 100 });
    const starts: number[] = [];
    const slow = () =>
      throttle(async () => {
        starts.push(performance.now());
        await new Promise((r) => setTimeout(r, 60));
      });
    await Promise.all([slow(), slow()]);
    expect((starts[1] ?? 0) - (starts[0] ?? 0)).toBeGreaterThanOrEqual(158);
  });

  it("an abort rejects waiting tasks at once and never starts them", async () => {
    const controller = new AbortController();
    const throttle = createThrottle({ limit: 1, intervalMs: 10_000, signal: controller.signal });
    const ran: number[] = [];
    await throttle(() => ran.push(1));
    const waiting = throttle(() => ran.push(2));
    expect(throttle.queueSize).toBe(1);
    controller.abort(new Error("stop"));
    await expect(waiting).rejects.toThrow("stop");
    expect(ran).toEqual([1]);
  });

  it("rejects nonsense limits", () => {
    expect(() => createThrottle({ limit: 0, intervalMs: 100 })).toThrow(RangeError);
    expect(() => createThrottle({ limit: 1.5, intervalMs: 100 })).toThrow(RangeError);
  });

  it("propagates a task's rejection", async () => {
    const throttle = createThrottle({ limit: 1, intervalMs: 10 });
    await expect(throttle(() => Promise.reject(new Error("no")))).rejects.toThrow("no");
  });
});

describe("createThrottle with several windows and server feedback (fake clock)", () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 1_000_000 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** Runs `n` instant tasks through the throttle and returns each start time relative to the first call. */
  const startsOf = async (throttle: Throttle, n: number, advanceMs: number): Promise<number[]> => {
    const t0 = Date.now();
    const starts: number[] = [];
    const all = Promise.all(Array.from({ length: n }, () => throttle(() => starts.push(Date.now() - t0))));
    await vi.advanceTimersByTimeAsync(advanceMs);
    await all;
    return starts;
  };

  it("starts a task only when every window has room", async () => {
    const throttle = createThrottle({
      windows: [
        { limit: 2, intervalMs: 50 },
        { limit: 3, intervalMs: 400 },
      ],
    });
    // 2 at once (short window), the 3rd 50 ms later (long window now full), then the long window's releases.
    expect(await startsOf(throttle, 6, 1_000)).toEqual([0, 0, 50, 400, 400, 450]);
  });

  it("the single-window form is the one-element list", async () => {
    const single = await startsOf(createThrottle({ limit: 2, intervalMs: 100 }), 5, 1_000);
    const list = await startsOf(createThrottle({ windows: [{ limit: 2, intervalMs: 100 }] }), 5, 1_000);
    expect(single).toEqual([0, 0, 100, 100, 200]);
    expect(list).toEqual(single);
  });

  it("`remaining: 0` holds new starts for the shortest window when no reset time is known", async () => {
    const throttle = createThrottle({
      windows: [
        { limit: 10, intervalMs: 300 },
        { limit: 100, intervalMs: 10_000 },
      ],
    });
    throttle.observe({ limit: 200, remaining: 0 });
    expect(await startsOf(throttle, 2, 1_000)).toEqual([300, 300]);
  });

  it("`remaining: 0` with `resetAt` holds new starts until then; a later report of room changes nothing", async () => {
    const throttle = createThrottle({ limit: 10, intervalMs: 300 });
    const { observe } = throttle; // a plain function: `{ observe: throttle.observe }` works
    observe({ limit: 200, remaining: 0, resetAt: Date.now() + 750 });
    observe({ limit: 200, remaining: 5 });
    expect(await startsOf(throttle, 1, 1_000)).toEqual([750]);
  });

  it("a 429 holds new starts for its retryAfterMs; a non-rate error without `remaining: 0` does not", async () => {
    const throttle = createThrottle({ limit: 10, intervalMs: 300 });
    const tooMany = new NormalizedError({
      vendor: "talentlms",
      category: "rate_limited",
      reason: "RATE_LIMITED",
      message: "Too many requests",
      status: 429,
      retryAfterMs: 1_200,
    });
    const notFound = new NormalizedError({
      vendor: "talentlms",
      category: "not_found",
      reason: "USER_NOT_FOUND",
      message: "The requested user does not exist",
      status: 404,
      rateLimit: { limit: 200, remaining: 3 },
    });
    throttle.observe(notFound);
    throttle.observe(undefined);
    expect(await startsOf(throttle, 1, 10)).toEqual([0]);
    throttle.observe(tooMany);
    expect(await startsOf(throttle, 1, 2_000)).toEqual([1_200]);
  });

  it("a 429 without Retry-After waits for the shortest window", async () => {
    const throttle = createThrottle({ limit: 10, intervalMs: 250 });
    throttle.observe(
      new NormalizedError({ vendor: "x", category: "rate_limited", reason: "RATE_LIMITED", message: "", status: 429 }),
    );
    expect(await startsOf(throttle, 1, 1_000)).toEqual([250]);
  });
});
