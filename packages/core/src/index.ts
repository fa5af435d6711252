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
export { LIMITS } from "./limits.js";
export { DEFAULT_USER_MESSAGES, type MessageCatalog } from "./messages.js";
export type { ProblemDetails } from "./problem.js";
export { REDACTED } from "./redact.js";
export { type Attempt, type RetryOptions, withRetry } from "./retry.js";
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
