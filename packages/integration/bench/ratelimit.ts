// `pnpm bench:ratelimit`: 1,000 requests through createThrottle + withRetry against the TalentLMS emulator with a
// scaled limit (50 per 500 ms). Prints goodput, 429s and lost requests against the issue's targets; exits 1 on a miss.
// The same load without a throttle (withRetry alone) runs first, as the baseline measured in the same run.
import { createThrottle, type Throttle } from "@errnorm/core";
import { startTalentlmsEmulator } from "@errnorm/testkit";
import { goodputOf, type RateLimitRunStats, runRateLimit } from "../src/rate-limit-run.js";

const LIMIT = { limit: 50, intervalMs: 500 } as const;
const REQUESTS = 1_000;
const TARGETS = { goodput: 0.95, lost: 0, rateLimitedShare: 0.01 } as const;

interface Variant {
  readonly label: string;
  readonly throttle: () => Throttle;
}

const PRIMARY: Variant = {
  label: `createThrottle(${LIMIT.limit}/${LIMIT.intervalMs} ms) + withRetry`,
  throttle: () => createThrottle(LIMIT),
};
const unthrottled = Object.assign(
  <T>(task: () => T | PromiseLike<T>) => Promise.resolve(task()) as Promise<Awaited<T>>,
  { queueSize: 0, observe: () => undefined },
);
const BASELINE: Variant = { label: "baseline: no throttle, withRetry only", throttle: () => unthrottled };

/** The fastest a sliding window starting empty allows: the first `limit` at once, then `limit` per interval. */
const floorMs = (Math.ceil(REQUESTS / LIMIT.limit) - 1) * LIMIT.intervalMs;

const verdict = (stats: RateLimitRunStats) => {
  const goodput = goodputOf(stats, LIMIT);
  const rateLimitedShare = stats.rateLimited / stats.sent;
  return {
    goodput,
    rateLimitedShare,
    misses: [
      ...(goodput >= TARGETS.goodput ? [] : [`goodput ${goodput.toFixed(3)} < ${TARGETS.goodput}`]),
      ...(stats.lost <= TARGETS.lost ? [] : [`${stats.lost} requests lost`]),
      ...(rateLimitedShare < TARGETS.rateLimitedShare ? [] : [`429s ${(rateLimitedShare * 100).toFixed(2)}% >= 1%`]),
    ],
  };
};

const report = (label: string, stats: RateLimitRunStats): string[] => {
  const { goodput, rateLimitedShare, misses } = verdict(stats);
  console.log(`\n${label}`);
  console.log(
    `  requests ${stats.requests}, sent ${stats.sent} (retries ${stats.retries}), succeeded ${stats.succeeded}, lost ${stats.lost}`,
  );
  console.log(`  429s seen ${stats.rateLimited} = ${(rateLimitedShare * 100).toFixed(2)}% of requests sent`);
  console.log(
    `  time ${(stats.elapsedMs / 1000).toFixed(2)} s (fastest the window allows: ${(floorMs / 1000).toFixed(2)} s)`,
  );
  console.log(
    `  goodput ${goodput.toFixed(3)} of the ideal ${LIMIT.limit / (LIMIT.intervalMs / 1000)}/s` +
      ` (${((floorMs / stats.elapsedMs) * 100).toFixed(1)}% of the fastest schedule)`,
  );
  console.log(`  ${misses.length === 0 ? "PASS" : `MISS: ${misses.join("; ")}`}`);
  return misses;
};

const main = async (): Promise<number> => {
  const emulator = await startTalentlmsEmulator({ rateLimit: { limit: LIMIT.limit, windowMs: LIMIT.intervalMs } });
  try {
    console.log(
      `Rate-limit benchmark: ${REQUESTS} GETs fired at once, TalentLMS emulator limited to ${LIMIT.limit} per ${LIMIT.intervalMs} ms`,
    );
    console.log(
      `Targets: goodput >= ${TARGETS.goodput} of limit/interval, no request lost, 429s < 1% of requests sent`,
    );
    const url = `${emulator.v1Url}/users/id:1`;
    const run = async (variant: Variant) => {
      emulator.reset();
      return runRateLimit({ url, apiKey: emulator.apiKey, requests: REQUESTS, throttle: variant.throttle() });
    };
    const baseline = await run(BASELINE);
    report(`${BASELINE.label} (the targets do not apply to it)`, baseline);
    const primary = await run(PRIMARY);
    const misses = report(PRIMARY.label, primary);
    console.log(
      `\nagainst the baseline: ${primary.succeeded}/${baseline.succeeded} requests succeeded, ` +
        `429s ${primary.rateLimited} vs ${baseline.rateLimited}, lost ${primary.lost} vs ${baseline.lost}`,
    );
    return misses.length === 0 ? 0 : 1;
  } finally {
    await emulator.close();
  }
};

process.exitCode = await main().catch((error: unknown) => {
  console.error("The benchmark failed:", error);
  return 1;
});
