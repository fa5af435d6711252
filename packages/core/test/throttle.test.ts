import { describe, expect, it } from "vitest";
import { createThrottle } from "@errnorm/core";

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
