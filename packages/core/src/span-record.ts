import type { NormalizedError } from "./error.js";

/** Attribute values OpenTelemetry accepts (a subset of its `AttributeValue`). */
export type SpanAttributes = Record<string, string | number | boolean>;

/**
 * The part of an OpenTelemetry `Span` errnorm writes to, by shape: core's main entry never loads
 * `@opentelemetry/api`, and any 1.x span (or a compatible tracer's) fits.
 */
export interface ErrorSpan {
  setStatus(status: { code: number; message?: string }): unknown;
  setAttributes(attributes: SpanAttributes): unknown;
  addEvent(name: string, attributes?: SpanAttributes): unknown;
  recordException(exception: Error): unknown;
}

/** `SpanStatusCode.ERROR` of `@opentelemetry/api` 1.x (a stable enum value). */
export const SPAN_STATUS_ERROR = 2;

/** The attributes `recordError` sets: low-cardinality, nothing secret or personal. */
export const errorAttributes = (error: NormalizedError): SpanAttributes => ({
  "error.type": error.reason,
  "errnorm.vendor": error.vendor,
  "errnorm.category": error.category,
  "errnorm.retryable": error.retryable,
  "errnorm.action": error.action,
  ...(error.traceId !== undefined && { "errnorm.trace_id": error.traceId }),
  ...(error.status > 0 && { "http.response.status_code": error.status }),
  ...(error.attempts !== undefined && { "errnorm.attempts": error.attempts }),
  ...(error.retryAfterMs !== undefined && { "errnorm.retry_after_ms": error.retryAfterMs }),
});

/** Options of `recordError`. */
export interface RecordErrorOptions {
  /**
   * Also add an `exception` span event (`span.recordException`). Off by default: the semantic conventions no
   * longer recommend recording errors as span events.
   */
  readonly exceptionEvent?: boolean | undefined;
}

/** Marks the span failed with the error's attributes (see `recordError` in `@errnorm/core/otel`). Never throws. */
export const recordOnSpan = (span: ErrorSpan, error: NormalizedError, options: RecordErrorOptions = {}): void => {
  try {
    span.setStatus({ code: SPAN_STATUS_ERROR, message: error.message });
    span.setAttributes(errorAttributes(error));
    if (options.exceptionEvent === true) span.recordException(error);
  } catch {
    // a broken span must not turn an error report into a crash
  }
};

/** Name of the span event added for each failed attempt of `withRetry`. */
export const ATTEMPT_EVENT = "errnorm.attempt_failed";

/** One failed attempt as a span event: which attempt, what failed, and whether (and after how long) it is retried. */
export const recordAttempt = (
  span: ErrorSpan,
  error: NormalizedError,
  attempt: number,
  delayMs: number | undefined,
): void => {
  try {
    span.addEvent(ATTEMPT_EVENT, {
      "errnorm.attempt": attempt,
      "error.type": error.reason,
      "errnorm.category": error.category,
      "errnorm.will_retry": delayMs !== undefined,
      ...(delayMs !== undefined && { "errnorm.retry_delay_ms": delayMs }),
      ...(error.status > 0 && { "http.response.status_code": error.status }),
    });
  } catch {
    // as above
  }
};
