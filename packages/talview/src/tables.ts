import type { Action, Category } from "@errnorm/core";
import { defineRules, type Rule } from "@errnorm/core/adapter";
import { rulesByCategory } from "./rule-groups.js";

/**
 * Numeric codes, wherever they arrive: the HTTP status, or `extensions.code` of a bare body or a GraphQL
 * error at HTTP 200 (the vendor page's 400/401/403/422/429/500/502 examples). Codes not listed fall back
 * to core's `statusRule` (reason `HTTP_<n>`). As in every table, `action` is given only where it is not the
 * category's (`CATEGORY_POLICY`).
 */
export const STATUS_RULES = defineRules({
  400: { category: "invalid_request", reason: "BAD_REQUEST" },
  // The vendor: "missing or invalid" token, "Re-authenticate to obtain a new access token".
  401: { category: "authentication", reason: "UNAUTHENTICATED", action: "refresh_token" },
  // The vendor: "expired or does not have sufficient permissions" and "refresh the token on 401/403":
  // one refresh is the advised first step; `createTokenRefresher` refreshes once and never loops.
  403: { category: "permission", reason: "FORBIDDEN", action: "refresh_token" },
  404: { category: "not_found", reason: "NOT_FOUND" },
  405: { category: "invalid_request", reason: "METHOD_NOT_ALLOWED" },
  408: { category: "timeout", reason: "REQUEST_TIMEOUT" },
  409: { category: "conflict", reason: "CONFLICT" },
  413: { category: "invalid_request", reason: "PAYLOAD_TOO_LARGE" },
  // The vendor: "well-formed but contains semantic errors or violates business rules".
  422: { category: "business_rule", reason: "UNPROCESSABLE_ENTITY" },
  429: { category: "rate_limited", reason: "RATE_LIMITED" },
  500: { category: "server", reason: "INTERNAL_SERVER_ERROR" },
  // The vendor calls 502 "Server Timed Out": an upstream did not answer in time.
  502: { category: "unavailable", reason: "BAD_GATEWAY" },
  503: { category: "unavailable", reason: "SERVICE_UNAVAILABLE" },
  504: { category: "unavailable", reason: "GATEWAY_TIMEOUT" },
} as const satisfies Record<number, Rule>);

/**
 * Every `extensions.code` (GraphQL) and `code` (REST) string of Hasura v2 (`Hasura.Base.Error`, `Code`),
 * which Talview runs on, by category. Refined by message for token expiry, login failures and constraint kinds
 * (`MESSAGE_RULES`).
 */
export const HASURA_RULES = /* @__PURE__ */ rulesByCategory(
  {
    authentication: ["invalid-jwt", "jwt-invalid-claims", "jwt-missing-role-claims"],
    permission: ["access-denied", "permission-denied", "permission-error"],
    not_found: ["not-exists", "not-found"],
    // `constraint-violation`: uniqueness by default; not-null, foreign-key and check violations are refined by message.
    conflict: ["already-exists", "already-tracked", "concurrent-update", "conflict", "constraint-violation"],
    invalid_request: [
      "already-untracked",
      "bad-request",
      "coercion-error",
      "constraint-error",
      "cyclic-dependency",
      "data-exception",
      "dependency-error",
      "invalid-headers",
      "invalid-json",
      "invalid-params",
      "method-not-allowed",
      "not-supported",
      "parse-failed",
      "start-failed",
      "validation-failed",
    ],
    unavailable: ["busy", "postgres-max-connections-error"],
    // `unexpected` is Hasura's default code, also for an action handler that answered 5xx (hasura discussion #10097).
    server: [
      "bigquery-error",
      "data-connector-error",
      "invalid-configuration",
      "mssql-error",
      "postgres-error",
      "remote-schema-conflicts",
      "remote-schema-error",
      "unexpected",
      "unexpected-payload",
    ],
  },
  {
    reasons: { "postgres-max-connections-error": "POSTGRES_MAX_CONNECTIONS" },
    actions: {
      // Expired, malformed or wrongly signed: a fresh token is the fix; `JWTExpired` is refined to TOKEN_EXPIRED.
      "invalid-jwt": "refresh_token",
      "invalid-configuration": "contact_support",
      "remote-schema-conflicts": "contact_support",
    },
  },
);

/**
 * Conventional GraphQL server codes (Apollo Server/Router, graphql-yoga) that a gateway in front of Hasura
 * may send (Talview publishes an Apollo "supergraph" host), by category. Inferred, not documented by Talview.
 */
export const GRAPHQL_SERVER_RULES = /* @__PURE__ */ rulesByCategory(
  {
    authentication: ["UNAUTHENTICATED", "TOKEN_EXPIRED"],
    permission: ["FORBIDDEN"],
    invalid_request: [
      "BAD_USER_INPUT",
      "BAD_REQUEST",
      "GRAPHQL_PARSE_FAILED",
      "GRAPHQL_VALIDATION_FAILED",
      "PERSISTED_QUERY_NOT_FOUND",
      "PERSISTED_QUERY_NOT_SUPPORTED",
      "OPERATION_RESOLUTION_FAILURE",
    ],
    rate_limited: ["RATE_LIMITED", "TOO_MANY_REQUESTS"],
    server: ["INTERNAL_SERVER_ERROR"],
    unavailable: ["SUBREQUEST_HTTP_ERROR"],
  },
  {
    reasons: { TOO_MANY_REQUESTS: "RATE_LIMITED" },
    actions: { UNAUTHENTICATED: "refresh_token", TOKEN_EXPIRED: "refresh_token" },
  },
);

/** A logical code's rule: its reason is the code itself; `userMessage` is shown when the vendor sent the bare code. */
export interface LogicalRule extends Rule {
  readonly action: Action;
  readonly userMessage: string;
}

/**
 * The vendor page's "Common Logical Error Codes". They arrive as the whole `error_message`, as its prefix
 * (`SLOT_UNAVAILABLE: ...`) or as `extensions.code`; the reason is the code itself. The vendor's description
 * and resolution of each are in `TALVIEW_LOGICAL_CODE_NOTES`.
 */
export const LOGICAL_RULES = defineRules({
  VALIDATION_ERROR: {
    category: "invalid_request",
    reason: "VALIDATION_ERROR",
    action: "fix_request",
    userMessage: "Some of the information entered is not valid. Please check it and try again.",
  },
  SLOT_UNAVAILABLE: {
    category: "business_rule",
    reason: "SLOT_UNAVAILABLE",
    action: "refresh_availability",
    userMessage: "The selected time slot is no longer available. Please choose another slot.",
  },
  BOOKING_NOT_FOUND: {
    category: "not_found",
    reason: "BOOKING_NOT_FOUND",
    action: "fix_request",
    userMessage: "The booking could not be found.",
  },
  RESCHEDULE_NOT_ALLOWED: {
    category: "business_rule",
    reason: "RESCHEDULE_NOT_ALLOWED",
    action: "none",
    userMessage: "This booking can no longer be rescheduled.",
  },
  PAYMENT_REQUIRED: {
    category: "business_rule",
    reason: "PAYMENT_REQUIRED",
    action: "complete_payment",
    userMessage: "Payment is required before you can continue.",
  },
  IDENTITY_VERIFICATION_FAILED: {
    category: "business_rule",
    reason: "IDENTITY_VERIFICATION_FAILED",
    action: "verify_identity",
    userMessage: "Your identity could not be verified. Please check your documents or photo and try again.",
  },
} as const satisfies Record<string, LogicalRule>);

/** A numeric code with a Talview-specific meaning. */
export type TalviewStatusCode = keyof typeof STATUS_RULES;
/** A Hasura error code string (`"invalid-jwt"`, `"constraint-violation"`, …). */
export type HasuraCode = keyof typeof HASURA_RULES;
/** A logical code of the vendor page (`"SLOT_UNAVAILABLE"`, …). */
export type LogicalCode = keyof typeof LOGICAL_RULES;

/** Rules for failures that carry no code of their own. */
export const FALLBACK_RULES = defineRules({
  /** `success: false` with prose and no code (the vendor page's "No available slots for selected date"). */
  businessFailure: { category: "business_rule", reason: "BUSINESS_RULE_FAILED" },
  /** A `{ field, message }` error (workflow REST 422). */
  fieldError: { category: "invalid_request", reason: "VALIDATION_ERROR" },
  /** An error with no code at a 2xx status (a GraphQL error of a generic server). */
  uncodedError: { category: "unknown", reason: "UNCODED_ERROR" },
  /** A 2xx whose body is not JSON (a proxy's HTML page). */
  invalidBody: { category: "unknown", reason: "INVALID_RESPONSE_BODY" },
  /** A 2xx with no body where GraphQL always sends one. */
  emptyBody: { category: "unknown", reason: "EMPTY_RESPONSE" },
  /** A status that is not a number in 100..999. */
  invalidStatus: { category: "unknown", reason: "INVALID_STATUS" },
  /** The response object itself could not be read. */
  unreadable: { category: "unknown", reason: "UNREADABLE_RESPONSE" },
} as const satisfies Record<string, Rule>);

/**
 * Which error leads when several arrive (lower first): the one the caller can act on now. A token
 * problem blocks everything else; a rate limit means nothing else ran; a business failure has a message
 * for the user; then input problems; server-side trouble last. Ties keep the vendor's order, with a
 * known logical code ahead of the rest.
 */
export const LEAD_PRIORITY = Object.freeze({
  authentication: 0,
  rate_limited: 1,
  business_rule: 2,
  conflict: 3,
  not_found: 4,
  permission: 5,
  invalid_request: 6,
  timeout: 7,
  unavailable: 8,
  server: 9,
  network: 10,
  cancelled: 11,
  unknown: 12,
} as const satisfies Record<Category, number>);
