import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { LIMITS } from "@errnorm/core";
import {
  decodeBody,
  normalizeStatus,
  parseRetryAfter,
  readHeader,
  readRateLimit,
  readTraceId,
} from "@errnorm/core/adapter";
import { MAX_RETRY_AFTER_MS } from "@errnorm/core/internal/http";

describe("readHeader", () => {
  const shapes = {
    Headers: new Headers({ "X-Request-Id": "abc" }),
    record: { "x-REQUEST-id": "abc" },
    "record with array": { "X-Request-Id": ["abc"] },
    pairs: [["X-Request-Id", "abc"]] as [string, string][],
  };
  it.each(Object.entries(shapes))("reads case-insensitively from %s", (_name, headers) => {
    expect(readHeader(headers, "x-request-id")).toBe("abc");
    expect(readHeader(headers, "missing")).toBeUndefined();
  });
  it.each([
    null,
    undefined,
    42,
    "x-request-id: abc",
    [[1, 2]],
    new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error("no");
        },
      },
    ),
  ])("returns undefined for garbage %#", (headers) => expect(readHeader(headers, "x-request-id")).toBeUndefined());
});

describe("parseRetryAfter", () => {
  const now = Date.parse("2026-11-23T12:00:00Z");
  it.each([
    ["120", 120_000],
    [" 0 ", 0],
    ["1.5", 1_500],
    ["Mon, 23 Nov 2026 12:00:30 GMT", 30_000],
    ["Mon, 23 Nov 2026 11:00:00 GMT", 0],
    ["-1", undefined],
    ["soon", undefined],
    ["", undefined],
    ["99999999999999", MAX_RETRY_AFTER_MS],
  ])("%j -> %j", (value, expected) => expect(parseRetryAfter(value, now)).toBe(expected));

  test.prop([fc.oneof(fc.string(), fc.double(), fc.anything()), fc.integer()])(
    "is total and never negative: undefined or a whole number in [0, MAX_RETRY_AFTER_MS]",
    (value, at) => {
      const ms = parseRetryAfter(value, at);
      if (ms !== undefined) {
        expect(Number.isInteger(ms)).toBe(true);
        expect(ms).toBeGreaterThanOrEqual(0);
        expect(ms).toBeLessThanOrEqual(MAX_RETRY_AFTER_MS);
      }
    },
  );

  test.prop([fc.nat({ max: 1_000_000 })])("delay-seconds n gives n * 1000", (n) => {
    expect(parseRetryAfter(String(n))).toBe(n * 1000);
  });
});

describe("readRateLimit", () => {
  it("reads X-RateLimit-* as numbers, on any response", () => {
    expect(readRateLimit({ "X-RateLimit-Limit": "2000", "X-RateLimit-Remaining": "0" })).toEqual({
      limit: 2000,
      remaining: 0,
    });
  });
  it("turns an epoch-seconds reset into epoch ms and a small one into now + seconds", () => {
    expect(readRateLimit({ "x-ratelimit-reset": "1700000000" })).toEqual({ resetAt: 1_700_000_000_000 });
    expect(readRateLimit({ "ratelimit-reset": "5" }, 1_000)).toEqual({ resetAt: 6_000 });
  });
  it("is undefined when nothing usable is sent", () => {
    expect(readRateLimit({})).toBeUndefined();
    expect(readRateLimit({ "x-ratelimit-limit": "lots" })).toBeUndefined();
  });
});

describe("readTraceId", () => {
  it("prefers x-request-id and keeps the value verbatim", () => {
    expect(readTraceId({ "cf-ray": "r", "X-Request-ID": "Req-1/ä" })).toBe("Req-1/ä");
    expect(readTraceId({})).toBeUndefined();
  });
});

describe("decodeBody", () => {
  it.each([
    [undefined, { kind: "empty" }],
    ["   ", { kind: "empty" }],
    ['{"a":1}', { kind: "json", value: { a: 1 } }],
    ['"{\\"error\\":{\\"message\\":\\"x\\"}}"', { kind: "json", value: { error: { message: "x" } } }],
    ["[1]", { kind: "json", value: [1] }],
    [{ a: 1 }, { kind: "json", value: { a: 1 } }],
    [new TextEncoder().encode('{"b":2}'), { kind: "json", value: { b: 2 } }],
  ])("decodes %j", (body, expected) => expect(decodeBody(body)).toEqual(expected));

  it("keeps HTML and truncated JSON as bounded text", () => {
    const html = `<html><body>${"x".repeat(100_000)}</body></html>`;
    const decoded = decodeBody(html);
    expect(decoded.kind).toBe("text");
    if (decoded.kind === "text") {
      expect(decoded.text.length).toBeLessThanOrEqual(LIMITS.textBody);
      expect(decoded.length).toBe(html.length);
    }
    expect(decodeBody('{"error":').kind).toBe("text");
  });

  test.prop([fc.string({ unit: "binary" })])("never throws on any string", (s) => {
    expect(["empty", "json", "text"]).toContain(decodeBody(s).kind);
  });

  it("survives JSON nested 100,000 levels deep", () => {
    const deep = "[".repeat(100_000) + "]".repeat(100_000);
    expect(["json", "text"]).toContain(decodeBody(deep).kind);
  });
});

describe("normalizeStatus", () => {
  it.each([
    [404, 404],
    ["503", 503],
    [Number.NaN, 0],
    [-1, 0],
    [200.5, 0],
    [1e9, 0],
    ["abc", 0],
    [undefined, 0],
  ])("%j -> %j", (input, expected) => expect(normalizeStatus(input)).toBe(expected));
});
