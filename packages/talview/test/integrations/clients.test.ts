// Each integration against its real client and the testkit's Talview emulator (through a tap that records the exact
// response): the error is the one parseResponse gives for the same status, headers and body.
import { isNormalizedError, type NormalizedError } from "@errnorm/core";
import { startTalviewEmulator } from "@errnorm/testkit";
import { describe, expect, it } from "vitest";
import { normalizeError, parseResponse, partialDataOf } from "../../src/index.js";
import { closedPortUrl } from "../../../../test-support/closed-port.js";
import { wireWithoutCause } from "../../../../test-support/same-error.js";
import { expectServedError } from "../../../../test-support/served-error.js";
import { rejection } from "../../../../test-support/settled.js";
import { tappedEmulator } from "../../../../test-support/tapped-emulator.js";
import { TALVIEW_CASES } from "./cases.js";
import { BOOK, CLIENTS, type ClientName, SLOTS } from "./clients.js";

const local = tappedEmulator(startTalviewEmulator);

/** What the caller holds: the thrown NormalizedError, or urql's `CombinedError` around it. */
const errorSeen = (client: ClientName, thrown: unknown): NormalizedError => {
  const error = client === "urql" ? (thrown as { networkError?: unknown }).networkError : thrown;
  expect(isNormalizedError(error)).toBe(true);
  return error as NormalizedError;
};

describe.each(Object.keys(CLIENTS) as ClientName[])("%s", (client) => {
  const send = CLIENTS[client]();
  const graphqlUrl = () => `${local.tap.url}/v1/graphql`;

  it.each(TALVIEW_CASES)("$name: the NormalizedError parseResponse gives", async (c) => {
    const token = c.token === undefined || c.token === "valid" ? local.emulator.issueToken().access_token : c.token;
    c.arrange?.(local.emulator);
    const thrown = await rejection(
      send({
        url: graphqlUrl(),
        query: c.query,
        ...(c.variables && { variables: c.variables }),
        ...(c.mutation && { mutation: true }),
        ...(token !== false && { token }),
      }),
    );
    const error = errorSeen(client, thrown);
    const served = local.tap.last();
    expectServedError(error, served, { vendor: "talview", ...c.expected }, parseResponse(served)._unsafeUnwrapErr());
    if (typeof token === "string") expect(JSON.stringify(error)).not.toContain(token);
  });

  it("passes a success through unchanged", async () => {
    const data = await send({ url: graphqlUrl(), query: SLOTS, token: local.emulator.issueToken().access_token });
    const served = JSON.parse(local.tap.last().body) as { data: unknown };
    expect(client === "axios" ? data : { data }).toEqual(client === "axios" ? served : { data: served.data });
  });

  it("keeps partial data on the error", async () => {
    const data = { slots: [{ id: "slot-1", date: "2030-01-01", start_time: "09:00", available: true }] };
    local.emulator.failNext(1, {
      type: "respond",
      status: 200,
      headers: { "content-type": "application/json" },
      body: { data, errors: [{ message: "field 'x' failed", extensions: { path: "$.slots", code: "unexpected" } }] },
    });
    const thrown = await rejection(
      send({ url: graphqlUrl(), query: SLOTS, token: local.emulator.issueToken().access_token }),
    );
    const error = errorSeen(client, thrown);
    expect(error).toMatchObject({ category: "server", status: 200 });
    if (client === "urql") expect((thrown as { data?: unknown }).data ?? partialDataOf(error)).toEqual(data);
    else expect(partialDataOf(error)).toEqual(data);
    expect(wireWithoutCause(error)).toEqual(wireWithoutCause(parseResponse(local.tap.last())._unsafeUnwrapErr()));
  });

  it("a refused connection is a retryable network error", async () => {
    const url = `${await closedPortUrl()}/v1/graphql`;
    const thrown = await rejection(send({ url, query: SLOTS, mutation: false }));
    // graphql-request calls no middleware when fetch itself fails: the caller normalizes what it throws.
    const error = client === "graphql-request" ? normalizeError(thrown) : errorSeen(client, thrown);
    expect(error).toMatchObject({ vendor: "talview", category: "network", retryable: true, status: 0 });
  });

  it.runIf(client === "urql")("normalizeError(result.error) returns the same NormalizedError", async () => {
    local.emulator.failNext(1, { business: "SLOT_UNAVAILABLE" });
    const thrown = await rejection(
      send({
        url: graphqlUrl(),
        ...{ query: BOOK, variables: { external_id: "cand-1", slot_id: "slot-1" } },
        mutation: true,
        token: local.emulator.issueToken().access_token,
      }),
    );
    expect(normalizeError(thrown)).toBe(errorSeen(client, thrown));
  });
});
