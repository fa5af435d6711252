// The README's basic examples (examples/basics/*.ts) and the fleet throttle (examples/rate-limits/fleet.ts) run
// here against the testkit emulators and a redis-server this test starts, and type-check under their own tsconfig.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { CATEGORIES, type Category, createThrottle, NormalizedError } from "@errnorm/core";
import type { RedisClientLike } from "@errnorm/redis";
import { fromFetch, TALENTLMS_RATE_LIMITS } from "@errnorm/talentlms";
import {
  startTalentlmsEmulator,
  startTalviewEmulator,
  type TalentlmsEmulator,
  type TalviewEmulator,
} from "@errnorm/testkit";
import type { Result, ResultAsync } from "neverthrow";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { busiestSpan } from "../../../test-support/busiest-span.js";
import { loadExample, typecheckExamples } from "../../../test-support/load-example.js";
import { connectClient, type TestClient } from "../../redis/test/support/clients.js";
import { startRedisServer, type RedisServer } from "../../redis/test/support/redis-server.js";
import { refreshTalviewTokens, type TalviewTokens } from "../src/talview-tokens.js";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const basics = `${root}examples/basics/`;

interface User {
  readonly id: number;
  readonly login: string;
}
interface Warning {
  readonly fields: { reason: string; traceId: string | undefined };
  readonly message: string;
}
interface FetchExample {
  getUser(
    base: string,
    apiKey: string,
    id: number,
    log: { warn(fields: Warning["fields"], message: string): void },
  ): Promise<User | undefined>;
}
interface RequestExample {
  bookSlot(
    url: string,
    token: string,
    externalId: string,
    slotId: string,
  ): ResultAsync<{ booking_id: string }, NormalizedError>;
}
interface MatchExample {
  nextStep(error: NormalizedError): string;
}
interface TalviewAuth {
  token: string;
  refresh(refusedToken: string): Promise<string>;
}
interface RetriesExample {
  talentlmsUsers(
    base: string,
    apiKey: string,
  ): { list(): ResultAsync<unknown, NormalizedError>; throttle: { readonly queueSize: number } };
  talviewSlots(url: string, auth: TalviewAuth): () => ResultAsync<{ id: string }[], NormalizedError>;
}
interface FleetExample {
  fleetUsers(
    client: RedisClientLike,
    base: string,
    apiKey: string,
  ): (id: number) => ResultAsync<{ _data: User }, NormalizedError>;
}

describe("examples/basics and examples/rate-limits type-check", () => {
  it("tsc -p examples/basics", () => {
    expect(() => typecheckExamples("basics")).not.toThrow();
  }, 120_000);

  it("tsc -p examples/rate-limits", () => {
    expect(() => typecheckExamples("rate-limits")).not.toThrow();
  }, 120_000);

  it("exhaustive-match.ts without its 'cancelled' case fails to compile", () => {
    const dir = `${basics}.tmp/`;
    mkdirSync(dir, { recursive: true });
    try {
      const source = readFileSync(`${basics}exhaustive-match.ts`, "utf8");
      const missing = source.replace('.with("cancelled", "unknown"', '.with("unknown"');
      expect(missing).not.toBe(source);
      writeFileSync(`${dir}missing-case.ts`, missing);
      writeFileSync(`${dir}tsconfig.json`, JSON.stringify({ extends: "../tsconfig.json", include: ["*.ts"] }));
      let output = "";
      try {
        typecheckExamples("basics/.tmp");
      } catch (failure) {
        output = String((failure as { stdout?: unknown }).stdout);
      }
      expect(output).toContain("missing-case.ts");
      expect(output).toContain("cancelled");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe("against the TalentLMS emulator", () => {
  let emulator: TalentlmsEmulator;
  beforeAll(async () => {
    emulator = await startTalentlmsEmulator();
  });
  afterAll(() => emulator.close());
  beforeEach(() => emulator.reset());

  const recorder = () => {
    const warnings: Warning[] = [];
    return {
      warnings,
      log: { warn: (fields: Warning["fields"], message: string) => warnings.push({ fields, message }) },
    };
  };

  it("talentlms-fetch.ts: a user, nothing logged", async () => {
    const { getUser } = await loadExample<FetchExample>("basics/talentlms-fetch.ts");
    const { warnings, log } = recorder();
    expect(await getUser(emulator.url, emulator.apiKey, 1, log)).toMatchObject({ id: 1, login: "jdoe" });
    expect(warnings).toEqual([]);
  });

  it("talentlms-fetch.ts: a 404 logs USER_NOT_FOUND with the emulator's request id, and no key", async () => {
    const { getUser } = await loadExample<FetchExample>("basics/talentlms-fetch.ts");
    const { warnings, log } = recorder();
    expect(await getUser(emulator.url, emulator.apiKey, 999, log)).toBeUndefined();
    expect(warnings).toEqual([
      {
        fields: { reason: "USER_NOT_FOUND", traceId: emulator.requests[0]?.id },
        message: "The requested user does not exist",
      },
    ]);
    expect(emulator.requests[0]?.status).toBe(404);
    expect(JSON.stringify(warnings)).not.toContain(emulator.apiKey);
  });

  it("exhaustive-match.ts: real 401, 403, 404 and 429 answers each get their next step", async () => {
    const { nextStep } = await loadExample<MatchExample>("basics/exhaustive-match.ts");
    const get = async (path: string, apiKey = emulator.apiKey) =>
      errorOf(await fromFetch(`${emulator.v2Url}${path}`, { headers: { "X-API-Key": apiKey } }));
    const notFound = await get("/users/999");
    expect(nextStep(await get("/users/1", "wrong-key"))).toBe("sign in again");
    expect(nextStep(notFound)).toBe(notFound.userMessage);
    expect(notFound.userMessage).not.toBe("");
    emulator.failNext(1, "rateLimited");
    expect(nextStep(await get("/users/1"))).toBe("retry later");
    emulator.setDomainActive(false);
    expect(nextStep(await get("/users/1"))).toBe("ask an admin");
  });

  it("exhaustive-match.ts: every category gets an answer (no runtime NonExhaustiveError)", async () => {
    const { nextStep } = await loadExample<MatchExample>("basics/exhaustive-match.ts");
    const steps = CATEGORIES.map((category: Category) =>
      nextStep(new NormalizedError({ vendor: "x", category, reason: "R", message: "m", status: 0 })),
    );
    expect(steps.filter((step) => step === "")).toEqual([]);
    expect(new Set(steps)).toContain("contact support");
  });

  it("retries.ts: two 500s are retried through the throttle; the third attempt succeeds", async () => {
    const { talentlmsUsers } = await loadExample<RetriesExample>("basics/retries.ts");
    emulator.failNext(2, "status500");
    const users = await talentlmsUsers(emulator.url, emulator.apiKey).list();
    expect(users.isOk()).toBe(true);
    expect(emulator.requests.map((r) => r.status)).toEqual([500, 500, 200]);
  });

  it("retries.ts: observe(429) holds the throttle for the 5 s window (withRetry alone waits at most 200 ms)", async () => {
    const { talentlmsUsers } = await loadExample<RetriesExample>("basics/retries.ts");
    emulator.failNext(1, "rateLimited"); // TalentLMS sends no Retry-After
    const users = await talentlmsUsers(emulator.url, emulator.apiKey).list();
    expect(users.isOk()).toBe(true);
    const [first, second] = emulator.requests;
    expect([first?.status, second?.status]).toEqual([429, 200]);
    expect((second?.receivedAt ?? 0) - (first?.receivedAt ?? 0)).toBeGreaterThanOrEqual(5_000);
  }, 30_000);

  it("retries.ts: a 404 is not retried and ends with attempts 1", async () => {
    const { talentlmsUsers } = await loadExample<RetriesExample>("basics/retries.ts");
    emulator.failNext(1, { type: "respond", status: 404, body: { type: "invalid_request_error", message: "x" } });
    const error = errorOf(await talentlmsUsers(emulator.url, emulator.apiKey).list());
    expect(error).toMatchObject({ category: "not_found", attempts: 1 });
    expect(emulator.requests).toHaveLength(1);
  });
});

describe("against the Talview emulator", () => {
  let emulator: TalviewEmulator;
  beforeAll(async () => {
    emulator = await startTalviewEmulator();
  });
  afterAll(() => emulator.close());
  beforeEach(() => emulator.reset());

  it("talview-request.ts: a free slot is booked", async () => {
    const { bookSlot } = await loadExample<RequestExample>("basics/talview-request.ts");
    const booked = await bookSlot(emulator.graphqlUrl, emulator.issueToken().access_token, "cand-1", "slot-1");
    expect(booked._unsafeUnwrap()).toMatchObject({ booking_id: expect.any(String) });
  });

  it("talview-request.ts: a taken slot is SLOT_UNAVAILABLE at HTTP 200, refresh_availability", async () => {
    const { bookSlot } = await loadExample<RequestExample>("basics/talview-request.ts");
    const token = emulator.issueToken().access_token;
    const error = errorOf(await bookSlot(emulator.graphqlUrl, token, "cand-1", "slot-taken"));
    expect(error).toMatchObject({
      vendor: "talview",
      category: "business_rule",
      reason: "SLOT_UNAVAILABLE",
      action: "refresh_availability",
      operation: "booking_create",
      status: 200,
      traceId: emulator.requests[0]?.id,
    });
    expect(JSON.stringify(error)).not.toContain(token);
  });

  it("retries.ts: an expired token is refreshed once and the call succeeds", async () => {
    const { talviewSlots } = await loadExample<RetriesExample>("basics/retries.ts");
    let tokens: TalviewTokens = emulator.issueToken();
    const refreshed: string[] = [];
    const auth: TalviewAuth = {
      token: tokens.access_token,
      refresh: async (refused) => {
        refreshed.push(refused);
        tokens = await refreshTalviewTokens(emulator.refreshUrl, tokens.refresh_token);
        return tokens.access_token;
      },
    };
    const expired = auth.token;
    emulator.expireTokens();
    const slots = await talviewSlots(emulator.graphqlUrl, auth)();
    expect(slots._unsafeUnwrap().map((slot) => slot.id)).toContain("slot-1");
    expect(refreshed).toEqual([expired]);
    expect(auth.token).not.toBe(expired);
    expect(auth.token).toBe(tokens.access_token);
    expect(emulator.requests.filter((r) => r.graphql !== undefined)).toHaveLength(2);
  });

  it("retries.ts: a failed refresh is one TOKEN_REFRESH_FAILED, not retried", async () => {
    const { talviewSlots } = await loadExample<RetriesExample>("basics/retries.ts");
    const auth: TalviewAuth = {
      token: emulator.issueToken().access_token,
      refresh: async () => (await refreshTalviewTokens(emulator.refreshUrl, "revoked")).access_token,
    };
    emulator.expireTokens();
    const error = errorOf(await talviewSlots(emulator.graphqlUrl, auth)());
    expect(error).toMatchObject({ category: "authentication", reason: "TOKEN_REFRESH_FAILED", attempts: 1 });
  });
});

describe("examples/rate-limits/fleet.ts: two workers, one Redis budget", () => {
  let redis: RedisServer;
  let emulator: TalentlmsEmulator;
  const clients: TestClient[] = [];
  const connect = async (): Promise<RedisClientLike> => {
    const connected = await connectClient("node-redis", redis.url);
    clients.push(connected);
    return connected.client;
  };
  beforeAll(async () => {
    redis = await startRedisServer();
    emulator = await startTalentlmsEmulator();
  });
  afterAll(async () => {
    for (const client of clients) await client.close();
    await emulator.close();
    await redis.stop();
  });
  beforeEach(() => emulator.reset());

  it("300 requests from two throttles with the same key: no 429, at most 200 in any 5 s", async () => {
    const { fleetUsers } = await loadExample<FleetExample>("rate-limits/fleet.ts");
    const a = fleetUsers(await connect(), emulator.url, emulator.apiKey);
    const b = fleetUsers(await connect(), emulator.url, emulator.apiKey);
    const results = await Promise.all(Array.from({ length: 300 }, (_, n) => (n % 2 === 0 ? a : b)(1)));
    expect(results.filter((r) => r.isErr())).toEqual([]);
    const statuses = emulator.requests.map((r) => r.status);
    expect(statuses.filter((s) => s === 429)).toHaveLength(0);
    expect(statuses).toHaveLength(300);
    expect(
      busiestSpan(
        emulator.requests.map((r) => r.receivedAt),
        5_000,
      ),
    ).toBeLessThanOrEqual(200);
  }, 60_000);

  it("the contrast: two in-process throttles (one per worker) overrun the account and get 429s", async () => {
    const windows = TALENTLMS_RATE_LIMITS.windowsByPlan[2000];
    const throttles = [createThrottle({ windows }), createThrottle({ windows })];
    const url = `${emulator.v2Url}/users/1`;
    await Promise.all(
      Array.from({ length: 300 }, (_, n) =>
        (throttles[n % 2] as ReturnType<typeof createThrottle>)(() =>
          fromFetch(url, { headers: { "X-API-Key": emulator.apiKey } }),
        ),
      ),
    );
    expect(emulator.requests.filter((r) => r.status === 429).length).toBeGreaterThan(0);
  });

  it("fail-closed: with Redis down nothing is sent and the result is RATE_BUDGET_STORE_UNAVAILABLE", async () => {
    const { fleetUsers } = await loadExample<FleetExample>("rate-limits/fleet.ts");
    const worker = fleetUsers(await connect(), emulator.url, emulator.apiKey);
    await redis.stop();
    try {
      const error = errorOf(await worker(1));
      expect(error).toMatchObject({
        category: "unavailable",
        reason: "RATE_BUDGET_STORE_UNAVAILABLE",
        retryable: true,
      });
      expect(emulator.requests).toHaveLength(0);
    } finally {
      await redis.start();
    }
  }, 30_000);
});

/** The error of a failed Result (fails the test on a success). */
function errorOf(result: Result<unknown, NormalizedError>): NormalizedError {
  expect(result.isErr()).toBe(true);
  return result._unsafeUnwrapErr();
}
