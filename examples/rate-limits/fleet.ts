// README, "One budget for the whole fleet": every process that builds its throttle with the same key shares the
// account's TalentLMS limits, held in Redis. Run by packages/integration/test/readme-basics.test.ts against a
// redis-server and the testkit TalentLMS emulator.
import { withRetry } from "@errnorm/core";
import { createRedisThrottle, type RedisClientLike } from "@errnorm/redis";
import { fromFetch, TALENTLMS_RATE_LIMITS } from "@errnorm/talentlms";

/** A worker's user reader; `client` is a connected node-redis `createClient({ url })` (or ioredis) client. */
export const fleetUsers = (client: RedisClientLike, base: string, apiKey: string) => {
  const throttle = createRedisThrottle({
    client,
    key: "talentlms:acme", // one key per API key: every worker using it shares one budget
    windows: TALENTLMS_RATE_LIMITS.windowsByPlan[2000], // 200 per 5 s and 2,000 per hour
    onStoreError: "fail-closed", // Redis unreachable: nothing is sent, the error is `unavailable` (retryable)
  });
  const init = { headers: { "X-API-Key": apiKey, Accept: "application/json" } };
  return (id: number) =>
    withRetry(() => throttle(() => fromFetch(`${base}/api/v2/users/${id}`, init)), {
      idempotent: true,
      onAttempt: ({ error }) => throttle.observe(error), // a 429 pauses every worker sharing the key
    });
};
