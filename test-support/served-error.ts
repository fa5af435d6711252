import type { Category, NormalizedError } from "@errnorm/core";
import type { TappedResponse } from "@errnorm/testkit";
import { expect } from "vitest";
import { wireWithoutCause } from "./same-error.js";

/** What a client test case expects of the error. */
export interface ExpectedError {
  readonly category: Category;
  readonly reason: string;
  readonly retryable: boolean;
  readonly status: number;
  readonly retryAfterMs?: number;
}

/**
 * Asserts the error a client gave for the response it was `served`: the expected fields, the served status, the
 * served `x-request-id` as its trace id, and the wire JSON (but `cause`) of `oracle`, parseResponse's error for the
 * same response.
 */
export const expectServedError = (
  error: NormalizedError,
  served: TappedResponse,
  expected: ExpectedError & { readonly vendor: string },
  oracle: NormalizedError,
): void => {
  const { vendor, category, reason, retryable, status } = expected;
  expect(error).toMatchObject({ vendor, category, reason, retryable, status });
  expect(error.retryAfterMs).toBe(expected.retryAfterMs);
  expect(served.status).toBe(status);
  expect(served.headers["x-request-id"]).toBeTruthy();
  expect(error.traceId).toBe(served.headers["x-request-id"]);
  expect(wireWithoutCause(error)).toEqual(wireWithoutCause(oracle));
};
