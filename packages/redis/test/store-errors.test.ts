import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isNormalizedError } from "@errnorm/core";
import { createRedisThrottle } from "@errnorm/redis";
import { CLIENT_KINDS, connectClient, type TestClient } from "./support/clients.js";
import { type RedisServer, startRedisServer } from "./support/redis-server.js";
import { busiestSpan } from "../../../test-support/busiest-span.js";

describe.each(CLIENT_KINDS)("when Redis goes away (%s)", (kind) => {
  let server: RedisServer;
  let redis: TestClient;
  beforeAll(async () => {
    server = await startRedisServer();
    redis = await connectClient(kind, server.url);
  });
  afterAll(async () => {
    await redis?.close();
    await server?.stop();
  });

  it("fail-closed (the default): waiting tasks reject with RATE_BUDGET_STORE_UNAVAILABLE and never run; Redis back, tasks run again", async () => {
    const windows = [{ limit: 1, intervalMs: 400 }];
    const throttle = createRedisThrottle({ client: redis.client, key: `closed:${kind}`, windows, storeTimeoutMs: 300 });
    const ran: string[] = [];
    await throttle(() => ran.push("first"));
    // Settled from the start: the rejections may arrive while Redis is still stopping.
    const waiting = Promise.allSettled([throttle(() => ran.push("second")), throttle(() => ran.push("third"))]);
    await server.stop();
    const outcomes = await waiting;
    for (const outcome of outcomes) {
      expect(outcome.status).toBe("rejected");
      const reason = (outcome as PromiseRejectedResult).reason as unknown;
      expect(isNormalizedError(reason)).toBe(true);
      expect(reason).toMatchObject({
        category: "unavailable",
        reason: "RATE_BUDGET_STORE_UNAVAILABLE",
        retryable: true,
        status: 0,
      });
    }
    expect(ran).toEqual(["first"]);
    await server.start();
    await new Promise((r) => setTimeout(r, 300)); // the client reconnects
    expect(await throttle(() => "after")).toBe("after");
  }, 20_000);

  it("fail-open: tasks run through an in-process throttle with the same windows, and it logs once", async () => {
    const windows = [{ limit: 2, intervalMs: 150 }];
    const logged: string[] = [];
    const throttle = createRedisThrottle({
      client: redis.client,
      key: `open:${kind}`,
      windows,
      onStoreError: "fail-open",
      storeTimeoutMs: 300,
      retryStoreAfterMs: 200,
      log: (message) => logged.push(message),
    });
    await server.stop();
    const starts: number[] = [];
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => throttle(() => (starts.push(Date.now()), i))),
    );
    await new Promise((r) => setTimeout(r, 250)); // past retryStoreAfterMs: Redis is tried (and fails) again
    expect(await throttle(() => "again")).toBe("again");
    expect(results).toEqual([0, 1, 2, 3, 4, 5]);
    expect(busiestSpan(starts, windows[0]!.intervalMs - 2)).toBeLessThanOrEqual(2);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/in-process throttle/);
    await server.start();
  }, 20_000);
});
