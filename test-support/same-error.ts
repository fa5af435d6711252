import type { NormalizedError } from "@errnorm/core";

/** The wire JSON of an error without `cause`: what "the same error" means across clients. */
export const wireWithoutCause = (error: NormalizedError): Record<string, unknown> => {
  const { cause: _cause, ...rest } = error.toJSON() as unknown as Record<string, unknown>;
  return rest;
};
