import type { NormalizedError } from "@errnorm/core";
import { field, normalizeThrown, readAdapterOptions } from "@errnorm/core/adapter";
import type { QuillpadOptions } from "./options.js";
import { parseResponse } from "./parse.js";
import { VENDOR } from "./vendor.js";

const isResponseLike = (thrown: unknown): boolean =>
  typeof field(thrown, "status") === "number" && field(thrown, "body") !== undefined;

/**
 * Anything a Quillpad call threw, as a NormalizedError: a response-like object (`{ status, headers, body }`) is
 * parsed; transport failures (abort, timeout, refused connection, fetch's `TypeError`) are classified; anything
 * else is `unknown`. Never throws.
 */
export const normalizeError = (thrown: unknown, options?: QuillpadOptions): NormalizedError => {
  if (isResponseLike(thrown)) {
    const result = parseResponse(thrown as never, options);
    if (result.isErr()) return result.error;
  }
  return normalizeThrown(VENDOR, thrown, readAdapterOptions(options));
};
