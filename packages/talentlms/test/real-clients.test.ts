import { inspect } from "node:util";
import { isNormalizedError, type NormalizedError } from "@errnorm/core";
import { NormalizedErrorJsonSchema } from "@errnorm/core/json";
import axios, { type AxiosResponse } from "axios";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fromFetch, normalizeError, parseResponse, readRateLimitInfo } from "../src/index.js";
import { closedPortUrl } from "../../../test-support/closed-port.js";
import { type FakeTalentlms, GOOD_KEY, startFakeTalentlms } from "./support/talentlms-server.js";

const WRONG_KEY = "tlms_wrong_0a1b2c3d4e5f60718293";

let server: FakeTalentlms;
beforeAll(async () => {
  server = await startFakeTalentlms();
});
afterAll(async () => {
  await server.close();
});

/** The key must not survive in any way the error is printed or sent. */
const expectNoSecret = (error: NormalizedError, secret: string): void => {
  expect(isNormalizedError(error)).toBe(true);
  expect(NormalizedErrorJsonSchema.safeParse(error.toJSON()).success).toBe(true);
  for (const output of [
    JSON.stringify(error),
    String(error),
    inspect(error, { depth: Infinity }),
    inspect(error, { depth: Infinity, showHidden: true }),
    error.stack ?? "",
  ]) {
    expect(output).not.toContain(secret);
  }
};

const v2 = (key: string | null = GOOD_KEY): RequestInit => ({
  headers: { Accept: "application/json", "X-API-Version": "2025-07-01", ...(key !== null && { "X-API-Key": key }) },
});
const v1 = (key: string): RequestInit => ({ headers: { Authorization: `Basic ${btoa(`${key}:`)}` } });

const fetchError = async (path: string, init: RequestInit): Promise<NormalizedError> => {
  const result = await fromFetch(`${server.url}${path}`, init);
  expect(result.isErr()).toBe(true);
  return result._unsafeUnwrapErr();
};

describe("global fetch against a local TalentLMS", () => {
  it("reads a success and its rate-limit headers", async () => {
    const response = await fetch(`${server.url}/api/v2/users/1`, v2());
    expect(readRateLimitInfo(response)).toEqual({ limit: 2000, remaining: 1999, source: "headers", exhausted: false });
    const result = await fromFetch(Promise.resolve(response));
    expect(result._unsafeUnwrap()).toEqual({ _data: { id: 1, login: "jdoe" } });
  });

  it("gives ok(undefined) for a 204 delete", async () => {
    const result = await fromFetch(`${server.url}/api/v2/users/5`, { ...v2(), method: "DELETE" });
    expect(result.isOk() && result.value).toBeUndefined();
  });

  it("accepts a promise, a fetch argument tuple, or the fetch arguments, with the same result", async () => {
    const url = `${server.url}/api/v2/users/999`;
    const errors = [
      (await fromFetch(fetch(url, v2()), { url }))._unsafeUnwrapErr(),
      (await fromFetch([url, v2()]))._unsafeUnwrapErr(),
      (await fromFetch(url, v2()))._unsafeUnwrapErr(),
    ];
    for (const e of errors) {
      expect(e.toJSON()).toEqual(errors[0]?.toJSON());
      expect(e.reason).toBe("NOT_FOUND");
    }
  });

  it("normalizes a v2 404 with its trace id", async () => {
    const e = await fetchError("/api/v2/users/999", v2());
    expect(e).toMatchObject({
      category: "not_found",
      reason: "NOT_FOUND",
      status: 404,
      vendorCode: "invalid_request_error",
      traceId: "req_fake_0001",
    });
    expectNoSecret(e, GOOD_KEY);
  });

  it("normalizes a v1 wrapped 404 sent with Basic auth", async () => {
    const e = await fetchError("/api/v1/users/id:999", v1(GOOD_KEY));
    expect(e).toMatchObject({ category: "not_found", reason: "USER_NOT_FOUND", status: 404 });
    expectNoSecret(e, GOOD_KEY);
  });

  it("shows the vendor's safe conflict text to users", async () => {
    const e = await fetchError("/api/v1/usersignup", v1(GOOD_KEY));
    expect(e).toMatchObject({
      category: "conflict",
      reason: "USER_ALREADY_EXISTS",
      userMessage: "A user with the same email address already exists",
    });
  });

  it("reports a missing key and a wrong key apart, and scrubs the echoed wrong key", async () => {
    const missing = await fetchError("/api/v2/users/1", v2(null));
    expect(missing).toMatchObject({
      category: "authentication",
      reason: "API_KEY_MISSING",
      action: "check_credentials",
    });
    const wrong = await fetchError("/api/v2/users/1", v2(WRONG_KEY));
    expect(wrong).toMatchObject({
      category: "authentication",
      reason: "API_KEY_INVALID",
      action: "check_credentials",
      status: 401,
    });
    expectNoSecret(wrong, WRONG_KEY);
    const wrongV1 = await fetchError("/api/v1/users/id:1", v1(WRONG_KEY));
    expect(wrongV1.reason).toBe("API_KEY_INVALID");
    expectNoSecret(wrongV1, WRONG_KEY);
  });

  it("scrubs the key from a 5xx body that echoes it", async () => {
    const e = await fetchError("/api/v2/crash", v2());
    expect(e).toMatchObject({ category: "server", reason: "HTTP_500", retryable: true, vendorCode: "api_error" });
    expect(e.message).toContain("[REDACTED]");
    expectNoSecret(e, GOOD_KEY);
  });

  it("reads a 429 with Retry-After and rate-limit headers", async () => {
    const e = await fetchError("/api/v2/limited", v2());
    expect(e).toMatchObject({
      category: "rate_limited",
      retryable: true,
      retryAfterMs: 2000,
      rateLimit: { limit: 200, remaining: 0 },
    });
  });

  it("leaves the wait unknown on a 429 without Retry-After", async () => {
    const e = await fetchError("/api/v2/limited-no-wait", v2());
    expect(e.retryAfterMs).toBeUndefined();
    expect(e.message).toContain("how long to wait is unknown");
  });

  it("normalizes the inactive-domain 403 and a proxy's HTML 502", async () => {
    expect(await fetchError("/api/v2/inactive", v2())).toMatchObject({
      category: "permission",
      reason: "API_NOT_ENABLED",
      action: "check_account",
    });
    expect(await fetchError("/api/v2/proxy-502", v2())).toMatchObject({
      category: "unavailable",
      reason: "HTTP_502",
      retryable: true,
    });
  });

  it("turns a dropped connection, a refused connection, a timeout and an abort into transport errors", async () => {
    const dropped = await fetchError("/api/v2/drop", v2());
    expect(dropped).toMatchObject({ category: "network", status: 0, retryable: true });
    expectNoSecret(dropped, GOOD_KEY);

    const refused = await fromFetch(`${await closedPortUrl()}/api/v2/users/1`, v2());
    expect(refused._unsafeUnwrapErr()).toMatchObject({ category: "network", reason: "CONNECTION_REFUSED" });

    const timedOut = await fetchError("/api/v2/slow", { ...v2(), signal: AbortSignal.timeout(100) });
    expect(timedOut).toMatchObject({ category: "timeout", retryable: true });
    expectNoSecret(timedOut, GOOD_KEY);

    const controller = new AbortController();
    const pending = fromFetch(`${server.url}/api/v2/slow`, { ...v2(), signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    expect((await pending)._unsafeUnwrapErr()).toMatchObject({ category: "cancelled", retryable: false });
  });

  it("normalizes a thrown Response without reading its body", async () => {
    const response = await fetch(`${server.url}/api/v2/inactive`, v2());
    const e = normalizeError(response);
    expect(e).toMatchObject({ status: 403, reason: "API_NOT_ENABLED", traceId: "req_fake_0001" });
    expect(response.bodyUsed).toBe(false);
    await response.body?.cancel();
  });
});

describe("axios against a local TalentLMS", () => {
  const client = () =>
    axios.create({ baseURL: server.url, headers: { "X-API-Key": GOOD_KEY, Accept: "application/json" } });

  const axiosError = async (request: Promise<AxiosResponse>, secret = GOOD_KEY): Promise<NormalizedError> => {
    try {
      await request;
    } catch (thrown) {
      const e = normalizeError(thrown);
      expectNoSecret(e, secret);
      return e;
    }
    throw new Error("the request was expected to fail");
  };

  it("reads a success and its rate-limit headers", async () => {
    const res = await client().get("/api/v2/users/1");
    expect(readRateLimitInfo({ headers: res.headers })).toMatchObject({ limit: 2000, remaining: 1999 });
    expect(
      parseResponse({
        status: res.status,
        headers: res.headers as Record<string, string>,
        body: res.data,
      })._unsafeUnwrap(),
    ).toEqual({
      _data: { id: 1, login: "jdoe" },
    });
  });

  it("normalizes HTTP errors from error.response", async () => {
    expect(await axiosError(client().get("/api/v2/users/999"))).toMatchObject({
      category: "not_found",
      reason: "NOT_FOUND",
      status: 404,
      traceId: "req_fake_0001",
    });
    expect(await axiosError(client().get("/api/v2/limited"))).toMatchObject({
      category: "rate_limited",
      retryAfterMs: 2000,
      rateLimit: { limit: 200, remaining: 0 },
    });
    expect(await axiosError(client().get("/api/v2/inactive"))).toMatchObject({
      category: "permission",
      action: "check_account",
    });
    expect(await axiosError(client().get("/api/v2/proxy-502"))).toMatchObject({
      category: "unavailable",
      reason: "HTTP_502",
    });
    const crash = await axiosError(client().get("/api/v2/crash"));
    expect(crash).toMatchObject({ category: "server", vendorCode: "api_error" });
    expect(crash.message).toContain("[REDACTED]");
  });

  it("scrubs a wrong key echoed back, sent in X-API-Key or as v1 Basic auth", async () => {
    const headerKey = await axiosError(
      axios.get(`${server.url}/api/v2/users/1`, { headers: { "X-API-Key": WRONG_KEY } }),
      WRONG_KEY,
    );
    expect(headerKey).toMatchObject({ reason: "API_KEY_INVALID", status: 401 });
    const basic = await axiosError(
      axios.get(`${server.url}/api/v1/users/id:1`, { auth: { username: WRONG_KEY, password: "" } }),
      WRONG_KEY,
    );
    expect(basic).toMatchObject({ reason: "API_KEY_INVALID", status: 401 });
  });

  it("normalizes v1 Basic-auth errors", async () => {
    const e = await axiosError(
      axios.get(`${server.url}/api/v1/users/id:999`, { auth: { username: GOOD_KEY, password: "" } }),
    );
    expect(e).toMatchObject({ category: "not_found", reason: "USER_NOT_FOUND" });
  });

  it("classifies errors without a response by their code: reset, refused, timeout, cancel", async () => {
    expect(await axiosError(client().get("/api/v2/drop"))).toMatchObject({ category: "network", status: 0 });
    const refusedUrl = await closedPortUrl();
    expect(
      await axiosError(axios.get(`${refusedUrl}/api/v2/users/1`, { headers: { "X-API-Key": GOOD_KEY } })),
    ).toMatchObject({
      category: "network",
      reason: "CONNECTION_REFUSED",
    });
    expect(await axiosError(client().get("/api/v2/slow", { timeout: 100 }))).toMatchObject({
      category: "timeout",
      retryable: true,
    });
    const controller = new AbortController();
    const pending = client().get("/api/v2/slow", { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    expect(await axiosError(pending)).toMatchObject({ category: "cancelled" });
  });

  it("flags a plain-HTTP base URL as HTTPS_REQUIRED (only off loopback)", async () => {
    const e = await axiosError(client().get("/api/v2/inactive"));
    expect(e.reason).toBe("API_NOT_ENABLED");
    const error = {
      isAxiosError: true,
      message: "Request failed with status code 403",
      config: { baseURL: "http://acme.talentlms.com", url: "/api/v2/users" },
      response: { status: 403, headers: {}, data: "<html>Forbidden</html>" },
    };
    expect(normalizeError(error)).toMatchObject({ reason: "HTTPS_REQUIRED", action: "use_https" });
  });
});
