import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createThrottle, NormalizedError, type Throttle } from "@errnorm/core";
import { readRateLimit } from "@errnorm/core/adapter";
import { createRedisThrottle } from "@errnorm/redis";
import { startTalentlmsEmulator, type TalentlmsEmulator } from "@errnorm/testkit";
import { connectClient, type TestClient } from "./support/clients.js";
import { type RedisServer, startRedisServer } from "./support/redis-server.js";

// The server allows 4 per 300 ms; the throttles believe in 50 per 300 ms (a wrong idea of the budget).
const SERVER = { limit: 4, windowMs: 300 } as const;
const BELIEVED = [{ limit: 50, intervalMs: 300 }];

let emulator: TalentlmsEmulator;
let server: RedisServer;
let redis: TestClient;
beforeAll(async () => {
  emulator = await startTalentlmsEmulator({ rateLimit: SERVER });
  server = await startRedisServer();
  redis = await connectClient("ioredis", server.url);
});
afterAll(async () => {
  await redis?.close();
  await server?.stop();
  await emulator?.close();
});

/** `n` GETs one after another, alternating between the throttles; each response is observed when `listen`. */
const sequence = async (throttles: readonly Throttle[], n: number, listen: boolean): Promise<number[]> => {
  emulator.reset();
  for (let i = 0; i < n; i += 1) {
    const throttle = throttles[i % throttles.length] as Throttle;
    await throttle(async () => {
      const response = await fetch(`${emulator.v1Url}/users/id:1`, { headers: { "X-API-Key": emulator.apiKey } });
      await response.arrayBuffer();
      if (listen) throttle.observe(readRateLimit(response.headers));
    });
  }
  return emulator.requests.map((request) => request.status ?? 0);
};

describe("observe against the TalentLMS emulator's X-RateLimit-Remaining", () => {
  it("without observe, a throttle with the wrong budget gets 429s (the control)", async () => {
    const statuses = await sequence([createThrottle({ windows: BELIEVED })], 10, false);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThan(0);
  });

  it("createThrottle: `remaining: 0` holds the next start for the shortest window, so no request gets a 429", async () => {
    const statuses = await sequence([createThrottle({ windows: BELIEVED })], 10, true);
    expect(statuses).toEqual(Array.from({ length: 10 }, () => 200));
  });

  it("createRedisThrottle: one throttle's observation pauses every throttle sharing the key", async () => {
    const throttles = [0, 1].map(() =>
      createRedisThrottle({ client: redis.client, key: "observe", windows: BELIEVED }),
    );
    const statuses = await sequence(throttles, 10, true);
    expect(statuses).toEqual(Array.from({ length: 10 }, () => 200));
  });

  it("a 429 observed as an error pauses the throttle too", async () => {
    const throttle = createThrottle({ windows: BELIEVED });
    emulator.reset();
    emulator.failNext(1, { type: "rateLimited", retryAfterSeconds: 1 });
    const started: number[] = [];
    const first = await throttle(async () => {
      started.push(Date.now());
      return fetch(`${emulator.v1Url}/users/id:1`, { headers: { "X-API-Key": emulator.apiKey } });
    });
    expect(first.status).toBe(429);
    throttle.observe(
      new NormalizedError({
        vendor: "talentlms",
        category: "rate_limited",
        reason: "RATE_LIMITED",
        message: "Too many requests",
        status: 429,
        retryAfterMs: 1_000,
      }),
    );
    await throttle(() => started.push(Date.now()));
    expect((started[1] ?? 0) - (started[0] ?? 0)).toBeGreaterThanOrEqual(998);
  });
});
