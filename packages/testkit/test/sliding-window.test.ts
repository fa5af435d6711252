import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { SlidingWindow } from "../src/shared/sliding-window.js";

describe("SlidingWindow", () => {
  test.prop([
    fc.integer({ min: 1, max: 10 }),
    fc.integer({ min: 1, max: 500 }),
    fc.array(fc.integer({ min: 0, max: 200 }), { maxLength: 200 }),
  ])("never admits more than limit requests in any window of windowMs", (limit, windowMs, gaps) => {
    const window = new SlidingWindow(limit, windowMs);
    let now = 0;
    const admitted: number[] = [];
    for (const gap of gaps) {
      now += gap;
      const state = window.admit(now);
      if (state.admitted) admitted.push(now);
      expect(state.remaining).toBeGreaterThanOrEqual(0);
      expect(state.remaining).toBeLessThanOrEqual(limit);
    }
    for (const start of admitted) {
      expect(admitted.filter((t) => t >= start && t < start + windowMs).length).toBeLessThanOrEqual(limit);
    }
  });

  test.prop([
    fc.integer({ min: 1, max: 10 }),
    fc.integer({ min: 1, max: 500 }),
    fc.array(fc.integer({ min: 0, max: 200 }), { maxLength: 100 }),
  ])("a request is refused only when limit requests were admitted in the last windowMs", (limit, windowMs, gaps) => {
    const window = new SlidingWindow(limit, windowMs);
    let now = 0;
    const admitted: number[] = [];
    for (const gap of gaps) {
      now += gap;
      const inWindow = admitted.filter((t) => t > now - windowMs).length;
      const state = window.admit(now);
      expect(state.admitted).toBe(inWindow < limit);
      if (state.admitted) admitted.push(now);
    }
  });

  it("peek() reports without counting; clear() empties the window", () => {
    const window = new SlidingWindow(2, 100);
    expect(window.peek(0).remaining).toBe(2);
    window.admit(0);
    expect(window.peek(10)).toEqual({ limit: 2, remaining: 1, resetAt: 100 });
    window.clear();
    expect(window.peek(10).remaining).toBe(2);
  });

  it("rejects nonsense limits", () => {
    expect(() => new SlidingWindow(0, 100)).toThrow(RangeError);
    expect(() => new SlidingWindow(1, 0)).toThrow(RangeError);
  });
});
