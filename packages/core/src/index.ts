export {
  ACTIONS,
  type Action,
  CATEGORIES,
  CATEGORY_POLICY,
  type Category,
  type CategoryPolicy,
  isAction,
  isCategory,
  isRetryableCategory,
} from "./categories.js";
export type { HttpResponseLike, ParseOptions, VendorAdapter } from "./contract.js";
export {
  type FieldError,
  initOf,
  isNormalizedError,
  NORMALIZED_ERROR_BRAND,
  NormalizedError,
  type NormalizedErrorInit,
  originalCause,
  toReason,
} from "./error.js";
export { fromJSON, WireFormatError } from "./from-json.js";
export {
  type DecodedBody,
  decodeBody,
  type HeadersInput,
  MAX_RETRY_AFTER_MS,
  normalizeStatus,
  parseRetryAfter,
  type RateLimit,
  readHeader,
  readRateLimit,
  readTraceId,
  REQUEST_ID_HEADERS,
} from "./http.js";
export { LIMITS } from "./limits.js";
export { DEFAULT_USER_MESSAGES, defaultUserMessage, type MessageCatalog } from "./messages.js";
export { normalizeThrown, unknownError } from "./normalize.js";
export { PROBLEM_TITLES, type ProblemDetails } from "./problem.js";
export {
  collectSecrets,
  isSecretKey,
  REDACTED,
  redactBounded,
  redactText,
  redactValue,
  SECRET_COLLECT_PATTERNS,
  SECRET_KEY_FRAGMENTS,
  type SecretSet,
  TEXT_SECRET_PATTERNS,
  type TextSecretPattern,
} from "./redact.js";
export { type Attempt, type RetryOptions, withRetry } from "./retry.js";
export {
  decideRetry,
  NOT_PROCESSED_STATUSES,
  provesNotProcessed,
  RETRY_DEFAULTS,
  type RetryDecision,
  type RetryPolicyOptions,
} from "./retry-policy.js";
export { createThrottle, type Throttle, type ThrottleOptions } from "./throttle.js";
export { createTokenRefresher, type TokenRefresher, type TokenRefresherOptions } from "./token-refresher.js";
export { deepFreeze, defineEntry, isObjectLike, isRecord, safeGet, safeIsArray, safeKeys } from "./safe.js";
export { HTTP_STATUS_DEFAULTS, isSuccessStatus, type StatusRule, statusRule } from "./status.js";
export { truncate, wellFormed } from "./text.js";
export {
  classifyTransportError,
  FETCH_FAILURE_MESSAGES,
  NOT_PROCESSED_REASONS,
  TRANSPORT_CODES,
  TRANSPORT_NAMES,
  type TransportFailure,
  type TransportRule,
} from "./transport.js";
export { type NormalizedErrorJson, WIRE_VERSION } from "./wire.js";
export { NormalizedErrorJsonSchema } from "./wire-schema.js";
