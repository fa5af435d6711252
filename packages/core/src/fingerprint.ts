import type { NormalizedError } from "./error.js";

/**
 * Vendors whose reasons mean different problems in different operations: a Talview `VALIDATION_FAILED` in
 * `booking_create` and one in `candidate_create` are two bugs, so the operation joins the fingerprint.
 */
export const OPERATION_SCOPED_VENDORS: ReadonlySet<string> = new Set(["talview"]);

/** Options of `fingerprint`. */
export interface FingerprintOptions {
  /** Add the operation (when the error has one) whatever the vendor; default: only for `OPERATION_SCOPED_VENDORS`. */
  readonly operation?: boolean | undefined;
}

/**
 * A stable grouping key for error trackers: `["errnorm", vendor, reason]`, plus the operation where the vendor's
 * reasons depend on it (Talview). Never a message, an id or a status that varies between occurrences.
 *
 * @example
 * Sentry.init({ beforeSend: (event, hint) => (isNormalizedError(hint.originalException) ? { ...event, fingerprint: fingerprint(hint.originalException) } : event) });
 */
export const fingerprint = (error: NormalizedError, options: FingerprintOptions = {}): string[] => {
  const scoped = options.operation ?? OPERATION_SCOPED_VENDORS.has(error.vendor);
  return scoped && error.operation !== undefined
    ? ["errnorm", error.vendor, error.reason, error.operation]
    : ["errnorm", error.vendor, error.reason];
};
