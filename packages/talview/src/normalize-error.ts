import { isNormalizedError, type NormalizedError } from "@errnorm/core";
import { field, normalizeThrown, readAdapterOptions, unreadableError } from "@errnorm/core/adapter";
import { clientFailureOf } from "./client-errors.js";
import type { TalviewParseOptions } from "./options.js";
import { evaluate } from "./parse.js";
import { VENDOR } from "./vendor.js";

/**
 * Any thrown value as a NormalizedError: fetch failures, aborts and timeouts; graphql-request's
 * `ClientError`; Apollo Client 4's `CombinedGraphQLErrors`, `ServerError`, `ServerParseError` and network
 * errors; urql's `CombinedError`. The response inside a client error is read like `parseResponse` reads
 * it, so the same failure gets the same category through any client. Never throws.
 */
export const normalizeError = (thrown: unknown, options?: TalviewParseOptions): NormalizedError => {
  try {
    if (isNormalizedError(thrown)) return thrown;
    // urql's CombinedError from errnormExchange carries the error the exchange already made.
    const wrapped = field(thrown, "networkError");
    if (isNormalizedError(wrapped)) return wrapped;
    const read = readAdapterOptions(options);
    const failure = clientFailureOf(thrown);
    if (failure?.kind === "response") {
      const result = evaluate(failure, read, thrown);
      if (result.isErr()) return result.error;
    }
    return normalizeThrown(VENDOR, thrown, read, failure?.kind === "transport" ? failure.error : thrown);
  } catch {
    return unreadableError(VENDOR);
  }
};
