// errnormHooks leaves ky's own retry working: ky retries what its `retry` options say, and only the last failure
// becomes a NormalizedError (ky 1 would retry any other error as a network failure).
import { isNormalizedError, type NormalizedError } from "@errnorm/core";
import { startScriptedServer, startTalentlmsEmulator, type TalentlmsEmulator } from "@errnorm/testkit";
import ky from "ky";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { errnormHooks } from "../../src/ky.js";
import { normalizeError } from "../../src/index.js";
import { rejection as rejected } from "../../../../test-support/settled.js";

let emulator: TalentlmsEmulator;
beforeAll(async () => {
  emulator = await startTalentlmsEmulator();
});
afterAll(() => emulator.close());
beforeEach(() => emulator.reset());

const api = () =>
  ky.create({
    prefixUrl: emulator.v2Url,
    headers: { "X-API-Key": emulator.apiKey },
    retry: { limit: 2, delay: () => 0 },
    hooks: errnormHooks(),
  });

const rejection = async (pending: Promise<unknown>): Promise<NormalizedError> => {
  const thrown = await rejected(pending);
  expect(isNormalizedError(thrown)).toBe(true);
  return thrown as NormalizedError;
};

describe("ky's retry with errnormHooks", () => {
  it("does not retry a 404: one request, a NormalizedError", async () => {
    const error = await rejection(api().get("users/999").json());
    expect(error).toMatchObject({ category: "not_found", status: 404 });
    expect(emulator.requests).toHaveLength(1);
  });

  it("retries a 500 as ky would, then rejects with the last one as a NormalizedError", async () => {
    emulator.failNext(3, "status500");
    const error = await rejection(api().get("users/1").json());
    expect(error).toMatchObject({ category: "server", reason: "HTTP_500", status: 500 });
    expect(emulator.requests).toHaveLength(3);
    expect(error.traceId).toBe(emulator.requests[2]?.id);
  });

  it("recovers when a retry succeeds", async () => {
    emulator.failNext(1, { type: "rateLimited", retryAfterSeconds: 0 });
    await expect(api().get("users/1").json()).resolves.toMatchObject({ _data: { id: 1 } });
    expect(emulator.requests).toHaveLength(2);
  });

  it("a POST is not retried (ky's method list): one request", async () => {
    emulator.failNext(1, "status500");
    const error = await rejection(
      api()
        .post("users", { json: { email: "x@example.com", login: "x" } })
        .json(),
    );
    expect(error.status).toBe(500);
    expect(emulator.requests).toHaveLength(1);
  });
});

describe("what fetch hides from ky", () => {
  it("a 407 is a network error in the Fetch standard: ky rejects with TypeError, normalizeError says network", async () => {
    const server = await startScriptedServer();
    try {
      server.answer({ status: 407, headers: { "content-type": "application/json" }, body: '{"message":"proxy"}' });
      let thrown: unknown;
      try {
        await ky.get(server.url, { retry: 0, hooks: errnormHooks() });
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(TypeError);
      expect(normalizeError(thrown)).toMatchObject({ category: "network", status: 0 });
    } finally {
      await server.close();
    }
  });
});
