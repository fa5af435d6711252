import { defineRules, type Rule } from "@errnorm/core/adapter";

/**
 * Every status the vendor documents (developers.talentlms.io/errors). 200 and 204 are successes. Other
 * statuses fall back to core's `statusRule` (reason `HTTP_<n>`). What each reason means is in
 * `TALENTLMS_REASON_NOTES`.
 */
export const STATUS_RULES = defineRules({
  400: { category: "invalid_request", reason: "BAD_REQUEST", action: "fix_request" },
  401: { category: "authentication", reason: "API_KEY_REJECTED", action: "check_credentials" },
  403: { category: "permission", reason: "API_NOT_ENABLED", action: "check_account" },
  404: { category: "not_found", reason: "NOT_FOUND", action: "fix_request" },
  422: { category: "invalid_request", reason: "UNPROCESSABLE_ENTITY", action: "fix_request" },
  429: { category: "rate_limited", reason: "RATE_LIMITED", action: "retry" },
  500: { category: "server", reason: "HTTP_500", action: "retry" },
} as const satisfies Record<number, Rule>);

/** The statuses the vendor documents as success. */
export const TALENTLMS_SUCCESS_STATUSES = /* @__PURE__ */ Object.freeze([200, 204] as const);

/**
 * The `type` of an error body (`invalid_request_error` or `api_error`). Always kept in `vendorCode`; it decides
 * the category only where the status cannot: an error body inside a 2xx response.
 */
export const TYPE_RULES = defineRules({
  invalid_request_error: { category: "invalid_request", reason: "INVALID_REQUEST", action: "fix_request" },
  api_error: { category: "server", reason: "API_ERROR", action: "retry" },
} as const satisfies Record<string, Rule>);

/** Rules for what neither the status nor the body's `type` and message decide. */
export const FALLBACK_RULES = defineRules({
  httpsRequired: { category: "invalid_request", reason: "HTTPS_REQUIRED", action: "use_https" },
  notJson: { category: "unknown", reason: "NOT_JSON_RESPONSE", action: "check_account" },
  unrecognizedError: { category: "unknown", reason: "UNRECOGNIZED_ERROR", action: "contact_support" },
  bodyNotRead: { category: "unknown", reason: "BODY_NOT_READ", action: "fix_request" },
  bodyReadFailed: { category: "network", reason: "BODY_READ_FAILED", action: "retry" },
  successThrown: { category: "unknown", reason: "SUCCESS_RESPONSE_THROWN", action: "contact_support" },
  unreadable: { category: "unknown", reason: "UNREADABLE_RESPONSE", action: "contact_support" },
} as const satisfies Record<string, Rule>);

// The rate-limit tables below are marked pure (`@__PURE__`, `@__NO_SIDE_EFFECTS__`): a bundle of `parseResponse`
// never reads them and drops them.

const HOUR_MS = 3_600_000;

const window = /* @__NO_SIDE_EFFECTS__ */ <L extends number, I extends number>(limit: L, intervalMs: I) =>
  Object.freeze({ limit, intervalMs });

/** "requests must not exceed 200 calls per 5 seconds". */
const BURST = window(200, 5_000);

/** The windows of a plan with `hourly` requests per hour. */
const planWindows = /* @__NO_SIDE_EFFECTS__ */ <H extends number>(hourly: H) =>
  Object.freeze([BURST, window(hourly, HOUR_MS)] as const);

/**
 * The documented rate limits, for throttles (`createThrottle(TALENTLMS_RATE_LIMITS.burst)`). TalentLMS documents
 * only `X-RateLimit-Limit` and `X-RateLimit-Remaining`: no reset header and no `Retry-After`.
 */
export const TALENTLMS_RATE_LIMITS = /* @__PURE__ */ Object.freeze({
  /** "requests must not exceed 200 calls per 5 seconds". */
  burst: BURST,
  /** Requests per hour, by subscription plan ("e.g. 2,000 or 10,000 requests per hour"). */
  hourlyByPlan: /* @__PURE__ */ Object.freeze([2_000, 10_000] as const),
  hourlyIntervalMs: HOUR_MS,
  /** The windows of each plan, by its hourly quota: `createThrottle({ windows: windowsByPlan[2000] })`. */
  windowsByPlan: /* @__PURE__ */ Object.freeze({ 2000: planWindows(2_000), 10000: planWindows(10_000) }),
  headers: /* @__PURE__ */ Object.freeze({ limit: "X-RateLimit-Limit", remaining: "X-RateLimit-Remaining" } as const),
  /** The vendor documents no header telling how long to wait. */
  sendsRetryAfter: false,
  sendsReset: false,
} as const);

/**
 * `TALENTLMS_RATE_LIMITS` in words, for the developer message of a 429 that sent no `Retry-After`. Written out, so
 * a bundle of `parseResponse` carries no rate-limit table; rate-limit.test.ts checks that it says what the table says.
 */
export const DOCUMENTED_LIMITS = "200 calls per 5 s, 2000 or 10000 per hour by plan";
