// One worker of `pnpm bench:fleet`: prints {"ready":true}, waits for "go" on stdin, sends its requests through its
// throttle and withRetry, prints {"result": FleetWorkerResult}.
import { createInterface } from "node:readline";
import { createThrottle, type Throttle, withRetry } from "@errnorm/core";
import { readRateLimit } from "@errnorm/core/adapter";
import { createRedisThrottle, type RedisClientLike } from "@errnorm/redis";
import { fromFetch } from "@errnorm/talentlms";
import { connectClient } from "../../redis/test/support/clients.js";
import { ATTEMPT_HEADER, type FleetThrottle, type FleetWorkerConfig, type FleetWorkerResult } from "./fleet-config.js";

const config = JSON.parse(process.argv[2] ?? "{}") as FleetWorkerConfig;

const connect = async (spec: Extract<FleetThrottle, { kind: "redis" }>): Promise<RedisClientLike> =>
  (await connectClient(spec.client, spec.redisUrl)).client;

const throttleOf = async (spec: FleetThrottle): Promise<Throttle> =>
  spec.kind === "local"
    ? createThrottle({ windows: spec.windows })
    : createRedisThrottle({
        client: await connect(spec),
        key: spec.key,
        windows: spec.windows,
        onStoreError: spec.onStoreError,
        log: () => undefined,
      });

const throttle = await throttleOf(config.throttle);
// Warm up (fetch, the adapter, the Redis scripts) outside the measured run: a path the emulator does not count.
await fetch(new URL("/warm-up", config.url)).then((response) => response.arrayBuffer());
await throttle(() => undefined);
const lines = createInterface({ input: process.stdin });
console.log(JSON.stringify({ ready: true }));
for await (const line of lines) if (line.trim() === "go") break;

let sent = 0;
let rateLimited = 0;
let storeRejections = 0;
const runs = new Map<string, number>();

let slowestMs = 0;
const attempt = (tag: string) => async () => {
  const began = performance.now();
  try {
    return await send(tag);
  } finally {
    slowestMs = Math.max(slowestMs, performance.now() - began);
  }
};

const send = async (tag: string) => {
  runs.set(tag, (runs.get(tag) ?? 0) + 1);
  sent += 1;
  const response = await fetch(`${config.url}/users/id:1`, {
    headers: { "X-API-Key": config.apiKey, Accept: "application/json", [ATTEMPT_HEADER]: tag },
  }).catch((error: unknown) => error);
  if (config.observe === "all" && response instanceof Response) throttle.observe(readRateLimit(response.headers));
  const result = await fromFetch(response instanceof Response ? response : Promise.reject(response));
  if (result.isErr()) {
    if (result.error.status === 429) rateLimited += 1;
    if (config.observe !== "none") throttle.observe(result.error);
  }
  return result;
};

const one = async (request: number) => {
  let tries = 0;
  const result = await withRetry(
    async () => {
      tries += 1;
      try {
        return await throttle(attempt(`${config.worker}-${request}-${tries}`));
      } catch (error) {
        if ((error as { reason?: string }).reason === "RATE_BUDGET_STORE_UNAVAILABLE") storeRejections += 1;
        throw error;
      }
    },
    { idempotent: true },
  );
  return result;
};

const settled = await Promise.allSettled(Array.from({ length: config.requests }, (_, i) => one(i)));
let succeeded = 0;
let rejectedCleanly = 0;
const failedBy: Record<string, number> = {};
for (const outcome of settled) {
  const error =
    outcome.status === "rejected" ? outcome.reason : outcome.value.isErr() ? outcome.value.error : undefined;
  if (error === undefined) succeeded += 1;
  else if ((error as { reason?: string }).reason === "RATE_BUDGET_STORE_UNAVAILABLE") rejectedCleanly += 1;
  else {
    const reason = String((error as { reason?: string }).reason ?? "THROWN");
    failedBy[reason] = (failedBy[reason] ?? 0) + 1;
  }
}
const result: FleetWorkerResult = {
  worker: config.worker,
  sent,
  rateLimited,
  succeeded,
  storeRejections,
  rejectedCleanly,
  failed: Object.values(failedBy).reduce((a, b) => a + b, 0),
  failedBy,
  ranTwice: [...runs.values()].filter((n) => n > 1).length,
  slowestMs: Math.round(slowestMs),
};
console.log(JSON.stringify({ result }));
process.exit(0);
