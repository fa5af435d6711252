import type { RateWindow } from "@errnorm/core";
import { commandOf, type RedisClientLike } from "./client.js";
import { ACQUIRE, FORGET, PAUSE, RENEW, scriptRunner } from "./scripts.js";

/** What one acquire got: `granted` slot ids, or none and how long to wait before asking again. */
export interface Grant {
  readonly ids: readonly string[];
  readonly waitMs: number;
}

/** The shared budget's operations; each one atomic in Redis, each one failing after `timeoutMs`. */
export interface BudgetStore {
  acquire(wanted: number): Promise<Grant>;
  /** Tasks settled: their slots come back one interval from now. */
  settle(ids: readonly string[]): Promise<void>;
  /** Tasks still running: their leases are renewed so another process cannot take their slots. */
  extend(ids: readonly string[]): Promise<void>;
  /** Slots granted to tasks that never ran. */
  forget(ids: readonly string[]): Promise<void>;
  pause(ms: number): Promise<void>;
}

/** Most slots asked for in one round trip (a Lua call's arguments are bounded). */
const MAX_BATCH = 500;

const withTimeout = <T>(promise: Promise<T>, ms: number): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The Redis command took longer than ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });

/**
 * The keys of one budget share a hash tag (`{key}`), so a Redis Cluster keeps them on one node: `{key}:pause` and
 * `{key}:<limit>/<intervalMs>` per window (processes that pass the same windows share them).
 */
export const budgetKeys = (key: string, windows: readonly RateWindow[]) => ({
  pause: `{${key}}:pause`,
  windows: windows.map((window) => `{${key}}:${window.limit}/${window.intervalMs}`),
});

/** The budget under `key` in the Redis that `client` talks to. */
export const createBudgetStore = (
  client: RedisClientLike,
  key: string,
  windows: readonly RateWindow[],
  timeoutMs: number,
  minLeaseMs: number,
): BudgetStore => {
  const run = scriptRunner(commandOf(client));
  const keys = budgetKeys(key, windows);
  const limits = windows.flatMap((window) => [String(window.limit), String(window.intervalMs)]);
  const intervals = windows.map((window) => String(window.intervalMs));
  const prefix = `${globalThis.crypto.randomUUID()}:`;
  let sequence = 0;
  const call = (script: string, scriptKeys: readonly string[], args: readonly string[]) =>
    withTimeout(run(script, scriptKeys, args), timeoutMs);
  const renew = async (mode: "XX" | "", ids: readonly string[]) => {
    if (ids.length > 0) await call(RENEW, keys.windows, [mode, String(minLeaseMs), ...intervals, ...ids]);
  };
  const forget = async (ids: readonly string[]) => {
    if (ids.length > 0) await call(FORGET, keys.windows, ids);
  };
  return {
    async acquire(wanted) {
      const first = sequence;
      const asked = Math.min(wanted, MAX_BATCH);
      // The ids of this attempt are never reused, so a grant that lands after a timeout can be taken back by id.
      sequence += asked;
      const idsOf = (count: number) => Array.from({ length: count }, (_, n) => `${prefix}${first + n}`);
      let reply: unknown;
      try {
        reply = await call(
          ACQUIRE,
          [keys.pause, ...keys.windows],
          [String(asked), prefix, String(first), String(minLeaseMs), ...limits],
        );
      } catch (error) {
        forget(idsOf(asked)).catch(() => undefined);
        throw error;
      }
      const [granted, waitMs] = (Array.isArray(reply) ? reply : []).map(Number);
      return { ids: idsOf(granted ?? 0), waitMs: Math.max(0, waitMs ?? 0) };
    },
    settle: (ids) => renew("", ids),
    extend: (ids) => renew("XX", ids),
    forget,
    async pause(ms) {
      await call(PAUSE, [keys.pause], [String(Math.max(1, Math.ceil(ms)))]);
    },
  };
};
