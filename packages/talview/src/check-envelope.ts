import { type NormalizedError } from "@errnorm/core";
import { isSuccessStatus, normalizeStatus } from "@errnorm/core/adapter";
import { err, ok, type Result } from "neverthrow";
import { buildError, ruleError } from "./build-error.js";
import { classify } from "./classify.js";
import { envelopeFailures, unwrap } from "./envelope-read.js";
import { readOptions, type TalviewParseOptions } from "./options.js";
import { get } from "./safe.js";
import { FALLBACK_RULES } from "./tables.js";

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
  const opts = readOptions(options);
  const given = normalizeStatus(get(options, "status"));
  const status = given !== 0 && isSuccessStatus(given) ? given : 200;
  try {
    const failures = envelopeFailures(value, opts.operation);
    if (failures.length === 0) return ok(unwrap(value, opts.operation) as T);
    return err(
      buildError(
        failures.map((issue) => classify(issue, status)),
        { status, headers: undefined, raw: value, options: opts },
      ),
    );
  } catch (thrown) {
    return err(
      ruleError(FALLBACK_RULES.unreadable, "The value could not be read", {
        status,
        headers: undefined,
        raw: undefined,
        options: opts,
        cause: thrown,
      }),
    );
  }
};
