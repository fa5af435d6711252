import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRedisThrottle } from "@errnorm/redis";
import { CLIENT_KINDS, connectClient, type TestClient } from "./support/clients.js";
import { type RedisServer, startRedisServer } from "./support/redis-server.js";
import { busiestSpan } from "../../../test-support/busiest-span.js";
import { firstLine, spawnWorker } from "./support/spawn-worker.js";

// Start times are read with Date.now() in whole ms on both sides of a Redis round trip: 2 ms of slack.
const SLACK_MS = 2;

let server: RedisServer;
beforeAll(async () => {
  server = await startRedisServer();
});
afterAll(async () => {
  await server?.stop();
});

/** Scores of a ZRANGE WITHSCORES reply: flat (RESP2, ioredis) or pairs (node-redis 6). */
const scoresOf = (reply: unknown): number[] =>
  (reply as unknown[]).flatMap((item, i) =>
    Array.isArray(item) ? [Number(item[1])] : i % 2 === 1 ? [Number(item)] : [],
  );

let keys = 0;
const freshKey = () => `test:${process.pid}:${(keys += 1)}`;

describe.each(CLIENT_KINDS)("createRedisThrottle with %s", (kind) => {
  let redis: TestClient;
  beforeAll(async () => {
    redis = await connectClient(kind, server.url);
  });
  afterAll(async () => {
    await redis?.close();
  });

  it("three throttles with one key share one budget, in every window, and run each task once", async () => {
    const key = freshKey();
    const windows = [
      { limit: 3, intervalMs: 150 },
      { limit: 5, intervalMs: 600 },
    ];
    const throttles = [0, 1, 2].map(() => createRedisThrottle({ client: redis.client, key, windows }));
    const starts: number[] = [];
    const runs = new Map<number, number>();
    const results = await Promise.all(
      Array.from({ length: 9 }, (_, i) =>
        (throttles[i % 3] ?? throttles[0])!(() => {
          starts.push(Date.now());
          runs.set(i, (runs.get(i) ?? 0) + 1);
          return i;
        }),
      ),
    );
    expect(results).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect([...runs.values()].every((n) => n === 1)).toBe(true);
    for (const window of windows) {
      expect(busiestSpan(starts, window.intervalMs - SLACK_MS)).toBeLessThanOrEqual(window.limit);
    }
    // one throttle alone would have run 3 at once; together they still run only 3 in the first 150 ms
    expect(busiestSpan(starts, windows[0]!.intervalMs - SLACK_MS)).toBe(3);
  });

  it("separate processes with one key share one budget", async () => {
    const key = freshKey();
    const windows = [{ limit: 4, intervalMs: 200 }];
    const workers = [0, 1, 2].map(() => spawnWorker([kind, server.url, key, JSON.stringify(windows), "6", "run"]));
    const outputs = await Promise.all(workers.map((worker) => firstLine<{ starts: number[] }>(worker.lines)));
    const starts = outputs.flatMap((output) => output.starts);
    expect(starts).toHaveLength(18);
    expect(busiestSpan(starts, windows[0]!.intervalMs - SLACK_MS)).toBeLessThanOrEqual(4);
  }, 30_000);

  it("a killed worker's slots come back one interval after its last lease renewal, at the latest", async () => {
    const key = freshKey();
    const windows = [{ limit: 2, intervalMs: 1_000 }]; // the default lease floor is 1 s
    const { child, lines } = spawnWorker([kind, server.url, key, JSON.stringify(windows), "2", "hold"]);
    expect(await firstLine<{ holding: number }>(lines)).toEqual({ holding: 2 });
    await new Promise((r) => setTimeout(r, 400)); // longer than one renewal period (a third of the lease): renewed
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGKILL");
    await exited;
    const [seconds, micros] = (await redis.raw("TIME")) as [string, string];
    const killedAt = Number(seconds) * 1000 + Math.floor(Number(micros) / 1000);
    const leaseEnds = scoresOf(await redis.raw("ZRANGE", `{${key}}:2/1000`, "0", "-1", "WITHSCORES"));
    expect(leaseEnds).toHaveLength(2);
    for (const end of leaseEnds) expect(end).toBeLessThanOrEqual(killedAt + windows[0]!.intervalMs);
    // the budget comes back: a new throttle gets both slots
    const throttle = createRedisThrottle({ client: redis.client, key, windows });
    expect(await Promise.all([throttle(() => "a"), throttle(() => "b")])).toEqual(["a", "b"]);
  }, 30_000);

  it("abort rejects the waiting tasks at once and never starts them; their slots are not taken", async () => {
    const key = freshKey();
    const controller = new AbortController();
    const windows = [{ limit: 1, intervalMs: 10_000 }];
    const throttle = createRedisThrottle({ client: redis.client, key, windows, signal: controller.signal });
    const ran: number[] = [];
    await throttle(() => ran.push(1));
    const waiting = [throttle(() => ran.push(2)), throttle(() => ran.push(3))];
    expect(throttle.queueSize).toBe(2);
    controller.abort(new Error("stop"));
    for (const task of waiting) await expect(task).rejects.toThrow("stop");
    await expect(throttle(() => ran.push(4))).rejects.toThrow("stop");
    expect(ran).toEqual([1]);
    expect(await redis.raw("ZCARD", `{${key}}:1/10000`)).toBe(1);
  });

  it("a process that aborts while Redis is asked for a slot exits: no wait for the full window is left behind", async () => {
    const windows = [{ limit: 1, intervalMs: 600_000 }];
    const { child, lines } = spawnWorker([kind, server.url, freshKey(), JSON.stringify(windows), "1", "abort"]);
    const exited = new Promise<"exited">((r) => child.once("exit", () => r("exited")));
    expect(await firstLine<{ rejected: boolean }>(lines)).toEqual({ rejected: true });
    // Left waiting, the process would live for the 10-minute window; it has nothing left to do after its last line.
    const outcome = await Promise.race([exited, new Promise((r) => setTimeout(() => r("still running"), 20_000))]);
    child.kill("SIGKILL");
    expect(outcome).toBe("exited");
  }, 40_000);

  it("every key it writes expires: a window set one lease (its interval, 1 s at least) + 1 s after the last write; the pause with it", async () => {
    const key = freshKey();
    const windows = [
      { limit: 5, intervalMs: 300 },
      { limit: 50, intervalMs: 4_000 },
    ];
    const throttle = createRedisThrottle({ client: redis.client, key, windows });
    await throttle(() => undefined);
    throttle.observe({ limit: 5, remaining: 0 });
    await new Promise((r) => setTimeout(r, 50));
    const ttl = async (name: string) => Number(await redis.raw("PTTL", name));
    expect(await ttl(`{${key}}:5/300`)).toBeGreaterThan(0);
    expect(await ttl(`{${key}}:5/300`)).toBeLessThanOrEqual(2_000);
    expect(await ttl(`{${key}}:50/4000`)).toBeLessThanOrEqual(5_000);
    expect(await ttl(`{${key}}:pause`)).toBeGreaterThan(0);
    expect(await ttl(`{${key}}:pause`)).toBeLessThanOrEqual(1_300);
  });

  it("rejects a client of another shape, a zero interval and an empty key", () => {
    const windows = [{ limit: 1, intervalMs: 100 }];
    expect(() => createRedisThrottle({ client: {} as never, key: "k", windows })).toThrow(TypeError);
    expect(() => createRedisThrottle({ client: redis.client, key: "", windows })).toThrow(TypeError);
    expect(() =>
      createRedisThrottle({ client: redis.client, key: "k", windows: [{ limit: 1, intervalMs: 0 }] }),
    ).toThrow(RangeError);
    expect(() => createRedisThrottle({ client: redis.client, key: "k", windows: [] })).toThrow(RangeError);
  });
});
