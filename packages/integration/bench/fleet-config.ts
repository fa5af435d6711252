import type { RateWindow } from "@errnorm/core";

/** How one worker process paces its requests. */
export type FleetThrottle =
  | { readonly kind: "local"; readonly windows: readonly RateWindow[] }
  | {
      readonly kind: "redis";
      readonly client: "node-redis" | "ioredis";
      readonly redisUrl: string;
      readonly key: string;
      readonly windows: readonly RateWindow[];
      readonly onStoreError: "fail-closed" | "fail-open";
    };

/** What the parent passes to fleet-worker.ts (as JSON in argv). */
export interface FleetWorkerConfig {
  readonly worker: number;
  readonly url: string;
  readonly apiKey: string;
  readonly requests: number;
  readonly throttle: FleetThrottle;
  /** What the throttle is told: every response's `remaining` and every error ("all"), the errors (429s) only, or nothing. */
  readonly observe: "all" | "errors" | "none";
}

/** What a worker reports when its requests are done. */
export interface FleetWorkerResult {
  readonly worker: number;
  /** HTTP requests sent (first attempts and retries). */
  readonly sent: number;
  readonly rateLimited: number;
  readonly succeeded: number;
  /** Throttle calls rejected with RATE_BUDGET_STORE_UNAVAILABLE (withRetry may have retried them). */
  readonly storeRejections: number;
  /** Requests whose final result was that clean rejection. */
  readonly rejectedCleanly: number;
  /** Requests whose final result was any other error. */
  readonly failed: number;
  readonly failedBy: Readonly<Record<string, number>>;
  /** Attempt tags the worker's task function ran more than once. */
  readonly ranTwice: number;
  /** The longest task (one HTTP exchange) this worker ran. */
  readonly slowestMs: number;
}

/** The attempt tag header: one value per (worker, request, attempt). */
export const ATTEMPT_HEADER = "x-bench-attempt";
