import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { checkWindows, type RateWindow, WindowLedger } from "@errnorm/core/internal/throttle-windows";

interface TaskPlan {
  readonly submitAt: number;
  readonly durationMs: number;
  /** Where between start and settle the request reaches the server (0 = at start, 1 = at settle). */
  readonly arrival: number;
}

interface TaskRun extends TaskPlan {
  readonly index: number;
  readonly startAt: number;
  readonly settleAt: number;
  readonly arriveAt: number;
}

/**
 * Drives a ledger with a virtual clock, as createThrottle does with timers: submissions queue (FIFO), a start
 * happens whenever `room` allows, a wake-up is set at `nextRoomAt`. Throws on a deadlock.
 */
const simulate = (windows: readonly RateWindow[], plans: readonly TaskPlan[], pauses: readonly number[] = []) => {
  const ledger = new WindowLedger(windows);
  const pending = plans.map((plan, index) => ({ ...plan, index })).sort((a, b) => a.submitAt - b.submitAt);
  const queue: (TaskPlan & { index: number })[] = [];
  const running: TaskRun[] = [];
  const done: TaskRun[] = [];
  let wake: number | undefined;
  let now = 0;
  for (const until of pauses) ledger.pauseUntil(until);
  for (;;) {
    const next = Math.min(pending[0]?.submitAt ?? Infinity, ...running.map((task) => task.settleAt), wake ?? Infinity);
    if (next === Infinity) break;
    now = next;
    for (const task of running.filter((t) => t.settleAt === now)) {
      running.splice(running.indexOf(task), 1);
      ledger.settle(now);
      done.push(task);
    }
    while (pending[0] !== undefined && pending[0].submitAt === now) queue.push(pending.shift() as TaskRun);
    while (queue.length > 0 && ledger.room(now) > 0) {
      const plan = queue.shift() as TaskPlan & { index: number };
      ledger.start();
      const settleAt = now + plan.durationMs;
      running.push({ ...plan, startAt: now, settleAt, arriveAt: now + plan.arrival * plan.durationMs });
    }
    wake = queue.length > 0 ? ledger.nextRoomAt(now) : undefined;
    if (wake !== undefined && wake <= now) throw new Error(`wake-up at ${wake} is not after ${now}`);
  }
  if (queue.length > 0) throw new Error(`deadlock: ${queue.length} tasks never started`);
  return done.sort((a, b) => a.index - b.index);
};

/** The most arrivals in any half-open span [t, t + intervalMs), by brute force over each arrival as a start. */
const busiestSpan = (arrivals: readonly number[], intervalMs: number): number =>
  Math.max(0, ...arrivals.map((t) => arrivals.filter((a) => a >= t && a < t + intervalMs).length));

const windowArb = fc.record({ limit: fc.integer({ min: 1, max: 5 }), intervalMs: fc.integer({ min: 1, max: 60 }) });
const planArb = fc.record({
  submitAt: fc.integer({ min: 0, max: 120 }),
  durationMs: fc.integer({ min: 0, max: 40 }),
  arrival: fc.constantFrom(0, 0.25, 0.5, 1),
});

describe("WindowLedger (virtual clock)", () => {
  test.prop([fc.array(windowArb, { minLength: 1, maxLength: 3 }), fc.array(planArb, { minLength: 1, maxLength: 30 })])(
    "no window ever sees more than `limit` arrivals in any `intervalMs`, wherever between start and settle a request arrives",
    (windows, plans) => {
      const runs = simulate(windows, plans);
      for (const window of windows) {
        expect(
          busiestSpan(
            runs.map((run) => run.arriveAt),
            window.intervalMs,
          ),
        ).toBeLessThanOrEqual(window.limit);
      }
    },
  );

  test.prop([fc.array(windowArb, { minLength: 1, maxLength: 3 }), fc.array(planArb, { minLength: 1, maxLength: 30 })])(
    "every task starts, in the order it was submitted, never before it was submitted",
    (windows, plans) => {
      const runs = simulate(windows, plans);
      expect(runs).toHaveLength(plans.length);
      const bySubmission = [...runs].sort((a, b) => a.submitAt - b.submitAt || a.index - b.index);
      const starts = bySubmission.map((run) => run.startAt);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
      for (const run of runs) expect(run.startAt).toBeGreaterThanOrEqual(run.submitAt);
    },
  );

  test.prop([
    fc.array(windowArb, { minLength: 1, maxLength: 3 }),
    fc.integer({ min: 1, max: 40 }),
    fc.integer({ min: 1, max: 500 }),
  ])(
    "a task that finds room in every window starts at once: the first min(limit) of a burst start at 0",
    (windows, n, until) => {
      const plans = Array.from({ length: n }, () => ({ submitAt: 0, durationMs: 10, arrival: 0 }));
      const smallest = Math.min(...windows.map((window) => window.limit));
      const runs = simulate(windows, plans);
      expect(runs.filter((run) => run.startAt === 0)).toHaveLength(Math.min(n, smallest));
      // and a pause holds all of them until it ends
      const paused = simulate(windows, plans, [until]);
      expect(Math.min(...paused.map((run) => run.startAt))).toBe(until);
    },
  );

  it("frees a slot `intervalMs` after the task settles, in each window separately", () => {
    const ledger = new WindowLedger([
      { limit: 2, intervalMs: 100 },
      { limit: 3, intervalMs: 1_000 },
    ]);
    expect(ledger.room(0)).toBe(2);
    ledger.start();
    ledger.start();
    expect(ledger.room(0)).toBe(0);
    expect(ledger.nextRoomAt(0)).toBeUndefined(); // only a settle can make room
    ledger.settle(50);
    expect(ledger.nextRoomAt(50)).toBe(150);
    expect(ledger.room(149)).toBe(0);
    expect(ledger.room(150)).toBe(1);
    ledger.start(); // 3 in the 1-second window now
    ledger.settle(160);
    ledger.settle(170);
    expect(ledger.room(300)).toBe(0); // the short window is empty, the long one is full
    expect(ledger.nextRoomAt(300)).toBe(1_050);
    expect(ledger.room(1_050)).toBe(1);
  });

  it("a pause holds starts until it ends, and an earlier pause does not shorten it", () => {
    const ledger = new WindowLedger([{ limit: 5, intervalMs: 100 }]);
    ledger.pauseUntil(500);
    ledger.pauseUntil(200);
    expect(ledger.room(499)).toBe(0);
    expect(ledger.nextRoomAt(0)).toBe(500);
    expect(ledger.room(500)).toBe(5);
  });

  it("a cancelled start gives its slot back at once", () => {
    const ledger = new WindowLedger([{ limit: 1, intervalMs: 1_000 }]);
    ledger.start();
    ledger.cancel();
    expect(ledger.room(0)).toBe(1);
  });

  it("rejects an empty list and nonsense windows", () => {
    expect(() => checkWindows([])).toThrow(RangeError);
    expect(() => checkWindows([{ limit: 0, intervalMs: 10 }])).toThrow(RangeError);
    expect(() => checkWindows([{ limit: 2, intervalMs: -1 }])).toThrow(RangeError);
    expect(() => checkWindows([{ limit: 2, intervalMs: Number.NaN }])).toThrow(RangeError);
  });
});
