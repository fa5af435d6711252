import { describe, expect, it } from "vitest";
import { NormalizedError } from "@errnorm/core";
import { classifyTransportError, normalizeThrown } from "@errnorm/core/adapter";
import { NOT_PROCESSED_REASONS, TRANSPORT_CODES } from "@errnorm/core/internal/transport";

const withCode = (code: string) => Object.assign(new Error(`connect ${code} 127.0.0.1:1`), { code });

describe("classifyTransportError", () => {
  it("AbortError is cancelled, TimeoutError is timeout", () => {
    expect(classifyTransportError(new DOMException("aborted", "AbortError"))).toMatchObject({
      category: "cancelled",
      reason: "CANCELLED",
    });
    expect(classifyTransportError(new DOMException("t", "TimeoutError"))).toMatchObject({
      category: "timeout",
      reason: "TIMEOUT",
    });
  });

  it.each(Object.entries(TRANSPORT_CODES))("code %s anywhere in the cause chain maps by the table", (code, rule) => {
    const thrown = new TypeError("fetch failed", { cause: new Error("outer", { cause: withCode(code) }) });
    expect(classifyTransportError(thrown)).toMatchObject({ category: rule.category, reason: rule.reason, code });
  });

  it("a bare fetch TypeError is a network error", () => {
    expect(classifyTransportError(new TypeError("Failed to fetch"))).toMatchObject({
      category: "network",
      reason: "NETWORK_ERROR",
    });
  });

  it("leaves other errors alone, and survives cycles", () => {
    expect(classifyTransportError(new TypeError("x is not a function"))).toBeUndefined();
    expect(classifyTransportError("ECONNRESET")).toBeUndefined();
    const a: { cause?: unknown; message: string } = { message: "a" };
    a.cause = a;
    expect(classifyTransportError(a)).toBeUndefined();
  });

  it("connection refused and DNS failures prove the request was not processed; a reset does not", () => {
    expect(NOT_PROCESSED_REASONS.has("CONNECTION_REFUSED")).toBe(true);
    expect(NOT_PROCESSED_REASONS.has("DNS_FAILURE")).toBe(true);
    expect(NOT_PROCESSED_REASONS.has("CONNECTION_RESET")).toBe(false);
  });
});

describe("normalizeThrown", () => {
  it("passes a NormalizedError through", () => {
    const e = new NormalizedError({ vendor: "x", category: "server", reason: "HTTP_500", message: "m", status: 500 });
    expect(normalizeThrown("x", e)).toBe(e);
  });
  it("classifies transport failures as retryable network errors with status 0", () => {
    const e = normalizeThrown("talview", new TypeError("fetch failed", { cause: withCode("ECONNREFUSED") }));
    expect(e).toMatchObject({
      vendor: "talview",
      category: "network",
      reason: "CONNECTION_REFUSED",
      retryable: true,
      status: 0,
    });
  });
  it.each([undefined, null, "boom", 42, { weird: true }, new RangeError("bad")])(
    "anything else is unknown: %j",
    (thrown) => {
      const e = normalizeThrown("talview", thrown);
      expect(e).toMatchObject({
        category: "unknown",
        reason: "UNEXPECTED_ERROR",
        action: "contact_support",
        retryable: false,
      });
    },
  );
});
