import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { err, ok } from "neverthrow";
import { CATEGORIES, CATEGORY_POLICY, type Category, NormalizedError, withRetry } from "@errnorm/core";
import { decideRetry, RETRY_DEFAULTS } from "@errnorm/core/internal/retry-policy";

const RETRYABLE = CATEGORIES.filter((c) => CATEGORY_POLICY[c].retryable);
const NOT_RETRYABLE = CATEGORIES.filter((c) => !CATEGORY_POLICY[c].retryable);

const errorOf = (categories: readonly Category[], retryAfterMs: fc.Arbitrary<number | undefined>) =>
  fc
    .record({
      category: fc.constantFrom(...categories),
      status: fc.constantFrom(0, 400, 429, 500, 502, 503, 504),
      reason: fc.constantFrom("CONNECTION_REFUSED", "CONNECTION_RESET", "DNS_FAILURE", "TIMEOUT", "HTTP_X"),
      retryAfterMs,
    })
    .map((r) => new NormalizedError({ vendor: "v", message: "m", ...r }));

const errorArb = errorOf(CATEGORIES, fc.option(fc.nat({ max: 100_000 }), { nil: undefined }));

const optionsArb = fc.record({
  maxAttempts: fc.integer({ min: 1, max: 8 }),
  baseDelayMs: fc.nat({ max: 2_000 }),
  maxDelayMs: fc.nat({ max: 60_000 }),
  idempotent: fc.boolean(),
});

const dice = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });

/** An attempt that is not the last one, with idempotent options: the policy may retry. */
const openAttempt = fc
  .record({ attempt: fc.integer({ min: 1, max: 7 }), more: fc.integer({ min: 1, max: 5 }), options: optionsArb })
  .map(({ attempt, more, options }) => ({
    attempt,
    options: { ...options, idempotent: true, maxAttempts: attempt + more },
  }));

describe("decideRetry (the retry policy, with injected dice)", () => {
  test.prop([openAttempt, fc.option(fc.nat({ max: 60_000 }), { nil: undefined }), fc.constantFrom(...RETRYABLE), dice])(
    "a retryable error whose retryAfterMs fits under the cap is retried after a wait in [retryAfterMs, maxDelayMs]",
    ({ attempt, options }, wait, category, roll) => {
      const retryAfterMs = wait === undefined ? undefined : Math.min(wait, options.maxDelayMs);
      const error = new NormalizedError({
        vendor: "v",
        message: "m",
        category,
        reason: "X",
        status: 500,
        retryAfterMs,
      });
      const d = decideRetry(error, attempt, options, () => roll);
      expect(d.retry).toBe(true);
      const { delayMs } = d as { delayMs: number };
      expect(delayMs).toBeGreaterThanOrEqual(retryAfterMs ?? 0);
      expect(delayMs).toBeLessThanOrEqual(options.maxDelayMs);
    },
  );

  test.prop([openAttempt, fc.integer({ min: 1, max: 100_000 }), fc.constantFrom(...RETRYABLE), dice])(
    "a retryAfterMs above maxDelayMs ends the retries instead of waiting",
    ({ attempt, options }, over, category, roll) => {
      const retryAfterMs = options.maxDelayMs + over;
      const error = new NormalizedError({
        vendor: "v",
        message: "m",
        category,
        reason: "X",
        status: 429,
        retryAfterMs,
      });
      expect(decideRetry(error, attempt, options, () => roll)).toEqual({
        retry: false,
        why: "retry_after_exceeds_cap",
      });
    },
  );

  test.prop([errorArb, optionsArb, fc.nat({ max: 12 })])(
    "never retries at or past maxAttempts",
    (error, options, past) => {
      expect(decideRetry(error, options.maxAttempts + past, options).retry).toBe(false);
    },
  );

  test.prop([errorOf(NOT_RETRYABLE, fc.constant(undefined)), optionsArb, fc.integer({ min: 1, max: 10 })])(
    "a non-retryable error is never retried",
    (error, options, attempt) => {
      expect(decideRetry(error, attempt, options)).toEqual({ retry: false, why: "not_retryable" });
    },
  );

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

  /** Runs `withRetry` over scripted outcomes with a recording clock. */
  const script = async (
    outcomes: readonly ("ok" | NormalizedError)[],
    options: typeof optionsArb extends fc.Arbitrary<infer O> ? O : never,
    roll: number,
  ) => {
    const waits: number[] = [];
    let calls = 0;
    const result = await withRetry(
      async () => {
        const outcome = outcomes[Math.min(calls, outcomes.length - 1)];
        calls += 1;
        return outcome === "ok" || outcome === undefined ? ok("done") : err(outcome);
      },
      { ...options, sleep: async (ms) => void waits.push(ms), random: () => roll },
    );
    return { result, waits, calls };
  };

  test.prop([outcomeArb, optionsArb, dice])(
    "attempts never exceed maxAttempts, and every wait follows a failure, lies in [0, maxDelayMs] and honours its retryAfterMs",
    async (outcomes, options, roll) => {
      const { waits, calls } = await script(outcomes, options, roll);
      expect(calls).toBeLessThanOrEqual(options.maxAttempts);
      expect(waits.length).toBe(calls - 1);
      waits.forEach((ms, i) => {
        const failed = outcomes[Math.min(i, outcomes.length - 1)];
        expect(failed).toBeInstanceOf(NormalizedError);
        expect(ms).toBeGreaterThanOrEqual((failed as NormalizedError).retryAfterMs ?? 0);
        expect(ms).toBeLessThanOrEqual(options.maxDelayMs);
      });
    },
  );

  test.prop([fc.array(errorArb, { minLength: 1, maxLength: 12 }), optionsArb, dice])(
    "when every attempt fails, the error returned carries the number of attempts made",
    async (outcomes, options, roll) => {
      const { result, calls } = await script(outcomes, options, roll);
      expect(result._unsafeUnwrapErr().attempts).toBe(calls);
    },
  );

  test.prop([errorOf(NOT_RETRYABLE, fc.constant(undefined)), outcomeArb, optionsArb, dice])(
    "a non-retryable first error ends at once",
    async (first, rest, options, roll) => {
      const { result, calls } = await script([first, ...rest], options, roll);
      expect(calls).toBe(1);
      expect(result._unsafeUnwrapErr().reason).toBe(first.reason);
    },
  );
});
