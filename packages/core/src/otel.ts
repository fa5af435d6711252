// @errnorm/core/otel: NormalizedErrors on OpenTelemetry spans. `@opentelemetry/api` 1.x is an optional peer
// dependency used for its types only; this entry never loads the SDK.
import type { Span } from "@opentelemetry/api";
import type { NormalizedError } from "./error.js";
import { recordOnSpan, type RecordErrorOptions } from "./span-record.js";

export { ATTEMPT_EVENT, errorAttributes, type RecordErrorOptions } from "./span-record.js";

/**
 * Records a failed operation on its span as the OpenTelemetry semantic conventions say: status `ERROR` with the
 * developer message as description, `error.type` = the reason, and `errnorm.vendor`, `errnorm.category`,
 * `errnorm.retryable`, `errnorm.action`, `errnorm.trace_id`, `http.response.status_code`, `errnorm.attempts`,
 * `errnorm.retry_after_ms` when known. An `exception` event only with `exceptionEvent: true`. Never throws.
 *
 * @example
 * result.mapErr((error) => recordError(trace.getActiveSpan()!, error));
 */
export const recordError = (span: Span, error: NormalizedError, options?: RecordErrorOptions): void =>
  recordOnSpan(span, error, options);
