import type { Action, Category } from "@errnorm/core";
import { frozen } from "./safe.js";

/** How TalentLMS evidence (a status, a `type`, a message) is understood. One meaning per reason. */
export interface TalentlmsRule {
  readonly category: Category;
  /** Stable UPPER_SNAKE id: one meaning per (talentlms, reason), never reused. */
  readonly reason: string;
  readonly action: Action;
  /** What it means, in the vendor's words where it has them. */
  readonly meaning: string;
}

/**
 * Every status the vendor documents, with the vendor's own description (developers.talentlms.io/errors).
 * 200 and 204 are successes. Other statuses fall back to core's `statusRule` (reason `HTTP_<n>`).
 */
export const TALENTLMS_STATUS_TABLE = frozen({
  400: {
    category: "invalid_request",
    reason: "BAD_REQUEST",
    action: "fix_request",
    meaning: "A required parameter is missing, or an invalid type was supplied.",
  },
  401: {
    category: "authentication",
    reason: "API_KEY_REJECTED",
    action: "check_credentials",
    meaning: "The API key is missing, incorrectly formatted, or invalid (the body does not say which).",
  },
  403: {
    category: "permission",
    reason: "API_NOT_ENABLED",
    action: "check_account",
    meaning: "The API is not enabled for your domain, or the domain is inactive.",
  },
  404: {
    category: "not_found",
    reason: "NOT_FOUND",
    action: "fix_request",
    meaning: "The requested resource does not exist (e.g. user, course, or branch ID not found).",
  },
  422: {
    category: "invalid_request",
    reason: "UNPROCESSABLE_ENTITY",
    action: "fix_request",
    meaning: "The request body or parameters are malformed and could not be processed.",
  },
  429: {
    category: "rate_limited",
    reason: "RATE_LIMITED",
    action: "retry",
    meaning: "Too many requests: the hourly plan quota or the 200-per-5-seconds burst cap was exceeded.",
  },
  500: {
    category: "server",
    reason: "HTTP_500",
    action: "retry",
    meaning: "Internal server error: something went wrong on TalentLMS's side.",
  },
} as const satisfies Record<number, TalentlmsRule>);

/** The statuses the vendor documents as success. */
export const TALENTLMS_SUCCESS_STATUSES = frozen([200, 204] as const);

/**
 * The `type` of an error body (`invalid_request_error` or `api_error`). Always kept in `vendorCode`; it decides
 * the category only where the status cannot: an error body inside a 2xx response.
 */
export const TALENTLMS_TYPE_TABLE = frozen({
  invalid_request_error: {
    category: "invalid_request",
    reason: "INVALID_REQUEST",
    action: "fix_request",
    meaning: "A 2xx response whose body is an `invalid_request_error` with no more specific message.",
  },
  api_error: {
    category: "server",
    reason: "API_ERROR",
    action: "retry",
    meaning: "A 2xx response whose body is an `api_error` (server-side or unexpected issue).",
  },
} as const satisfies Record<string, TalentlmsRule>);

/** Rules for what neither the status nor the body's `type` and message decide. */
export const TALENTLMS_FALLBACK_RULES = frozen({
  httpsRequired: {
    category: "invalid_request",
    reason: "HTTPS_REQUIRED",
    action: "use_https",
    meaning: "The request was sent over plain HTTP; TalentLMS requires HTTPS.",
  },
  notJson: {
    category: "unknown",
    reason: "NOT_JSON_RESPONSE",
    action: "check_account",
    meaning:
      "A 2xx response whose body is not JSON (an HTML page from a wrong subdomain, a proxy or a CDN): every TalentLMS success is JSON or empty.",
  },
  unrecognizedError: {
    category: "unknown",
    reason: "UNRECOGNIZED_ERROR",
    action: "contact_support",
    meaning: "A 2xx response whose body holds an `error` that names no known type or message.",
  },
  bodyNotRead: {
    category: "unknown",
    reason: "BODY_NOT_READ",
    action: "fix_request",
    meaning: "A 2xx response passed with its body still a stream: read it as text first, or use `fromFetch`.",
  },
  bodyReadFailed: {
    category: "network",
    reason: "BODY_READ_FAILED",
    action: "retry",
    meaning: "The response headers arrived but reading the body failed.",
  },
  successThrown: {
    category: "unknown",
    reason: "SUCCESS_RESPONSE_THROWN",
    action: "contact_support",
    meaning: "A successful response was thrown as if it were an error.",
  },
  unreadable: {
    category: "unknown",
    reason: "UNREADABLE_RESPONSE",
    action: "contact_support",
    meaning: "The response could not be read at all (a hostile or broken object).",
  },
} as const satisfies Record<string, TalentlmsRule>);

/**
 * The documented rate limits, for throttles (`createThrottle(TALENTLMS_RATE_LIMITS.burst)`). TalentLMS documents
 * only `X-RateLimit-Limit` and `X-RateLimit-Remaining`: no reset header and no `Retry-After`.
 */
export const TALENTLMS_RATE_LIMITS = frozen({
  /** "requests must not exceed 200 calls per 5 seconds". */
  burst: { limit: 200, intervalMs: 5_000 },
  /** Requests per hour, by subscription plan ("e.g. 2,000 or 10,000 requests per hour"). */
  hourlyByPlan: [2_000, 10_000],
  hourlyIntervalMs: 3_600_000,
  headers: { limit: "X-RateLimit-Limit", remaining: "X-RateLimit-Remaining" },
  /** The vendor documents no header telling how long to wait. */
  sendsRetryAfter: false,
  sendsReset: false,
} as const);
