// Issue 13: recordError against the real OpenTelemetry SDK (BasicTracerProvider, SimpleSpanProcessor, in-memory
// exporter): status ERROR with the developer message, every attribute the issue names, an exception event only on
// request, and withRetry with a span: attempts as events, only the final failure recorded.
import { type Span, SpanStatusCode } from "@opentelemetry/api";
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  type ReadableSpan,
  SimpleSpanProcessor,
} from "@opentelemetry/sdk-trace-base";
import { err, ok, type Result } from "neverthrow";
import { afterEach, describe, expect, it } from "vitest";
import { NormalizedError, type NormalizedErrorInit, withRetry } from "@errnorm/core";
import { recordError } from "@errnorm/core/otel";

const exporter = new InMemorySpanExporter();
const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
const tracer = provider.getTracer("errnorm-test");

afterEach(() => exporter.reset());

/** Runs `body` in a fresh span, ends it, and returns what the SDK exported. */
const traced = async (body: (span: Span) => unknown): Promise<ReadableSpan> => {
  const span = tracer.startSpan("vendor call");
  await body(span);
  span.end();
  const spans = exporter.getFinishedSpans();
  expect(spans).toHaveLength(1);
  return spans[0] as ReadableSpan;
};

const SECRET = "tok_5Hq2Lm9Xz7Pw3Rk8";
const EMAIL = "jane.private@example.com";

// Shaped as the adapters build them; the adapters' own errors go through recordError in packages/hardening.
const talentlmsRateLimited: NormalizedErrorInit = {
  vendor: "talentlms",
  category: "rate_limited",
  reason: "RATE_LIMITED",
  message: `Too many requests (X-API-Key ${SECRET})`,
  status: 429,
  retryAfterMs: 5_000,
  traceId: "req_8f2a",
  secrets: [SECRET],
};
const talviewNetwork: NormalizedErrorInit = {
  vendor: "talview",
  category: "network",
  reason: "CONNECTION_REFUSED",
  message: `connect ECONNREFUSED while booking for ${EMAIL}`,
  status: 0,
  operation: "booking_create",
};

describe("recordError", () => {
  it("with a response: status ERROR + message, every attribute, no exception event", async () => {
    const error = new NormalizedError({ ...talentlmsRateLimited, attempts: 2 });
    const span = await traced((s) => recordError(s, error));
    expect(span.status).toEqual({ code: SpanStatusCode.ERROR, message: "Too many requests (X-API-Key [REDACTED])" });
    expect(span.attributes).toEqual({
      "error.type": "RATE_LIMITED",
      "errnorm.vendor": "talentlms",
      "errnorm.category": "rate_limited",
      "errnorm.retryable": true,
      "errnorm.action": "retry",
      "errnorm.trace_id": "req_8f2a",
      "http.response.status_code": 429,
      "errnorm.attempts": 2,
      "errnorm.retry_after_ms": 5_000,
    });
    expect(span.events).toEqual([]);
  });

  it("without a response: no status code, trace id, attempts or retry-after attributes", async () => {
    const span = await traced((s) => recordError(s, new NormalizedError(talviewNetwork)));
    expect(span.status).toEqual({
      code: SpanStatusCode.ERROR,
      message: "connect ECONNREFUSED while booking for [PERSONAL]",
    });
    expect(span.attributes).toEqual({
      "error.type": "CONNECTION_REFUSED",
      "errnorm.vendor": "talview",
      "errnorm.category": "network",
      "errnorm.retryable": true,
      "errnorm.action": "retry",
    });
  });

  it("adds an exception event only with exceptionEvent: true, secret-free", async () => {
    const error = new NormalizedError(talentlmsRateLimited);
    const span = await traced((s) => recordError(s, error, { exceptionEvent: true }));
    expect(span.events.map((e) => e.name)).toEqual(["exception"]);
    const attributes = span.events[0]?.attributes ?? {};
    expect(attributes["exception.message"]).toBe("Too many requests (X-API-Key [REDACTED])");
    expect(attributes["exception.type"]).toBe("NormalizedError");
    expect(JSON.stringify(span.events)).not.toContain(SECRET);
  });

  it("never throws, even on a span whose methods throw", () => {
    const broken = new Proxy(
      {},
      {
        get: () => () => {
          throw new Error("broken span");
        },
      },
    );
    expect(() => recordError(broken as never, new NormalizedError(talviewNetwork))).not.toThrow();
  });
});

describe("withRetry with a span", () => {
  const results = (...steps: (NormalizedErrorInit | "ok")[]) => {
    let i = 0;
    return async (): Promise<Result<string, NormalizedError>> => {
      const step = steps[i++] ?? "ok";
      return step === "ok" ? ok("done") : err(new NormalizedError(step));
    };
  };
  const noWait = { sleep: async () => {}, random: () => 0.5, idempotent: true, maxAttempts: 3 } as const;

  it("three failures: three attempt events, and one error recorded with attempts = 3", async () => {
    const seen: number[] = [];
    const span = await traced(async (s) => {
      const result = await withRetry(results(talentlmsRateLimited, talentlmsRateLimited, talviewNetwork), {
        ...noWait,
        maxDelayMs: 60_000,
        span: s,
        onAttempt: ({ attempt }) => seen.push(attempt),
      });
      expect(result.isErr()).toBe(true);
    });
    expect(seen).toEqual([1, 2, 3]);
    expect(
      span.events.map((e) => [e.name, e.attributes?.["errnorm.attempt"], e.attributes?.["errnorm.will_retry"]]),
    ).toEqual([
      ["errnorm.attempt_failed", 1, true],
      ["errnorm.attempt_failed", 2, true],
      ["errnorm.attempt_failed", 3, false],
    ]);
    expect(span.events[0]?.attributes).toMatchObject({
      "error.type": "RATE_LIMITED",
      "http.response.status_code": 429,
      "errnorm.retry_delay_ms": 5_000,
    });
    expect(span.status.code).toBe(SpanStatusCode.ERROR);
    expect(span.attributes).toMatchObject({ "error.type": "CONNECTION_REFUSED", "errnorm.attempts": 3 });
  });

  it("a failure then a success: one attempt event, status left unset, no error attributes", async () => {
    const span = await traced(async (s) => {
      const result = await withRetry(results(talviewNetwork, "ok"), { ...noWait, span: s });
      expect(result._unsafeUnwrap()).toBe("done");
    });
    expect(span.events).toHaveLength(1);
    expect(span.status.code).toBe(SpanStatusCode.UNSET);
    expect(span.attributes["error.type"]).toBeUndefined();
  });

  it("a cancelled wait records the cancellation as the one error", async () => {
    const controller = new AbortController();
    const span = await traced(async (s) => {
      const result = await withRetry(results(talviewNetwork, talviewNetwork), {
        ...noWait,
        signal: controller.signal,
        span: s,
        sleep: async () => {
          controller.abort();
          throw new Error("aborted");
        },
      });
      expect(result._unsafeUnwrapErr().category).toBe("cancelled");
    });
    expect(span.attributes).toMatchObject({ "error.type": "CANCELLED", "errnorm.category": "cancelled" });
    expect(span.events).toHaveLength(1);
  });
});
