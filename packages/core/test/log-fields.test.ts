// Issue 13: toLogFields is the recommended log shape, and pino's default `err` serializer on a NormalizedError gives
// the same fields plus the stack, with no secret and no personal data (pino writing to a memory stream).
import { Writable } from "node:stream";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { NormalizedError, toLogFields } from "@errnorm/core";

const SECRET = "sk_live_9aB8cD7eF6gH5iJ4";
const EMAIL = "jane.private@example.com";

const failed = (): NormalizedError =>
  new NormalizedError({
    vendor: "talview",
    category: "rate_limited",
    reason: "RATE_LIMITED",
    message: `Too many requests for ${EMAIL}`,
    status: 429,
    retryAfterMs: 2_000,
    traceId: "77020d7cb1",
    operation: "booking_create",
    attempts: 3,
    raw: { message: "slow down", email: EMAIL },
    cause: Object.assign(new Error(`upstream said no to Bearer ${SECRET}`), {
      config: { headers: { Authorization: `Bearer ${SECRET}` }, data: { email: EMAIL } },
    }),
  });

/** A pino logger writing JSON lines into an array. */
const memoryLogger = (): { logger: pino.Logger; lines: () => Record<string, unknown>[]; text: () => string } => {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  const logger = pino({ base: null, timestamp: false }, stream);
  const text = () => chunks.join("");
  return {
    logger,
    text,
    lines: () =>
      text()
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
};

describe("toLogFields", () => {
  it("is flat and stable: the same keys in the same order, optional ones only when set", () => {
    const e = failed();
    expect(toLogFields(e)).toEqual({
      vendor: "talview",
      category: "rate_limited",
      reason: "RATE_LIMITED",
      retryable: true,
      action: "retry",
      status: 429,
      traceId: "77020d7cb1",
      operation: "booking_create",
      attempts: 3,
      retryAfterMs: 2_000,
      message: "Too many requests for [PERSONAL]",
    });
    expect(Object.keys(toLogFields(e))).toEqual(Object.keys(toLogFields(failed())));
    const bare = new NormalizedError({
      vendor: "talentlms",
      category: "network",
      reason: "X",
      message: "m",
      status: 0,
    });
    expect(Object.keys(toLogFields(bare))).toEqual([
      "vendor",
      "category",
      "reason",
      "retryable",
      "action",
      "status",
      "message",
    ]);
    for (const value of Object.values(toLogFields(e))) expect(typeof value).not.toBe("object");
  });
});

describe("pino", () => {
  it("logger.error({ err }) with pino's default serializer gives every log field and the stack, and no secret", () => {
    const { logger, lines, text } = memoryLogger();
    const e = failed();
    logger.error({ err: e }, "talview call failed");
    const [line] = lines();
    const err = line?.err as Record<string, unknown>;
    const { message: _m, ...fields } = toLogFields(e);
    expect(err).toMatchObject({ type: "NormalizedError", ...fields });
    expect(err.message).toContain("Too many requests for [PERSONAL]");
    expect(String(err.stack)).toMatch(/^NormalizedError: Too many requests for \[PERSONAL\]\n\s+at /);
    expect(String(err.stack)).toContain("caused by: Error: upstream said no to Bearer [REDACTED]");
    expect(text()).not.toContain(SECRET);
    expect(text()).not.toContain(EMAIL);
  });

  it("logger.warn(toLogFields(err)) writes the same fields at the top level", () => {
    const { logger, lines } = memoryLogger();
    const e = failed();
    logger.warn(toLogFields(e), "talview call failed");
    expect(lines()[0]).toMatchObject({ ...toLogFields(e), msg: "talview call failed" });
  });

  it("logging the same error twice works (pino tags and untags it)", () => {
    const { logger, lines } = memoryLogger();
    const e = failed();
    logger.error(e);
    logger.error({ err: e });
    expect(lines().map((l) => (l.err as { reason?: string } | undefined)?.reason ?? l.reason)).toEqual([
      "RATE_LIMITED",
      "RATE_LIMITED",
    ]);
  });
});
