import type { NormalizedError } from "@errnorm/core";

const partial = new WeakMap<NormalizedError, unknown>();

export const rememberPartialData = (error: NormalizedError, data: unknown): NormalizedError => {
  if (data !== undefined && data !== null) partial.set(error, data);
  return error;
};

/**
 * The `data` that arrived together with the errors (GraphQL partial data), unredacted and in full;
 * `undefined` when there was none. A redacted, capped copy is also in `error.raw.data`. Errors made by
 * `error.with(...)` do not carry it.
 */
export const partialDataOf = (error: NormalizedError): unknown => partial.get(error);
