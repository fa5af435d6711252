import { defineRules, type Rule } from "@errnorm/core/adapter";

// Data only: what each piece of Quillpad evidence means. The parser reads these; nothing here branches.

/** Statuses Quillpad documents; any other status falls back to core's `statusRule` (reason `HTTP_<n>`). */
export const STATUS_RULES = defineRules({
  400: { category: "invalid_request", reason: "BAD_REQUEST" },
  401: { category: "authentication", reason: "UNAUTHENTICATED" },
  403: { category: "permission", reason: "FORBIDDEN" },
  404: { category: "not_found", reason: "NOT_FOUND" },
  409: { category: "conflict", reason: "CONFLICT" },
  429: { category: "rate_limited", reason: "RATE_LIMITED" },
  500: { category: "server", reason: "INTERNAL_ERROR" },
  503: { category: "unavailable", reason: "MAINTENANCE" },
} as const satisfies Record<number, Rule>);

/**
 * Quillpad's `code` strings. A code decides at any status, and wherever it arrives: in the `error` object of a
 * failed request or in the `errors` list of a batch answered with 200.
 */
export const CODE_RULES = defineRules({
  invalid_api_key: { category: "authentication", reason: "API_KEY_INVALID" },
  token_expired: { category: "authentication", reason: "TOKEN_EXPIRED", action: "refresh_token" },
  forbidden: { category: "permission", reason: "FORBIDDEN" },
  note_not_found: { category: "not_found", reason: "NOTE_NOT_FOUND" },
  notebook_locked: { category: "conflict", reason: "NOTEBOOK_LOCKED" },
  validation_failed: { category: "invalid_request", reason: "VALIDATION_FAILED" },
  quota_exceeded: { category: "business_rule", reason: "QUOTA_EXCEEDED", action: "check_account" },
  rate_limited: { category: "rate_limited", reason: "RATE_LIMITED" },
  internal: { category: "server", reason: "INTERNAL_ERROR" },
  maintenance: { category: "unavailable", reason: "MAINTENANCE" },
} as const satisfies Record<string, Rule>);

/** Failures that carry no code of their own. */
export const FALLBACK_RULES = defineRules({
  errorInSuccess: { category: "unknown", reason: "UNEXPECTED_ERROR_BODY" },
  notJson: { category: "unknown", reason: "NOT_JSON_RESPONSE" },
} as const satisfies Record<string, Rule>);

/** Rules whose action departs from `CATEGORY_POLICY`, and why. The generic checks fail on an undocumented one. */
export const POLICY_EXCEPTIONS = Object.freeze({
  TOKEN_EXPIRED: "Quillpad tokens last an hour: a refreshed token is the fix, not new credentials.",
  QUOTA_EXCEEDED: "The monthly quota is a plan limit: retrying fails until the account is upgraded.",
});
