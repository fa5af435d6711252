// Each integration against its real client and the testkit's TalentLMS emulator (through a tap that records the
// exact response): the error is the one parseResponse gives for the same status, headers and body.
import { isNormalizedError, type NormalizedError } from "@errnorm/core";
import { startTalentlmsEmulator, type TalentlmsEmulator } from "@errnorm/testkit";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { normalizeError, parseResponse } from "../../src/index.js";
import { type ResponseTap, startResponseTap } from "../support/response-tap.js";
import { wireWithoutCause } from "../support/same-error.js";
import { HTTP_CASES } from "./cases.js";
import { CLIENTS, type Send } from "./clients.js";

let emulator: TalentlmsEmulator;
let tap: ResponseTap;
beforeAll(async () => {
  emulator = await startTalentlmsEmulator();
  tap = await startResponseTap(emulator.url);
});
afterAll(async () => {
  await tap.close();
  await emulator.close();
});
beforeEach(() => emulator.reset());

const rejection = async (pending: Promise<unknown>): Promise<unknown> => {
  try {
    await pending;
  } catch (thrown) {
    return thrown;
  }
  throw new Error("the call did not reject");
};

const closedPortUrl = async (): Promise<string> => {
  const spare = await startResponseTap("http://127.0.0.1:9");
  await spare.close();
  return spare.url;
};

describe.each(Object.keys(CLIENTS) as (keyof typeof CLIENTS)[])("%s", (client) => {
  const send: Send = CLIENTS[client]();

  it.each(HTTP_CASES)("$name: the NormalizedError parseResponse gives", async (c) => {
    c.arrange?.(emulator);
    const key = c.key === undefined || c.key === true ? emulator.apiKey : c.key;
    const url = `${tap.url}${c.path}`;
    const thrown = await rejection(
      send({
        method: c.method,
        url,
        ...(key !== false && { headers: { "X-API-Key": key } }),
        ...(c.json && { json: c.json }),
      }),
    );
    expect(isNormalizedError(thrown)).toBe(true);
    const error = thrown as NormalizedError;
    const served = tap.last();
    expect(error).toMatchObject({
      vendor: "talentlms",
      category: c.expected.category,
      reason: c.expected.reason,
      retryable: c.expected.retryable,
      status: c.expected.status,
    });
    expect(error.retryAfterMs).toBe(c.expected.retryAfterMs);
    expect(served.status).toBe(c.expected.status);
    expect(served.headers["x-request-id"]).toMatch(/^tlms-/);
    expect(error.traceId).toBe(served.headers["x-request-id"]);
    if (c.expected.rateLimited) expect(error.rateLimit).toMatchObject(c.expected.rateLimited);
    else expect(error.rateLimit).toBeUndefined();
    const oracle = parseResponse(served, { url })._unsafeUnwrapErr();
    expect(wireWithoutCause(error)).toEqual(wireWithoutCause(oracle));
    expect(JSON.stringify(error)).not.toContain(typeof key === "string" ? key : "test-api-key");
  });

  it("passes a success through unchanged", async () => {
    const body = await send({
      method: "GET",
      url: `${tap.url}/api/v2/users/1`,
      headers: { "X-API-Key": emulator.apiKey },
    });
    expect(body).toEqual(JSON.parse(tap.last().body));
  });

  it("rejects a 2xx whose body is an HTML page, as parseResponse does", async () => {
    emulator.failNext(1, {
      type: "respond",
      status: 200,
      body: "<html>maintenance</html>",
      headers: { "content-type": "text/html" },
    });
    const url = `${tap.url}/api/v2/users/1`;
    const thrown = await rejection(send({ method: "GET", url, headers: { "X-API-Key": emulator.apiKey } }));
    expect(isNormalizedError(thrown)).toBe(true);
    const oracle = parseResponse(tap.last(), { url })._unsafeUnwrapErr();
    expect(wireWithoutCause(thrown as NormalizedError)).toEqual(wireWithoutCause(oracle));
  });

  it("connection refused is a retryable network error", async () => {
    const url = `${await closedPortUrl()}/api/v2/users/1`;
    const thrown = await rejection(send({ method: "GET", url }));
    const error = client === "ky" ? normalizeError(thrown, { url }) : (thrown as NormalizedError);
    expect(isNormalizedError(error)).toBe(true);
    expect(error).toMatchObject({ category: "network", retryable: true, status: 0 });
  });

  it("an abort is cancelled, not retryable", async () => {
    emulator.failNext(1, { type: "slow", delayMs: 2_000 });
    const abort = new AbortController();
    setTimeout(() => abort.abort(), 50);
    const thrown = await rejection(
      send({
        method: "GET",
        url: `${tap.url}/api/v2/users/1`,
        headers: { "X-API-Key": emulator.apiKey },
        signal: abort.signal,
      }),
    );
    const error = client === "ky" ? normalizeError(thrown) : (thrown as NormalizedError);
    expect(isNormalizedError(error)).toBe(true);
    expect(error).toMatchObject({ category: "cancelled", retryable: false, status: 0 });
  });

  it("a timeout is a retryable timeout", async () => {
    emulator.failNext(1, { type: "slow", delayMs: 2_000 });
    const thrown = await rejection(
      send({
        method: "GET",
        url: `${tap.url}/api/v2/users/1`,
        headers: { "X-API-Key": emulator.apiKey },
        timeoutMs: 100,
      }),
    );
    const error = client === "ky" ? normalizeError(thrown) : (thrown as NormalizedError);
    expect(isNormalizedError(error)).toBe(true);
    expect(error).toMatchObject({ category: "timeout", retryable: true, status: 0 });
  });
});
