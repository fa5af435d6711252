import { err, errAsync, ok, okAsync } from "neverthrow";
import { describe, expect, it, vi } from "vitest";
import { NormalizedError, withRetry } from "@errnorm/core";

const rateLimited = (retryAfterMs?: number) =>
  new NormalizedError({
    vendor: "talentlms",
    category: "rate_limited",
    reason: "RATE_LIMITED",
    message: "429",
    status: 429,
    retryAfterMs,
  });
const business = new NormalizedError({
  vendor: "talview",
  category: "business_rule",
  reason: "SLOT_UNAVAILABLE",
  message: "m",
  status: 200,
});

const noSleep = { sleep: async () => {} };

describe("withRetry", () => {
  it("retries a retryable error, waits at least retryAfterMs, and succeeds", async () => {
    const waits: number[] = [];
    const op = vi
      .fn()
      .mockReturnValueOnce(errAsync(rateLimited(1_500)))
      .mockReturnValueOnce(okAsync("done"));
    const result = await withRetry(op, { sleep: async (ms) => void waits.push(ms), random: () => 0 });
    expect(result._unsafeUnwrap()).toBe("done");
    expect(waits).toEqual([1_500]);
    expect(op).toHaveBeenNthCalledWith(2, 2);
  });

  it("returns a non-retryable error after exactly one attempt, with attempts recorded", async () => {
    const op = vi.fn(() => Promise.resolve(err(business)));
    const result = await withRetry(op, noSleep);
    expect(op).toHaveBeenCalledTimes(1);
    expect(result._unsafeUnwrapErr()).toMatchObject({ reason: "SLOT_UNAVAILABLE", attempts: 1 });
  });

  it("stops at maxAttempts and reports them; onRetry sees each wait", async () => {
    const onRetry = vi.fn();
    const op = vi.fn(() => errAsync(rateLimited()));
    const result = await withRetry(op, { ...noSleep, maxAttempts: 4, onRetry });
    expect(op).toHaveBeenCalledTimes(4);
    expect(onRetry).toHaveBeenCalledTimes(3);
    expect(result._unsafeUnwrapErr().attempts).toBe(4);
  });

  it("ends with the error instead of sleeping past maxDelayMs", async () => {
    const sleep = vi.fn(async () => {});
    const result = await withRetry(() => errAsync(rateLimited(3_600_000)), { sleep, maxDelayMs: 30_000 });
    expect(sleep).not.toHaveBeenCalled();
    expect(result._unsafeUnwrapErr()).toMatchObject({ category: "rate_limited", attempts: 1 });
  });

  it("an abort during the wait returns a cancelled error at once", async () => {
    const controller = new AbortController();
    const pending = withRetry(() => errAsync(rateLimited(10_000)), { signal: controller.signal, maxDelayMs: 60_000 });
    setTimeout(() => controller.abort(), 20);
    const result = await pending;
    expect(result._unsafeUnwrapErr()).toMatchObject({
      category: "cancelled",
      reason: "CANCELLED",
      vendor: "talentlms",
      attempts: 1,
    });
  });

  it("normalizes an operation that throws instead of returning a Result", async () => {
    const result = await withRetry(
      () => {
        throw new TypeError("fetch failed", { cause: Object.assign(new Error("refused"), { code: "ECONNREFUSED" }) });
      },
      { ...noSleep, vendor: "talview", maxAttempts: 2 },
    );
    expect(result._unsafeUnwrapErr()).toMatchObject({ vendor: "talview", reason: "CONNECTION_REFUSED", attempts: 2 });
  });

  it("accepts a promise of a Result", async () => {
    expect((await withRetry(async () => ok(1))).isOk()).toBe(true);
  });
});
