import { createTokenRefresher, withRetry } from "@errnorm/core";
import { normalizeError } from "@errnorm/talview";
import { startTalviewEmulator, type TalviewEmulator } from "@errnorm/testkit";
import axios from "axios";
import { err, ok } from "neverthrow";
import { afterAll, describe, test } from "vitest";
import { createTalviewSession } from "../src/talview-tokens.js";
import { SLOTS, stopApolloClients, TALVIEW_CLIENTS, type TalviewClient } from "./support/clients.js";

afterAll(stopApolloClients);

const REFRESH_PATH = "/api/rest/auth_refresh_token";
const graphqlRequests = (emulator: TalviewEmulator) => emulator.requests.filter((r) => r.graphql !== undefined).length;
const refreshRequests = (emulator: TalviewEmulator) => emulator.requests.filter((r) => r.path === REFRESH_PATH).length;

/** axios posting GraphQL itself: the documented 403 "Token has expired" arrives as an axios error. */
const AXIOS: TalviewClient = {
  name: "axios",
  call: async ({ url, token, query }) => {
    try {
      const response = await axios.post(url, { query }, { headers: { authorization: `Bearer ${token}` } });
      return ok(response.data);
    } catch (thrown) {
      return err(normalizeError(thrown, { secrets: [token] }));
    }
  },
};

const CASES = [
  ...TALVIEW_CLIENTS.map((client) => ({ name: client.name, client, authErrors: "hasura" as const })),
  { name: "axios, documented 403 'Token has expired'", client: AXIOS, authErrors: "documented" as const },
];

describe.concurrent.each(CASES)("createTokenRefresher with $name", ({ client, authErrors }) => {
  test("50 concurrent calls with an expired token cause exactly one refresh and all succeed", async ({
    expect,
    onTestFinished,
  }) => {
    const emulator = await startTalviewEmulator({ authErrors });
    onTestFinished(() => emulator.close());
    const session = createTalviewSession(emulator.refreshUrl, emulator.issueToken());
    emulator.expireTokens();
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        session.refresher.run((token) => client.call({ url: emulator.graphqlUrl, token, query: SLOTS })),
      ),
    );
    expect(results.filter((r) => r.isErr()).map((r) => r._unsafeUnwrapErr().reason)).toEqual([]);
    expect(session.refreshes()).toBe(1);
    expect(refreshRequests(emulator)).toBe(1);
    // each caller: one refused attempt, one with the new token
    expect(graphqlRequests(emulator)).toBe(100);
  });

  test("a refresh failure ends in one authentication error, even under withRetry", async ({
    expect,
    onTestFinished,
  }) => {
    const emulator = await startTalviewEmulator({ authErrors });
    onTestFinished(() => emulator.close());
    const session = createTalviewSession(emulator.refreshUrl, { ...emulator.issueToken(), refresh_token: "revoked" });
    emulator.expireTokens();
    const result = await withRetry(
      () => session.refresher.run((token) => client.call({ url: emulator.graphqlUrl, token, query: SLOTS })),
      { maxAttempts: 5, idempotent: true },
    );
    expect(result._unsafeUnwrapErr()).toMatchObject({
      category: "authentication",
      reason: "TOKEN_REFRESH_FAILED",
      retryable: false,
      attempts: 1,
    });
    expect(session.refreshes()).toBe(1);
    expect(refreshRequests(emulator)).toBe(1);
    expect(graphqlRequests(emulator)).toBe(1);
  });
});

describe("createTokenRefresher never loops", () => {
  test("a refreshed token that is refused again is returned as that error: two calls, one refresh", async ({
    expect,
    onTestFinished,
  }) => {
    const emulator = await startTalviewEmulator();
    onTestFinished(() => emulator.close());
    let refreshes = 0;
    const refresher = createTokenRefresher({
      getToken: () => "not-a-jwt",
      refresh: () => {
        refreshes += 1;
        return "still.not.valid";
      },
    });
    const call = TALVIEW_CLIENTS[0];
    if (!call) throw new Error("no client");
    const result = await refresher.run((token) => call.call({ url: emulator.graphqlUrl, token, query: SLOTS }));
    expect(result._unsafeUnwrapErr()).toMatchObject({ category: "authentication", action: "refresh_token" });
    expect(refreshes).toBe(1);
    expect(graphqlRequests(emulator)).toBe(2);
  });

  test("10 callers whose refresh fails share it: 10 authentication errors, 1 refresh", async ({
    expect,
    onTestFinished,
  }) => {
    const emulator = await startTalviewEmulator();
    onTestFinished(() => emulator.close());
    const expired = emulator.issueToken().access_token;
    emulator.expireTokens();
    let refreshes = 0;
    let fail: (reason: Error) => void = () => {};
    const refusal = new Promise<string>((_, reject) => {
      fail = reject;
    });
    const refresher = createTokenRefresher({
      vendor: "talview",
      getToken: () => expired,
      refresh: () => {
        refreshes += 1;
        return refusal;
      },
    });
    const call = TALVIEW_CLIENTS[0];
    if (!call) throw new Error("no client");
    const pending = Promise.all(
      Array.from({ length: 10 }, () =>
        refresher.run((token) => call.call({ url: emulator.graphqlUrl, token, query: SLOTS })),
      ),
    );
    // hold the refresh until every caller has been refused, then fail it
    await expect.poll(() => emulator.requests.filter((r) => r.status === 200).length).toBe(10);
    fail(new Error("refresh token revoked"));
    const results = await pending;
    expect(results.map((r) => r._unsafeUnwrapErr().reason)).toEqual(Array(10).fill("TOKEN_REFRESH_FAILED"));
    expect(results.every((r) => r._unsafeUnwrapErr().category === "authentication")).toBe(true);
    expect(refreshes).toBe(1);
    expect(graphqlRequests(emulator)).toBe(10);
  });
});
