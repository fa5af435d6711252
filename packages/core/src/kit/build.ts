import { isRetryableCategory } from "../categories.js";
import { type FieldError, NormalizedError } from "../error.js";
import { parseRetryAfter, readHeader, readRateLimit, readTraceId } from "../http.js";
import { safeGet } from "../safe.js";
import { snapshotHeaders } from "./headers.js";
import type { AdapterOptions } from "./options.js";
import { decideRule, type Rule } from "./rule.js";

/** What an adapter read from one failed response (or one thrown value), beside the rule that decided it. */
export interface ErrorEvidence {
  /** The HTTP status seen; 0 when no response arrived. */
  readonly status: number;
  /** The developer message: the vendor's own text where it has one. */
  readonly message: string;
  /**
   * Response headers in any shape. Read for `rateLimit`, `Retry-After` (kept only for a retryable category) and
   * the trace id; secret values under secret names are learned from them and scrubbed.
   */
  readonly headers?: unknown;
  /** Text for end users, when the vendor wrote one for them; else the catalog's message for the category. */
  readonly userMessage?: string | undefined;
  readonly vendorCode?: string | undefined;
  /** A trace id the body carried; the headers' (`X-Request-Id` and kin) otherwise. */
  readonly traceId?: string | undefined;
  readonly fieldErrors?: readonly FieldError[] | undefined;
  /** Defaults to the options' `operation`. */
  readonly operation?: string | undefined;
  /** The vendor's body; redacted and capped by the error. */
  readonly raw?: unknown;
  /** The client error it came from, kept as a redacted `cause` (the original via `originalCause`). */
  readonly cause?: unknown;
  /** More places to learn secrets from (the headers as the caller gave them, a request config). */
  readonly secretSources?: readonly unknown[] | undefined;
}

/**
 * The one way an adapter builds its error: a classified rule plus what the response said. Fills every
 * header-derived field (rate limit, Retry-After, trace id), the caller's message catalog and secrets.
 *
 * @example
 * return err(buildError("acme", lookupRule(STATUS_RULES, status) ?? statusRule(status), { status, headers, message }, options));
 */
export const buildError = (
  vendor: string,
  rule: Rule,
  evidence: ErrorEvidence,
  options: AdapterOptions,
): NormalizedError => {
  const { category, reason, action } = decideRule(rule);
  // Read once into a lookup: the rate-limit, Retry-After and request-id reads below cost one map access each.
  const headers = snapshotHeaders(evidence.headers);
  return new NormalizedError({
    vendor,
    category,
    reason,
    action,
    message: evidence.message,
    status: evidence.status,
    retryAfterMs: isRetryableCategory(category) ? parseRetryAfter(readHeader(headers, "retry-after")) : undefined,
    traceId: evidence.traceId ?? readTraceId(headers),
    // A caller's catalog entry for the category beats the vendor's words: a catalog is how an SDK localizes.
    // Read safely: the catalog is the caller's object (a throwing Proxy reads as no entry).
    userMessage: safeGet(options.messages, category) === undefined ? evidence.userMessage : undefined,
    vendorCode: evidence.vendorCode,
    rateLimit: readRateLimit(headers),
    fieldErrors: evidence.fieldErrors,
    operation: evidence.operation ?? options.operation,
    raw: evidence.raw,
    cause: evidence.cause,
    messages: options.messages,
    keepPersonalData: options.keepPersonalData,
    personalDataKeys: options.personalDataKeys,
    secrets: options.secrets,
    // The headers as given: the lookup hides the values that secrets are learned from.
    secretSources: [evidence.headers, ...(evidence.secretSources ?? [])],
  });
};
