import { type NormalizedError, withRetry } from "@errnorm/core";
import { afterAll, describe, test } from "vitest";
import { stopApolloClients } from "./support/clients.js";
import { TARGETS } from "./support/targets.js";

afterAll(stopApolloClients);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.concurrent.each(TARGETS)("withRetry against the $name", (target) => {
  test("a 429 with Retry-After: 1 is retried after the wait and succeeds (even without idempotent)", async ({
    expect,
    onTestFinished,
  }) => {
    const h = await target.start();
    onTestFinished(() => h.close());
    h.failNext(1, { type: "rateLimited", retryAfterSeconds: 1 });
    const delays: number[] = [];
    const result = await withRetry(() => h.read(), { onRetry: (_e, _n, delayMs) => delays.push(delayMs) });
    expect(result.isOk()).toBe(true);
    expect(delays).toEqual([1_000]);
    const [first, second, ...more] = h.arrivals();
    expect(more).toEqual([]);
    // Date.now() has 1 ms steps and timers may fire within them
    expect((second ?? 0) - (first ?? 0)).toBeGreaterThanOrEqual(990);
  });

  test("a Retry-After beyond maxDelayMs ends the retries at once with the 429", async ({ expect, onTestFinished }) => {
    const h = await target.start();
    onTestFinished(() => h.close());
    h.failNext(1, { type: "rateLimited", retryAfterSeconds: 30 });
    const result = await withRetry(() => h.read(), { maxDelayMs: 5_000 });
    expect(result._unsafeUnwrapErr()).toMatchObject({ category: "rate_limited", retryAfterMs: 30_000, attempts: 1 });
    expect(h.arrivals()).toHaveLength(1);
  });

  test("a business failure is never retried", async ({ expect, onTestFinished }) => {
    const h = await target.start();
    onTestFinished(() => h.close());
    const retried: NormalizedError[] = [];
    const result = await withRetry(() => h.business(), {
      maxAttempts: 5,
      idempotent: true,
      onRetry: (e) => retried.push(e),
    });
    const error = result._unsafeUnwrapErr();
    expect(error).toMatchObject({ category: h.businessCategory, retryable: false, attempts: 1 });
    expect(retried).toEqual([]);
    expect(h.arrivals()).toHaveLength(1);
  });

  test.for([1, 2, 4])(
    "maxAttempts %i holds against a server that keeps failing",
    async (maxAttempts, { expect, onTestFinished }) => {
      const h = await target.start();
      onTestFinished(() => h.close());
      h.failNext(10, { type: "status500" });
      const result = await withRetry(() => h.read(), { maxAttempts, baseDelayMs: 5, idempotent: true });
      expect(result._unsafeUnwrapErr()).toMatchObject({ category: "server", status: 500, attempts: maxAttempts });
      expect(h.arrivals()).toHaveLength(maxAttempts);
    },
  );

  test("a dropped connection is resent only when the call is idempotent", async ({ expect, onTestFinished }) => {
    const h = await target.start();
    onTestFinished(() => h.close());
    h.failNext(1, { type: "drop" });
    const once = await withRetry(() => h.read(), { baseDelayMs: 5 });
    expect(once._unsafeUnwrapErr()).toMatchObject({ category: "network", reason: "CONNECTION_RESET", attempts: 1 });
    h.failNext(1, { type: "drop" });
    const twice = await withRetry(() => h.read(), { baseDelayMs: 5, idempotent: true });
    expect(twice.isOk()).toBe(true);
    expect(h.arrivals()).toHaveLength(3);
  });

  test("an abort during the backoff returns a cancelled error promptly and sends nothing more", async ({
    expect,
    onTestFinished,
  }) => {
    const h = await target.start();
    onTestFinished(() => h.close());
    h.failNext(1, { type: "rateLimited", retryAfterSeconds: 10 });
    const controller = new AbortController();
    const result = withRetry(() => h.read(), {
      signal: controller.signal,
      maxDelayMs: 30_000,
      onRetry: () => setTimeout(() => controller.abort(), 50),
    });
    const error = (await result)._unsafeUnwrapErr();
    expect(error).toMatchObject({ category: "cancelled", reason: "CANCELLED", attempts: 1 });
    await sleep(100);
    expect(h.arrivals()).toHaveLength(1);
  });
});
