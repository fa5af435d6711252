import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { CATEGORY_POLICY, isNormalizedError, LIMITS, NormalizedError, originalCause } from "@errnorm/core";
import { toReason } from "@errnorm/core/adapter";
import { initOf, NORMALIZED_ERROR_BRAND } from "@errnorm/core/internal/error";

const base = {
  vendor: "talview",
  category: "rate_limited",
  reason: "HTTP_429",
  message: "Too many",
  status: 429,
} as const;

describe("NormalizedError", () => {
  it("fills retryable, action and userMessage from the category policy", () => {
    const e = new NormalizedError(base);
    expect(e).toMatchObject({ retryable: true, action: "retry", name: "NormalizedError", message: "Too many" });
    expect(e.userMessage).toMatch(/busy/);
    expect(e).toBeInstanceOf(Error);
    expect(Object.keys(e)).not.toContain("retryAfterMs");
  });

  it("takes a localized message catalog", () => {
    const e = new NormalizedError({ ...base, messages: { rate_limited: "Trop de requêtes" } });
    expect(e.userMessage).toBe("Trop de requêtes");
  });

  it("is immutable", () => {
    const e = new NormalizedError({ ...base, rateLimit: { limit: 1, remaining: 0 }, raw: { a: { b: 1 } } });
    expect(() => {
      (e as { category: string }).category = "server";
    }).toThrow(TypeError);
    expect(Object.isFrozen(e.rateLimit)).toBe(true);
    expect(Object.isFrozen((e.raw as { a: object }).a)).toBe(true);
  });

  it("bounds the message and user message", () => {
    const e = new NormalizedError({ ...base, message: "x".repeat(50_000), userMessage: "y".repeat(5_000) });
    expect(e.message.length).toBeLessThanOrEqual(LIMITS.messageLength);
    expect(e.userMessage.length).toBeLessThanOrEqual(LIMITS.userMessageLength);
  });

  it("falls back to the reason when the message is empty, and shapes a bad reason", () => {
    const e = new NormalizedError({ ...base, message: "", reason: "validation-failed" });
    expect(e.reason).toBe("VALIDATION_FAILED");
    expect(e.message).toBe("VALIDATION_FAILED");
  });

  it("is recognised by brand: instanceof and isNormalizedError work for another copy's errors", () => {
    const foreign = Object.create(Object.create(Error.prototype, { [NORMALIZED_ERROR_BRAND]: { value: true } }));
    expect(isNormalizedError(foreign)).toBe(true);
    expect(foreign instanceof NormalizedError).toBe(true);
    expect(isNormalizedError(new Error("x"))).toBe(false);
    expect(new Error("x") instanceof NormalizedError).toBe(false);
    expect(isNormalizedError(null)).toBe(false);
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error("trap");
        },
      },
    );
    expect(isNormalizedError(hostile)).toBe(false);
  });

  it("keeps a redacted copy of the cause and the original only through originalCause", () => {
    const original = Object.assign(new Error("boom token=abcdef123456"), {
      code: "ECONNRESET",
      config: { headers: { "X-API-Key": "key-1234567890" } },
    });
    const e = new NormalizedError({ ...base, cause: original });
    expect(e.cause).not.toBe(original);
    expect((e.cause as Error).message).toBe("boom token=[REDACTED]");
    expect((e.cause as { code?: string }).code).toBe("ECONNRESET");
    expect(inspect(e, { depth: Infinity })).not.toContain("key-1234567890");
    expect(originalCause(e)).toBe(original);
  });

  it("with() changes fields and keeps the original cause", () => {
    const original = new Error("x");
    const e = new NormalizedError({ ...base, cause: original });
    const next = e.with({ attempts: 3 });
    expect(next.attempts).toBe(3);
    expect(next.reason).toBe(e.reason);
    expect(originalCause(next)).toBe(original);
    expect(initOf(next).attempts).toBe(3);
  });

  it("keeps the stack the Error constructor records, opts out with stackTraceLimit = 0, restores the global", () => {
    const before = Error.stackTraceLimit;
    const here = new NormalizedError(base);
    expect(here.stack).toMatch(/^NormalizedError: /);
    expect(here.stack).toMatch(/\n\s+at .*error\.test\.ts/);
    NormalizedError.stackTraceLimit = 0;
    try {
      expect(new NormalizedError(base).stack).not.toMatch(/\n\s+at /);
    } finally {
      NormalizedError.stackTraceLimit = undefined;
    }
    expect(Error.stackTraceLimit).toBe(before);
  });

  it("respects the global Error.stackTraceLimit when it has no limit of its own", () => {
    const before = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      expect(new NormalizedError(base).stack).not.toMatch(/\n\s+at /);
    } finally {
      Error.stackTraceLimit = before;
    }
  });

  it("is named NormalizedError wherever a printer looks (class, prototype, inspect)", () => {
    expect(NormalizedError.name).toBe("NormalizedError");
    expect(inspect(new NormalizedError(base))).toMatch(/^NormalizedError: /);
  });

  it("drops invalid numbers instead of keeping them", () => {
    const e = new NormalizedError({
      ...base,
      status: Number.NaN,
      retryAfterMs: -5,
      attempts: 0,
      rateLimit: { limit: Number.NaN },
    });
    expect(e.status).toBe(0);
    expect(e.retryAfterMs).toBeUndefined();
    expect(e.attempts).toBeUndefined();
    expect(e.rateLimit).toBeUndefined();
  });

  it("every category has a policy whose retryability matches the documented list", () => {
    const retryable = Object.entries(CATEGORY_POLICY)
      .filter(([, p]) => p.retryable)
      .map(([c]) => c);
    expect(retryable.sort()).toEqual(["network", "rate_limited", "server", "timeout", "unavailable"]);
  });
});

describe("toReason", () => {
  it.each([
    ["validation-failed", "VALIDATION_FAILED"],
    ["Slot unavailable!", "SLOT_UNAVAILABLE"],
    ["422", "UNKNOWN"],
    ["", "UNKNOWN"],
    ["__a__", "A"],
  ])("%s -> %s", (input, expected) => expect(toReason(input)).toBe(expected));
});
