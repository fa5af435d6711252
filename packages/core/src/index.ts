// @errnorm/core: what an SDK that consumes errnorm errors uses. No zod here (that is `@errnorm/core/json`); the
// adapter authors' kit is `@errnorm/core/adapter`.
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
  isNormalizedError,
  NormalizedError,
  type NormalizedErrorInit,
  originalCause,
  type RateLimit,
} from "./error.js";
export { fingerprint, type FingerprintOptions, OPERATION_SCOPED_VENDORS } from "./fingerprint.js";
export { LIMITS } from "./limits.js";
export { type LogFields, toLogFields } from "./log-fields.js";
export { DEFAULT_USER_MESSAGES, type MessageCatalog } from "./messages.js";
export type { ProblemDetails } from "./problem.js";
export { PERSONAL, PERSONAL_DATA_EXACT_KEYS, PERSONAL_DATA_KEYS } from "./personal.js";
export { REDACTED } from "./redact.js";
export { type Attempt, type FailedAttempt, type RetryOptions, withRetry } from "./retry.js";
export type { ErrorSpan, SpanAttributes } from "./span-record.js";
export { pauseUntilOf, type RateSignal } from "./rate-signal.js";
export {
  createThrottle,
  type MultiWindowThrottleOptions,
  type SingleWindowThrottleOptions,
  type Throttle,
  type ThrottleOptions,
} from "./throttle.js";
export type { RateWindow } from "./throttle-windows.js";
export { createTokenRefresher, type TokenRefresher, type TokenRefresherOptions } from "./token-refresher.js";
export { type NormalizedErrorJson, WIRE_VERSION } from "./wire.js";
