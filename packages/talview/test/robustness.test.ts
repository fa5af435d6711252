import { LIMITS } from "@errnorm/core";
import { NormalizedErrorJsonSchema } from "@errnorm/core/json";
import { inspect } from "node:util";
import { describe, expect, test } from "vitest";
import { checkEnvelope, normalizeError, parseResponse } from "../src/index.js";

const hostile = new Proxy(
  {},
  {
    get() {
      throw new Error("trap");
    },
    ownKeys() {
      throw new Error("trap");
    },
    has() {
      throw new Error("trap");
    },
    getPrototypeOf() {
      throw new Error("trap");
    },
  },
);

const settle = (response: unknown) => {
  const result = parseResponse(response as never);
  if (result.isErr()) {
    expect(NormalizedErrorJsonSchema.safeParse(result.error.toJSON()).success).toBe(true);
    expect(() => inspect(result.error, { depth: Infinity })).not.toThrow();
  }
  return result;
};

describe("parseResponse never throws", () => {
  test.each([
    ["null", null],
    ["a number", 42],
    ["a hostile Proxy as the response", hostile],
    ["a hostile Proxy as the body", { status: 500, body: hostile }],
    ["a hostile Proxy as headers", { status: 429, headers: hostile, body: "x" }],
    ["a hostile Proxy inside errors", { status: 200, body: { errors: [hostile, { message: hostile }] } }],
    [
      "a throwing status getter",
      {
        get status() {
          throw new Error("no");
        },
        body: "{}",
      },
    ],
    ["NaN status", { status: Number.NaN, body: { data: {} } }],
    ["a string status", { status: "403", body: { message: "Token has expired" } }],
    ["bytes", { status: 200, body: new TextEncoder().encode('{"data":{"ok":true}}') }],
  ])("%s", (_name, response) => {
    expect(() => settle(response)).not.toThrow();
  });

  test("cyclic bodies", () => {
    const body: Record<string, unknown> = { errors: [] };
    (body.errors as unknown[]).push({ message: "loop", extensions: { code: 500, self: body } });
    body.data = body;
    const error = settle({ status: 200, body })._unsafeUnwrapErr();
    expect(error.category).toBe("server");
    expect(() => JSON.stringify(error)).not.toThrow();
  });

  test("a 10 MB text body gives a bounded error (its speed: bench/hostile.bench.ts)", () => {
    const error = settle({ status: 502, body: `<html>${"x".repeat(10 * 1024 * 1024)}` })._unsafeUnwrapErr();
    expect(error.category).toBe("unavailable");
    expect(JSON.stringify(error).length).toBeLessThan(10_000);
  });

  test("deeply nested JSON text", () => {
    const depth = 200_000;
    expect(() => settle({ status: 500, body: `${"[".repeat(depth)}${"]".repeat(depth)}` })).not.toThrow();
    expect(() => settle({ status: 200, body: `${'{"a":'.repeat(50_000)}1${"}".repeat(50_000)}` })).not.toThrow();
  });

  test("adversarial megabyte messages give bounded errors (their speed: bench/hostile.bench.ts)", () => {
    for (const message of [
      "SLOT_UNAVAILABLE".repeat(70_000),
      `token ${" ".repeat(1_000_000)}x`,
      `[${"A_".repeat(500_000)}`,
      "Uniqueness violation".repeat(50_000),
    ]) {
      for (const body of [
        { errors: [{ message, extensions: { code: "constraint-violation" } }] },
        { data: { op: { success: false, error_message: message } } },
      ]) {
        const error = settle({ status: 200, body })._unsafeUnwrapErr();
        expect(error.message.length).toBeLessThanOrEqual(LIMITS.messageLength);
        expect(error.userMessage.length).toBeLessThanOrEqual(LIMITS.userMessageLength);
      }
    }
  });

  test("normalizeError and checkEnvelope survive hostile values", () => {
    expect(normalizeError(hostile).category).toBe("unknown");
    expect(normalizeError({ response: hostile, name: "CombinedError", graphQLErrors: hostile }).vendor).toBe("talview");
    // A value whose fields cannot be read says no `success: false`: it passes through, and nothing throws.
    expect(checkEnvelope(hostile).isOk()).toBe(true);
    expect(checkEnvelope({ success: false }, hostile as never).isErr()).toBe(true);
  });
});

describe("odd but recognisable bodies", () => {
  test("a non-standard errors value is an error, not a success", () => {
    expect(parseResponse({ status: 200, body: { errors: "boom" } })._unsafeUnwrapErr().message).toBe("boom");
    expect(parseResponse({ status: 200, body: { errors: true, data: { a: 1 } } }).isErr()).toBe(true);
    expect(parseResponse({ status: 200, body: { errors: [], data: { a: 1 } } })._unsafeUnwrap()).toEqual({ a: 1 });
  });

  test("a Hasura REST body with a known code is an error even when its `error` text is empty", () => {
    const error = parseResponse({
      status: 200,
      body: '{"path":"$","error":"","code":"invalid-jwt"}',
    })._unsafeUnwrapErr();
    expect({
      category: error.category,
      reason: error.reason,
      vendorCode: error.vendorCode,
      status: error.status,
    }).toEqual({
      category: "authentication",
      reason: "INVALID_JWT",
      vendorCode: "invalid-jwt",
      status: 200,
    });
  });

  test("a JSON array that is not a batch passes through as data", () => {
    expect(parseResponse({ status: 200, body: "[1,2,3]" })._unsafeUnwrap()).toEqual([1, 2, 3]);
  });

  test("204 with no body is a success; other empty 2xx are not", () => {
    expect(parseResponse({ status: 204 }).isOk()).toBe(true);
    expect(parseResponse({ status: 200, body: "  " })._unsafeUnwrapErr().reason).toBe("EMPTY_RESPONSE");
  });

  test("a long vendor message is cut to 300 characters for the user, whole in raw", () => {
    const long = `SLOT_UNAVAILABLE: ${"Slots move fast. ".repeat(40)}`;
    const error = parseResponse({
      status: 200,
      body: { data: { booking_create: { success: false, error_message: long } } },
    })._unsafeUnwrapErr();
    expect(error.userMessage.length).toBeLessThanOrEqual(300);
    expect(error.userMessage.startsWith("Slots move fast.")).toBe(true);
    expect(error.userMessage.endsWith("…")).toBe(true);
  });
});
