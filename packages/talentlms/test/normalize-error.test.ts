import { inspect } from "node:util";
import { NormalizedError, originalCause } from "@errnorm/core";
import { NormalizedErrorJsonSchema } from "@errnorm/core/json";
import { describe, expect, it } from "vitest";
import { normalizeError, talentlms, VENDOR } from "../src/index.js";

const valid = (e: NormalizedError): NormalizedError => {
  expect(NormalizedErrorJsonSchema.safeParse(e.toJSON()).success).toBe(true);
  expect(e.vendor).toBe(VENDOR);
  return e;
};

describe("normalizeError", () => {
  it("passes a NormalizedError through unchanged", () => {
    const original = new NormalizedError({
      vendor: "talentlms",
      category: "conflict",
      reason: "ALREADY_ENROLLED",
      message: "x",
      status: 400,
    });
    expect(normalizeError(original)).toBe(original);
  });

  it.each([
    ["a string", "something broke", "something broke"],
    ["undefined", undefined, "undefined was thrown"],
    ["null", null, "null was thrown"],
    ["a number", 42, "A non-error value was thrown (number)"],
    ["a plain Error", new Error("kaput"), "kaput"],
  ])("turns %s into an unknown error", (_name, thrown, message) => {
    const e = valid(normalizeError(thrown));
    expect(e).toMatchObject({ category: "unknown", reason: "UNEXPECTED_ERROR", status: 0, message });
  });

  it("classifies fetch's failures, aborts and timeouts through core", () => {
    const refused = Object.assign(new TypeError("fetch failed"), {
      cause: Object.assign(new Error("connect ECONNREFUSED 10.0.0.1:443"), { code: "ECONNREFUSED" }),
    });
    expect(valid(normalizeError(refused))).toMatchObject({
      category: "network",
      reason: "CONNECTION_REFUSED",
      retryable: true,
    });
    expect(valid(normalizeError(new DOMException("This operation was aborted", "AbortError")))).toMatchObject({
      category: "cancelled",
    });
    expect(valid(normalizeError(new DOMException("The operation timed out.", "TimeoutError")))).toMatchObject({
      category: "timeout",
      retryable: true,
    });
  });

  it("reads an axios error's response (status, headers, data) and keeps the error as cause", () => {
    const thrown = {
      isAxiosError: true,
      name: "AxiosError",
      message: "Request failed with status code 404",
      code: "ERR_BAD_REQUEST",
      config: {
        url: "https://acme.talentlms.com/api/v1/users/id:9",
        headers: { "X-API-Key": "tlms_secret_key_123456" },
      },
      response: {
        status: 404,
        headers: { "x-request-id": "r-1", "x-ratelimit-limit": "2000", "x-ratelimit-remaining": "12" },
        data: { error: { type: "invalid_request_error", message: "The requested user does not exist" } },
      },
    };
    const e = valid(normalizeError(thrown));
    expect(e).toMatchObject({
      category: "not_found",
      reason: "USER_NOT_FOUND",
      status: 404,
      traceId: "r-1",
      rateLimit: { limit: 2000, remaining: 12 },
    });
    expect(originalCause(e)).toBe(thrown);
    expect(inspect(e, { depth: Infinity, showHidden: true })).not.toContain("tlms_secret_key_123456");
  });

  it("classifies an axios error without a response by its code", () => {
    const network = { isAxiosError: true, message: "Network Error", code: "ERR_NETWORK", config: {} };
    expect(valid(normalizeError(network))).toMatchObject({
      category: "network",
      reason: "NETWORK_ERROR",
      vendorCode: "ERR_NETWORK",
    });
    const timeout = { isAxiosError: true, message: "timeout of 100ms exceeded", code: "ECONNABORTED", config: {} };
    expect(valid(normalizeError(timeout))).toMatchObject({ category: "timeout" });
    const canceled = {
      isAxiosError: true,
      name: "CanceledError",
      message: "canceled",
      code: "ERR_CANCELED",
      config: {},
    };
    expect(valid(normalizeError(canceled))).toMatchObject({ category: "cancelled" });
  });

  it("reads a thrown Response's status and headers, and a library error that carries one (ky's HTTPError)", () => {
    const response = new Response("<html>nope</html>", {
      status: 503,
      headers: { "Retry-After": "7", "X-Request-Id": "abc" },
    });
    expect(valid(normalizeError(response))).toMatchObject({
      category: "unavailable",
      reason: "HTTP_503",
      retryAfterMs: 7000,
      traceId: "abc",
    });
    expect(response.bodyUsed).toBe(false);
    const kyError = Object.assign(new Error("Request failed with status code 401"), {
      name: "HTTPError",
      response: new Response(null, { status: 401 }),
    });
    const e = valid(normalizeError(kyError));
    expect(e).toMatchObject({ category: "authentication", reason: "API_KEY_REJECTED" });
    expect(originalCause(e)).toBe(kyError);
  });

  it("does not call a thrown success a success", () => {
    expect(valid(normalizeError(new Response("{}", { status: 200 })))).toMatchObject({
      reason: "SUCCESS_RESPONSE_THROWN",
      status: 200,
    });
    expect(
      valid(normalizeError({ isAxiosError: true, message: "x", response: { status: 201, headers: {}, data: {} } })),
    ).toMatchObject({
      reason: "SUCCESS_RESPONSE_THROWN",
    });
  });

  it("scrubs secrets the caller names and credentials in the request URL", () => {
    const e = normalizeError(
      new Error(
        "failed calling https://tlmskey12345:@acme.talentlms.com/api/v1/users?apikey=abcdef987654 with sk-extra-secret",
      ),
      {
        url: "https://tlmskey12345:@acme.talentlms.com/api/v1/users?apikey=abcdef987654",
        secrets: ["sk-extra-secret"],
      },
    );
    const printed = `${JSON.stringify(e)} ${inspect(e, { depth: Infinity })}`;
    for (const secret of ["tlmskey12345", "abcdef987654", "sk-extra-secret"]) expect(printed).not.toContain(secret);
  });

  it("never throws on hostile values", () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error("boom");
        },
        has: () => {
          throw new Error("boom");
        },
      },
    );
    const cyclic: Record<string, unknown> = { isAxiosError: true };
    cyclic.response = { status: 500, headers: cyclic, data: cyclic };
    for (const thrown of [hostile, cyclic, Symbol("s"), () => 1, Object.create(null)]) {
      expect(() => valid(normalizeError(thrown))).not.toThrow();
    }
  });

  it("is what the VendorAdapter object exposes", () => {
    expect(talentlms.vendor).toBe("talentlms");
    expect(talentlms.normalizeError("x").vendor).toBe("talentlms");
    expect(talentlms.parseResponse({ status: 204 }).isOk()).toBe(true);
    expect(Object.isFrozen(talentlms)).toBe(true);
  });
});
