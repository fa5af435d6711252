import type { Action, Category } from "@errnorm/core";
import { frozen } from "./safe.js";

/** How one vendor code is understood. `action` defaults to the category's policy (`CATEGORY_POLICY`). */
export interface CodeRule {
  readonly category: Category;
  /** Stable UPPER_SNAKE id: one meaning per (talview, reason). */
  readonly reason: string;
  readonly action?: Action;
}

/**
 * Numeric codes, wherever they arrive: the HTTP status, or `extensions.code` of a bare body or a GraphQL
 * error at HTTP 200 (the vendor page's 400/401/403/422/429/500/502 examples). Codes not listed fall back
 * to core's `statusRule` (reason `HTTP_<n>`).
 */
export const TALVIEW_STATUS_TABLE = frozen({
  400: { category: "invalid_request", reason: "BAD_REQUEST", action: "fix_request" },
  // The vendor: "missing or invalid" token, "Re-authenticate to obtain a new access token".
  401: { category: "authentication", reason: "UNAUTHENTICATED", action: "refresh_token" },
  // The vendor: "expired or does not have sufficient permissions" and "refresh the token on 401/403":
  // one refresh is the advised first step; `createTokenRefresher` refreshes once and never loops.
  403: { category: "permission", reason: "FORBIDDEN", action: "refresh_token" },
  404: { category: "not_found", reason: "NOT_FOUND", action: "fix_request" },
  405: { category: "invalid_request", reason: "METHOD_NOT_ALLOWED", action: "fix_request" },
  408: { category: "timeout", reason: "REQUEST_TIMEOUT", action: "retry" },
  409: { category: "conflict", reason: "CONFLICT", action: "fix_request" },
  413: { category: "invalid_request", reason: "PAYLOAD_TOO_LARGE", action: "fix_request" },
  // The vendor: "well-formed but contains semantic errors or violates business rules".
  422: { category: "business_rule", reason: "UNPROCESSABLE_ENTITY", action: "none" },
  429: { category: "rate_limited", reason: "RATE_LIMITED", action: "retry" },
  500: { category: "server", reason: "INTERNAL_SERVER_ERROR", action: "retry" },
  // The vendor calls 502 "Server Timed Out": an upstream did not answer in time.
  502: { category: "unavailable", reason: "BAD_GATEWAY", action: "retry" },
  503: { category: "unavailable", reason: "SERVICE_UNAVAILABLE", action: "retry" },
  504: { category: "unavailable", reason: "GATEWAY_TIMEOUT", action: "retry" },
} as const satisfies Record<number, CodeRule>);

/**
 * Every `extensions.code` (GraphQL) and `code` (REST) string of Hasura v2 (`Hasura.Base.Error`, `Code`),
 * which Talview runs on. Refined by message for token expiry, login failures and constraint kinds
 * (`TALVIEW_MESSAGE_RULES`).
 */
export const HASURA_CODE_TABLE = frozen({
  "access-denied": { category: "permission", reason: "ACCESS_DENIED", action: "check_account" },
  "already-exists": { category: "conflict", reason: "ALREADY_EXISTS", action: "fix_request" },
  "already-tracked": { category: "conflict", reason: "ALREADY_TRACKED", action: "fix_request" },
  "already-untracked": { category: "invalid_request", reason: "ALREADY_UNTRACKED", action: "fix_request" },
  "bad-request": { category: "invalid_request", reason: "BAD_REQUEST", action: "fix_request" },
  "bigquery-error": { category: "server", reason: "BIGQUERY_ERROR", action: "retry" },
  busy: { category: "unavailable", reason: "BUSY", action: "retry" },
  "coercion-error": { category: "invalid_request", reason: "COERCION_ERROR", action: "fix_request" },
  "concurrent-update": { category: "conflict", reason: "CONCURRENT_UPDATE", action: "fix_request" },
  conflict: { category: "conflict", reason: "CONFLICT", action: "fix_request" },
  "constraint-error": { category: "invalid_request", reason: "CONSTRAINT_ERROR", action: "fix_request" },
  // Uniqueness by default; not-null, foreign-key and check violations are refined by message.
  "constraint-violation": { category: "conflict", reason: "CONSTRAINT_VIOLATION", action: "fix_request" },
  "cyclic-dependency": { category: "invalid_request", reason: "CYCLIC_DEPENDENCY", action: "fix_request" },
  "data-connector-error": { category: "server", reason: "DATA_CONNECTOR_ERROR", action: "retry" },
  "data-exception": { category: "invalid_request", reason: "DATA_EXCEPTION", action: "fix_request" },
  "dependency-error": { category: "invalid_request", reason: "DEPENDENCY_ERROR", action: "fix_request" },
  "invalid-configuration": { category: "server", reason: "INVALID_CONFIGURATION", action: "contact_support" },
  "invalid-headers": { category: "invalid_request", reason: "INVALID_HEADERS", action: "fix_request" },
  "invalid-json": { category: "invalid_request", reason: "INVALID_JSON", action: "fix_request" },
  // Expired, malformed or wrongly signed: a fresh token is the fix; `JWTExpired` is refined to TOKEN_EXPIRED.
  "invalid-jwt": { category: "authentication", reason: "INVALID_JWT", action: "refresh_token" },
  "invalid-params": { category: "invalid_request", reason: "INVALID_PARAMS", action: "fix_request" },
  "jwt-invalid-claims": { category: "authentication", reason: "JWT_INVALID_CLAIMS", action: "check_credentials" },
  "jwt-missing-role-claims": { category: "authentication", reason: "JWT_MISSING_ROLE_CLAIMS", action: "check_credentials" },
  "method-not-allowed": { category: "invalid_request", reason: "METHOD_NOT_ALLOWED", action: "fix_request" },
  "mssql-error": { category: "server", reason: "MSSQL_ERROR", action: "retry" },
  "not-exists": { category: "not_found", reason: "NOT_EXISTS", action: "fix_request" },
  "not-found": { category: "not_found", reason: "NOT_FOUND", action: "fix_request" },
  "not-supported": { category: "invalid_request", reason: "NOT_SUPPORTED", action: "fix_request" },
  "parse-failed": { category: "invalid_request", reason: "PARSE_FAILED", action: "fix_request" },
  "permission-denied": { category: "permission", reason: "PERMISSION_DENIED", action: "check_account" },
  "permission-error": { category: "permission", reason: "PERMISSION_ERROR", action: "check_account" },
  "postgres-error": { category: "server", reason: "POSTGRES_ERROR", action: "retry" },
  "postgres-max-connections-error": { category: "unavailable", reason: "POSTGRES_MAX_CONNECTIONS", action: "retry" },
  "remote-schema-conflicts": { category: "server", reason: "REMOTE_SCHEMA_CONFLICTS", action: "contact_support" },
  "remote-schema-error": { category: "server", reason: "REMOTE_SCHEMA_ERROR", action: "retry" },
  "start-failed": { category: "invalid_request", reason: "START_FAILED", action: "fix_request" },
  // Hasura's default code, also for an action handler that answered 5xx (hasura discussion #10097).
  unexpected: { category: "server", reason: "UNEXPECTED", action: "retry" },
  "unexpected-payload": { category: "server", reason: "UNEXPECTED_PAYLOAD", action: "retry" },
  "validation-failed": { category: "invalid_request", reason: "VALIDATION_FAILED", action: "fix_request" },
} as const satisfies Record<string, CodeRule>);

/**
 * Conventional GraphQL server codes (Apollo Server/Router, graphql-yoga) that a gateway in front of Hasura
 * may send (Talview publishes an Apollo "supergraph" host). Inferred, not documented by Talview.
 */
export const GRAPHQL_SERVER_CODE_TABLE = frozen({
  UNAUTHENTICATED: { category: "authentication", reason: "UNAUTHENTICATED", action: "refresh_token" },
  TOKEN_EXPIRED: { category: "authentication", reason: "TOKEN_EXPIRED", action: "refresh_token" },
  FORBIDDEN: { category: "permission", reason: "FORBIDDEN", action: "check_account" },
  BAD_USER_INPUT: { category: "invalid_request", reason: "BAD_USER_INPUT", action: "fix_request" },
  BAD_REQUEST: { category: "invalid_request", reason: "BAD_REQUEST", action: "fix_request" },
  GRAPHQL_PARSE_FAILED: { category: "invalid_request", reason: "GRAPHQL_PARSE_FAILED", action: "fix_request" },
  GRAPHQL_VALIDATION_FAILED: { category: "invalid_request", reason: "GRAPHQL_VALIDATION_FAILED", action: "fix_request" },
  PERSISTED_QUERY_NOT_FOUND: { category: "invalid_request", reason: "PERSISTED_QUERY_NOT_FOUND", action: "fix_request" },
  PERSISTED_QUERY_NOT_SUPPORTED: { category: "invalid_request", reason: "PERSISTED_QUERY_NOT_SUPPORTED", action: "fix_request" },
  OPERATION_RESOLUTION_FAILURE: { category: "invalid_request", reason: "OPERATION_RESOLUTION_FAILURE", action: "fix_request" },
  RATE_LIMITED: { category: "rate_limited", reason: "RATE_LIMITED", action: "retry" },
  TOO_MANY_REQUESTS: { category: "rate_limited", reason: "RATE_LIMITED", action: "retry" },
  INTERNAL_SERVER_ERROR: { category: "server", reason: "INTERNAL_SERVER_ERROR", action: "retry" },
  SUBREQUEST_HTTP_ERROR: { category: "unavailable", reason: "SUBREQUEST_HTTP_ERROR", action: "retry" },
} as const satisfies Record<string, CodeRule>);

/** A logical code of the vendor page, with its documented meaning and resolution. */
export interface LogicalCodeRule extends CodeRule {
  readonly action: Action;
  readonly retryable: boolean;
  /** The vendor's description, verbatim. */
  readonly description: string;
  /** The vendor's resolution, verbatim. */
  readonly resolution: string;
  /** Shown when the vendor sent the bare code and no prose. */
  readonly userMessage: string;
}

/**
 * The vendor page's "Common Logical Error Codes". They arrive as the whole `error_message`, as its prefix
 * (`SLOT_UNAVAILABLE: ...`) or as `extensions.code`; the reason is the code itself.
 */
export const TALVIEW_LOGICAL_CODES = frozen({
  VALIDATION_ERROR: {
    category: "invalid_request",
    reason: "VALIDATION_ERROR",
    action: "fix_request",
    retryable: false,
    description: "Input data failed schema or logic checks.",
    resolution: "Review input parameters and constraints.",
    userMessage: "Some of the information entered is not valid. Please check it and try again.",
  },
  SLOT_UNAVAILABLE: {
    category: "business_rule",
    reason: "SLOT_UNAVAILABLE",
    action: "refresh_availability",
    retryable: false,
    description: "The selected time slot is no longer available.",
    resolution: "Refresh slot availability and select a new slot.",
    userMessage: "The selected time slot is no longer available. Please choose another slot.",
  },
  BOOKING_NOT_FOUND: {
    category: "not_found",
    reason: "BOOKING_NOT_FOUND",
    action: "fix_request",
    retryable: false,
    description: "The provided Booking ID does not exist.",
    resolution: "Verify the Booking ID is correct.",
    userMessage: "The booking could not be found.",
  },
  RESCHEDULE_NOT_ALLOWED: {
    category: "business_rule",
    reason: "RESCHEDULE_NOT_ALLOWED",
    action: "none",
    retryable: false,
    description: "Reschedule request violates business policy.",
    resolution: "Check reschedule eligibility windows.",
    userMessage: "This booking can no longer be rescheduled.",
  },
  PAYMENT_REQUIRED: {
    category: "business_rule",
    reason: "PAYMENT_REQUIRED",
    action: "complete_payment",
    retryable: false,
    description: "Payment is required before the action can proceed.",
    resolution: "Process the required payment transaction.",
    userMessage: "Payment is required before you can continue.",
  },
  IDENTITY_VERIFICATION_FAILED: {
    category: "business_rule",
    reason: "IDENTITY_VERIFICATION_FAILED",
    action: "verify_identity",
    retryable: false,
    description: "Identity documents or photo failed verification.",
    resolution: "Review document quality and retry.",
    userMessage: "Your identity could not be verified. Please check your documents or photo and try again.",
  },
} as const satisfies Record<string, LogicalCodeRule>);

/** A numeric code with a Talview-specific meaning. */
export type TalviewStatusCode = keyof typeof TALVIEW_STATUS_TABLE;
/** A Hasura error code string (`"invalid-jwt"`, `"constraint-violation"`, …). */
export type HasuraCode = keyof typeof HASURA_CODE_TABLE;
/** A logical code of the vendor page (`"SLOT_UNAVAILABLE"`, …). */
export type LogicalCode = keyof typeof TALVIEW_LOGICAL_CODES;

/** Rules for failures that carry no code of their own. */
export const FALLBACK_RULES = frozen({
  /** `success: false` with prose and no code (the vendor page's "No available slots for selected date"). */
  businessFailure: { category: "business_rule", reason: "BUSINESS_RULE_FAILED", action: "none" },
  /** A `{ field, message }` error (workflow REST 422). */
  fieldError: { category: "invalid_request", reason: "VALIDATION_ERROR", action: "fix_request" },
  /** An error with no code at a 2xx status (a GraphQL error of a generic server). */
  uncodedError: { category: "unknown", reason: "UNCODED_ERROR", action: "contact_support" },
  /** A 2xx whose body is not JSON (a proxy's HTML page). */
  invalidBody: { category: "unknown", reason: "INVALID_RESPONSE_BODY", action: "contact_support" },
  /** A 2xx with no body where GraphQL always sends one. */
  emptyBody: { category: "unknown", reason: "EMPTY_RESPONSE", action: "contact_support" },
  /** A status that is not a number in 100..999. */
  invalidStatus: { category: "unknown", reason: "INVALID_STATUS", action: "contact_support" },
  /** The response object itself could not be read. */
  unreadable: { category: "unknown", reason: "UNREADABLE_RESPONSE", action: "contact_support" },
} as const satisfies Record<string, CodeRule>);

/**
 * Which error leads when several arrive (lower first): the one the caller can act on now. A token
 * problem blocks everything else; a rate limit means nothing else ran; a business failure has a message
 * for the user; then input problems; server-side trouble last. Ties keep the vendor's order, with a
 * known logical code ahead of the rest.
 */
export const LEAD_PRIORITY = frozen({
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
