import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { err, ok } from "neverthrow";
import { CATEGORIES, NormalizedError, withRetry } from "@errnorm/core";
import { decideRetry, RETRY_DEFAULTS } from "@errnorm/core/internal/retry-policy";

const errorArb = fc
  .record({
    category: fc.constantFrom(...CATEGORIES),
    status: fc.constantFrom(0, 400, 429, 500, 502, 503, 504),
    reason: fc.constantFrom("CONNECTION_REFUSED", "CONNECTION_RESET", "DNS_FAILURE", "TIMEOUT", "HTTP_X"),
    retryAfterMs: fc.option(fc.nat({ max: 100_000 }), { nil: undefined }),
  })
  .map((r) => new NormalizedError({ vendor: "v", message: "m", ...r }));

const optionsArb = fc.record({
  maxAttempts: fc.integer({ min: 1, max: 8 }),
  baseDelayMs: fc.nat({ max: 2_000 }),
  maxDelayMs: fc.nat({ max: 60_000 }),
  idempotent: fc.boolean(),
});

describe("decideRetry (the retry policy, with injected dice)", () => {
  test.prop([
    errorArb,
    fc.integer({ min: 1, max: 10 }),
    optionsArb,
    fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
  ])(
    "delays always lie in [0, maxDelayMs] and never below retryAfterMs when that is below the cap",
    (error, attempt, options, dice) => {
      const d = decideRetry(error, attempt, options, () => dice);
      if (d.retry) {
        expect(d.delayMs).toBeGreaterThanOrEqual(0);
        expect(d.delayMs).toBeLessThanOrEqual(options.maxDelayMs);
        if (error.retryAfterMs !== undefined) expect(d.delayMs).toBeGreaterThanOrEqual(error.retryAfterMs);
      } else if (d.why === "retry_after_exceeds_cap") {
        expect(error.retryAfterMs).toBeGreaterThan(options.maxDelayMs);
      }
    },
  );

  test.prop([errorArb, fc.integer({ min: 1, max: 20 }), optionsArb])(
    "never retries at or past maxAttempts",
    (error, attempt, options) => {
      if (attempt >= options.maxAttempts) expect(decideRetry(error, attempt, options).retry).toBe(false);
    },
  );

  test.prop([errorArb, optionsArb])("a non-retryable error is never retried", (error, options) => {
    if (!error.retryable) expect(decideRetry(error, 1, options)).toEqual({ retry: false, why: "not_retryable" });
  });

  it("without idempotency only failures that prove the request was not processed are retried", () => {
    const make = (
      status: number,
      reason: string,
      category: "network" | "rate_limited" | "unavailable" | "timeout" | "server",
    ) => new NormalizedError({ vendor: "v", category, reason, message: "m", status });
    const opts = { idempotent: false, maxAttempts: 3 };
    expect(decideRetry(make(0, "CONNECTION_REFUSED", "network"), 1, opts).retry).toBe(true);
    expect(decideRetry(make(0, "DNS_FAILURE", "network"), 1, opts).retry).toBe(true);
    expect(decideRetry(make(429, "HTTP_429", "rate_limited"), 1, opts).retry).toBe(true);
    expect(decideRetry(make(503, "HTTP_503", "unavailable"), 1, opts).retry).toBe(true);
    expect(decideRetry(make(0, "CONNECTION_RESET", "network"), 1, opts)).toEqual({
      retry: false,
      why: "not_idempotent",
    });
    expect(decideRetry(make(0, "TIMEOUT", "timeout"), 1, opts)).toEqual({ retry: false, why: "not_idempotent" });
    expect(decideRetry(make(500, "HTTP_500", "server"), 1, { ...opts, idempotent: true }).retry).toBe(true);
  });

  it("full jitter: the wait grows with the attempt up to the cap", () => {
    const e = new NormalizedError({ vendor: "v", category: "rate_limited", reason: "R", message: "m", status: 429 });
    const top = (attempt: number) =>
      decideRetry(e, attempt, { maxAttempts: 99, baseDelayMs: 100, maxDelayMs: 1_000 }, () => 0.999999);
    expect([1, 2, 3, 4, 5].map((a) => (top(a) as { delayMs: number }).delayMs)).toEqual([99, 199, 399, 799, 999]);
    expect(RETRY_DEFAULTS.maxAttempts).toBe(3);
  });
});

describe("withRetry with an injected clock (fast-check)", () => {
  const outcomeArb = fc.array(fc.oneof(fc.constant("ok" as const), errorArb), { minLength: 1, maxLength: 12 });

  test.prop([outcomeArb, optionsArb, fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true })])(
    "attempts never exceed maxAttempts, every wait lies in [0, maxDelayMs] and honours retryAfterMs, a non-retryable error ends at once",
    async (outcomes, options, dice) => {
      const waits: number[] = [];
      let calls = 0;
      const result = await withRetry(
        async () => {
          const outcome = outcomes[Math.min(calls, outcomes.length - 1)];
          calls += 1;
          return outcome === "ok" || outcome === undefined ? ok("done") : err(outcome);
        },
        { ...options, sleep: async (ms) => void waits.push(ms), random: () => dice },
      );
      expect(calls).toBeLessThanOrEqual(options.maxAttempts);
      expect(waits.length).toBe(calls - 1);
      waits.forEach((ms, i) => {
        expect(ms).toBeGreaterThanOrEqual(0);
        expect(ms).toBeLessThanOrEqual(options.maxDelayMs);
        const failed = outcomes[Math.min(i, outcomes.length - 1)];
        if (failed !== "ok" && failed?.retryAfterMs !== undefined)
          expect(ms).toBeGreaterThanOrEqual(failed.retryAfterMs);
      });
      if (result.isErr()) {
        expect(result.error.attempts).toBe(calls);
        const first = outcomes[0];
        if (first !== "ok" && first !== undefined && !first.retryable) expect(calls).toBe(1);
      }
    },
  );
});
