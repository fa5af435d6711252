import type { NormalizedError } from "@errnorm/core";
import { buildError, field, isSuccessStatus, normalizeStatus, readAdapterOptions } from "@errnorm/core/adapter";
import { err, ok, type Result } from "neverthrow";
import { envelopeFailures, unwrap } from "./envelope-read.js";
import type { TalviewParseOptions } from "./options.js";
import { issuesError } from "./parse.js";
import { FALLBACK_RULES } from "./tables.js";
import { VENDOR } from "./vendor.js";

/** Options of `checkEnvelope`. */
export interface CheckEnvelopeOptions extends TalviewParseOptions {
  /** The HTTP status the value arrived with, for the error's `status` (default 200). */
  status?: number | undefined;
}

/**
 * The vendor page's best practice 1 ("check `success` first") for a value you already hold: an envelope
 * `{ success, error_message, data }` gives `ok(data)` or `err(NormalizedError)`; an object of envelopes
 * (GraphQL `data`, or the REST form `{"auth_user_login": {...}}`) is checked field by field, and with
 * `operation` that field's inner `data` is returned. Anything else passes through as `ok`. Never throws.
 *
 * @example
 * const token = checkEnvelope<{ access_token: string }>(await res.json(), { operation: "auth_user_login" });
 */
export const checkEnvelope = <T = unknown>(
  value: unknown,
  options?: CheckEnvelopeOptions,
): Result<T, NormalizedError> => {
  const read = readAdapterOptions(options);
  const given = normalizeStatus(field(options, "status"));
  const status = given !== 0 && isSuccessStatus(given) ? given : 200;
  try {
    const failures = envelopeFailures(value, read.operation);
    if (failures.length === 0) return ok(unwrap(value, read.operation) as T);
    return err(issuesError(failures, { status, raw: value }, read));
  } catch (thrown) {
    const evidence = { status, message: "The value could not be read", cause: thrown };
    return err(buildError(VENDOR, FALLBACK_RULES.unreadable, evidence, read));
  }
};
