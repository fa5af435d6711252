// @errnorm/redis: core's Throttle with its budget held in Redis (or Valkey), shared by every process using one key.
export type { IoredisLike, NodeRedisLike, RedisClientLike } from "./client.js";
export { createRedisThrottle, type RedisThrottleOptions } from "./redis-throttle.js";
export { STORE_UNAVAILABLE_REASON } from "./store-error.js";
