// `pnpm bench:fleet`: 4 worker processes x 250 requests against the TalentLMS emulator limited to 50 per 500 ms for
// the whole account. The shared budget (createRedisThrottle, one key) against per-process createThrottle (the
// baseline), Redis restarted mid-run (fail-closed, fail-open), and two windows at once (in-process and in Redis)
// checked against the emulator's arrival log. Starts redis-server itself; exits 1 when a target is missed.
import type { RateWindow } from "@errnorm/core";
import { startTalentlmsEmulator } from "@errnorm/testkit";
import { busiestSpan } from "../../../test-support/busiest-span.js";
import { startRedisServer } from "../../redis/test/support/redis-server.js";
import type { FleetThrottle, FleetWorkerConfig } from "./fleet-config.js";
import { type FleetRun, runFleet } from "./fleet-run.js";

const ACCOUNT = { limit: 50, intervalMs: 500 } as const;
const WORKERS = 4;
const REQUESTS = 250;
const TWO_WINDOWS: readonly RateWindow[] = [
  { limit: 20, intervalMs: 200 },
  { limit: 100, intervalMs: 2_000 },
];
const TWO_WINDOW_REQUESTS = 200;
const RESTART = { atMs: 4_000, downMs: 1_000 } as const;
const TARGETS = { goodput: 0.95, rateLimitedShare: 0.01 } as const;

const sum = (
  run: FleetRun,
  field: "sent" | "rateLimited" | "succeeded" | "storeRejections" | "rejectedCleanly" | "failed" | "ranTwice",
) => run.results.reduce((total, result) => total + result[field], 0);

const lostOf = (run: FleetRun) => sum(run, "failed") + run.unreported;
const goodputOf = (run: FleetRun, window: RateWindow) =>
  sum(run, "succeeded") / (run.elapsedMs / 1000) / (window.limit / (window.intervalMs / 1000));

const report = (label: string, run: FleetRun, window: RateWindow): void => {
  const sent = sum(run, "sent");
  const rateLimited = sum(run, "rateLimited");
  const failedBy: Record<string, number> = {};
  for (const result of run.results) {
    for (const [reason, n] of Object.entries(result.failedBy)) failedBy[reason] = (failedBy[reason] ?? 0) + n;
  }
  console.log(`\n${label}`);
  console.log(
    `  requests ${run.requests}: succeeded ${sum(run, "succeeded")}, rejected cleanly (RATE_BUDGET_STORE_UNAVAILABLE) ${sum(run, "rejectedCleanly")}, lost ${lostOf(run)}${
      Object.keys(failedBy).length > 0 ? ` ${JSON.stringify(failedBy)}` : ""
    }${run.unreported > 0 ? ` (${run.unreported} never reported)` : ""}`,
  );
  console.log(
    `  sent ${sent}, 429s ${rateLimited} = ${((rateLimited / Math.max(1, sent)) * 100).toFixed(2)}% of sent; throttle calls rejected by the store ${sum(run, "storeRejections")}`,
  );
  console.log(
    `  run twice: ${sum(run, "ranTwice")} by the workers, ${run.duplicateArrivals} duplicate arrivals at the server`,
  );
  console.log(
    `  time ${(run.elapsedMs / 1000).toFixed(2)} s; goodput ${goodputOf(run, window).toFixed(3)} of the ideal ${window.limit / (window.intervalMs / 1000)}/s`,
  );
};

const main = async (): Promise<number> => {
  const emulator = await startTalentlmsEmulator({ rateLimit: { limit: ACCOUNT.limit, windowMs: ACCOUNT.intervalMs } });
  const burstEmulator = await startTalentlmsEmulator({
    rateLimit: { limit: TWO_WINDOWS[0]!.limit, windowMs: TWO_WINDOWS[0]!.intervalMs },
  });
  const redis = await startRedisServer();
  const misses: string[] = [];
  const check = (ok: boolean, what: string) => {
    console.log(`  ${ok ? "PASS" : "MISS"}: ${what}`);
    if (!ok) misses.push(what);
  };
  let keys = 0;
  const redisThrottle = (
    worker: number,
    windows: readonly RateWindow[],
    onStoreError: "fail-closed" | "fail-open",
    key: string,
  ): FleetThrottle => ({
    kind: "redis",
    client: worker % 2 === 0 ? "node-redis" : "ioredis",
    redisUrl: redis.url,
    key,
    windows,
    onStoreError,
  });
  const fleet = (
    target: typeof emulator,
    count: number,
    requests: number,
    throttle: (worker: number, key: string) => FleetThrottle,
    observe: FleetWorkerConfig["observe"],
  ): FleetWorkerConfig[] => {
    const key = `bench:fleet:${(keys += 1)}`;
    return Array.from({ length: count }, (_, worker) => ({
      worker,
      url: target.v1Url,
      apiKey: target.apiKey,
      requests,
      throttle: throttle(worker, key),
      observe,
    }));
  };
  const run = async (target: typeof emulator, configs: FleetWorkerConfig[], during?: (t0: number) => Promise<void>) => {
    return runFleet(
      configs,
      () => target.requests,
      () => target.reset(),
      during,
    );
  };
  const restartRedis = async (t0: number) => {
    await new Promise((r) => setTimeout(r, Math.max(0, RESTART.atMs - (performance.now() - t0))));
    await redis.stop();
    await new Promise((r) => setTimeout(r, RESTART.downMs));
    await redis.start();
  };

  try {
    console.log(
      `Fleet benchmark: ${WORKERS} worker processes x ${REQUESTS} GETs, each through withRetry (3 attempts), against the TalentLMS emulator limited to ${ACCOUNT.limit} per ${ACCOUNT.intervalMs} ms for the account`,
    );
    console.log(`Targets: shared budget goodput >= ${TARGETS.goodput}, 429s < 1% of sent, 0 lost, 0 run twice`);

    const shared = await run(
      emulator,
      fleet(emulator, WORKERS, REQUESTS, (w, key) => redisThrottle(w, [ACCOUNT], "fail-closed", key), "errors"),
    );
    report(
      "shared budget: createRedisThrottle, one key (2 workers on node-redis, 2 on ioredis), observing 429s",
      shared,
      ACCOUNT,
    );
    check(goodputOf(shared, ACCOUNT) >= TARGETS.goodput, `goodput >= ${TARGETS.goodput}`);
    check(sum(shared, "rateLimited") / sum(shared, "sent") < TARGETS.rateLimitedShare, "429s < 1% of sent");
    check(lostOf(shared) === 0 && sum(shared, "rejectedCleanly") === 0, "0 lost");
    check(sum(shared, "ranTwice") === 0 && shared.duplicateArrivals === 0, "0 run twice");

    // The same with every response observed: each `remaining: 0` holds the fleet for a whole window from that
    // response (the emulator, like TalentLMS, sends no reset time), which costs goodput when the budget is exact.
    const observingAll = await run(
      emulator,
      fleet(emulator, WORKERS, REQUESTS, (w, key) => redisThrottle(w, [ACCOUNT], "fail-closed", key), "all"),
    );
    report("the same, observing every response's X-RateLimit-Remaining too (no target)", observingAll, ACCOUNT);

    const baseline = await run(
      emulator,
      fleet(emulator, WORKERS, REQUESTS, () => ({ kind: "local", windows: [ACCOUNT] }), "none"),
    );
    report(
      `baseline: per-process createThrottle(${ACCOUNT.limit}/${ACCOUNT.intervalMs} ms) in each worker`,
      baseline,
      ACCOUNT,
    );
    check(
      sum(baseline, "rateLimited") > sum(shared, "rateLimited"),
      "the baseline shows the 429s the shared budget prevents",
    );

    for (const onStoreError of ["fail-closed", "fail-open"] as const) {
      const restarted = await run(
        emulator,
        fleet(emulator, WORKERS, REQUESTS, (w, key) => redisThrottle(w, [ACCOUNT], onStoreError, key), "errors"),
        restartRedis,
      );
      report(
        `Redis restarted at ${RESTART.atMs / 1000} s (down ${RESTART.downMs} ms), ${onStoreError}`,
        restarted,
        ACCOUNT,
      );
      check(lostOf(restarted) === 0, "0 lost");
      check(sum(restarted, "ranTwice") === 0 && restarted.duplicateArrivals === 0, "0 run twice");
      if (onStoreError === "fail-open")
        check(sum(restarted, "succeeded") === restarted.requests, "every request completes");
    }

    const twoWindows = async (label: string, configs: FleetWorkerConfig[]) => {
      const result = await run(burstEmulator, configs);
      const arrivals = burstEmulator.requests.map((request) => request.receivedAt);
      report(label, result, TWO_WINDOWS[1]!);
      for (const window of TWO_WINDOWS) {
        const busiest = busiestSpan(arrivals, window.intervalMs);
        check(
          busiest <= window.limit,
          `busiest ${window.intervalMs} ms in the emulator's log: ${busiest} <= ${window.limit}`,
        );
      }
      check(lostOf(result) === 0 && sum(result, "rateLimited") === 0, "0 lost, 0 429s");
    };
    await twoWindows(
      `two windows (${TWO_WINDOWS.map((w) => `${w.limit}/${w.intervalMs} ms`).join(" + ")}) in-process: one worker, createThrottle({ windows }), ${TWO_WINDOW_REQUESTS} requests`,
      fleet(burstEmulator, 1, TWO_WINDOW_REQUESTS, () => ({ kind: "local", windows: TWO_WINDOWS }), "errors"),
    );
    await twoWindows(
      `two windows in Redis: ${WORKERS} workers x ${TWO_WINDOW_REQUESTS / WORKERS}, one key`,
      fleet(
        burstEmulator,
        WORKERS,
        TWO_WINDOW_REQUESTS / WORKERS,
        (w, key) => redisThrottle(w, TWO_WINDOWS, "fail-closed", key),
        "errors",
      ),
    );
    console.log(`\n${misses.length === 0 ? "all targets met" : `${misses.length} target(s) missed`}`);
    return misses.length === 0 ? 0 : 1;
  } finally {
    await redis.stop();
    await emulator.close();
    await burstEmulator.close();
  }
};

process.exitCode = await main().catch((error: unknown) => {
  console.error("The benchmark failed:", error);
  return 1;
});
