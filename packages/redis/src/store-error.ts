import { NormalizedError } from "@errnorm/core";

/** The reason of the error waiting tasks reject with when the shared budget cannot be reached (fail-closed). */
export const STORE_UNAVAILABLE_REASON = "RATE_BUDGET_STORE_UNAVAILABLE";

const describe = (error: unknown): string => {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
};

/** A `NormalizedError` (category `unavailable`, retryable) for a Redis failure; the Redis error is its `cause`. */
export const storeUnavailable = (error: unknown): NormalizedError =>
  new NormalizedError({
    vendor: "errnorm",
    category: "unavailable",
    reason: STORE_UNAVAILABLE_REASON,
    message: `The shared rate budget in Redis could not be reached, so the request was not sent (${describe(error)})`,
    status: 0,
    cause: error,
  });
