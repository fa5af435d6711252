// Each integration against its real client and the testkit's TalentLMS emulator (through a tap that records the
// exact response): the error is the one parseResponse gives for the same status, headers and body.
import { isNormalizedError, type NormalizedError } from "@errnorm/core";
import { startTalentlmsEmulator } from "@errnorm/testkit";
import { describe, expect, it } from "vitest";
import { normalizeError, parseResponse } from "../../src/index.js";
import { closedPortUrl } from "../../../../test-support/closed-port.js";
import { wireWithoutCause } from "../../../../test-support/same-error.js";
import { expectServedError } from "../../../../test-support/served-error.js";
import { rejection } from "../../../../test-support/settled.js";
import { tappedEmulator } from "../../../../test-support/tapped-emulator.js";
import { HTTP_CASES } from "./cases.js";
import { CLIENTS, type Send } from "./clients.js";

const local = tappedEmulator(startTalentlmsEmulator);

describe.each(Object.keys(CLIENTS) as (keyof typeof CLIENTS)[])("%s", (client) => {
  const send: Send = CLIENTS[client]();

  it.each(HTTP_CASES)("$name: the NormalizedError parseResponse gives", async (c) => {
    c.arrange?.(local.emulator);
    const key = c.key === undefined || c.key === true ? local.emulator.apiKey : c.key;
    const url = `${local.tap.url}${c.path}`;
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
    const served = local.tap.last();
    const oracle = parseResponse(served, { url })._unsafeUnwrapErr();
    expectServedError(error, served, { vendor: "talentlms", ...c.expected }, oracle);
    expect(served.headers["x-request-id"]).toMatch(/^tlms-/);
    if (c.expected.rateLimited) expect(error.rateLimit).toMatchObject(c.expected.rateLimited);
    else expect(error.rateLimit).toBeUndefined();
    expect(JSON.stringify(error)).not.toContain(typeof key === "string" ? key : "test-api-key");
  });

  it("passes a success through unchanged", async () => {
    const body = await send({
      method: "GET",
      url: `${local.tap.url}/api/v2/users/1`,
      headers: { "X-API-Key": local.emulator.apiKey },
    });
    expect(body).toEqual(JSON.parse(local.tap.last().body));
  });

  it("rejects a 2xx whose body is an HTML page, as parseResponse does", async () => {
    local.emulator.failNext(1, {
      type: "respond",
      status: 200,
      body: "<html>maintenance</html>",
      headers: { "content-type": "text/html" },
    });
    const url = `${local.tap.url}/api/v2/users/1`;
    const thrown = await rejection(send({ method: "GET", url, headers: { "X-API-Key": local.emulator.apiKey } }));
    expect(isNormalizedError(thrown)).toBe(true);
    const oracle = parseResponse(local.tap.last(), { url })._unsafeUnwrapErr();
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
    local.emulator.failNext(1, { type: "slow", delayMs: 2_000 });
    const abort = new AbortController();
    setTimeout(() => abort.abort(), 50);
    const thrown = await rejection(
      send({
        method: "GET",
        url: `${local.tap.url}/api/v2/users/1`,
        headers: { "X-API-Key": local.emulator.apiKey },
        signal: abort.signal,
      }),
    );
    const error = client === "ky" ? normalizeError(thrown) : (thrown as NormalizedError);
    expect(isNormalizedError(error)).toBe(true);
    expect(error).toMatchObject({ category: "cancelled", retryable: false, status: 0 });
  });

  it("a timeout is a retryable timeout", async () => {
    local.emulator.failNext(1, { type: "slow", delayMs: 2_000 });
    const thrown = await rejection(
      send({
        method: "GET",
        url: `${local.tap.url}/api/v2/users/1`,
        headers: { "X-API-Key": local.emulator.apiKey },
        timeoutMs: 100,
      }),
    );
    const error = client === "ky" ? normalizeError(thrown) : (thrown as NormalizedError);
    expect(isNormalizedError(error)).toBe(true);
    expect(error).toMatchObject({ category: "timeout", retryable: true, status: 0 });
  });
});
