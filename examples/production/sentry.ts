// In production: Sentry (or any tracker with a fingerprint). `beforeSend` groups errnorm errors by vendor and reason
// (plus the operation for Talview), never by message, and tags them so they can be searched:
//   Sentry.init({ dsn, beforeSend });
import type { ErrorEvent, EventHint } from "@sentry/core";
import { fingerprint, isNormalizedError } from "@errnorm/core";

/** Sentry's `beforeSend`: one issue per (vendor, reason[, operation]), tags for the fields on-call filters by. */
export const beforeSend = (event: ErrorEvent, hint: EventHint): ErrorEvent => {
  const error = hint.originalException;
  if (!isNormalizedError(error)) return event;
  return {
    ...event,
    fingerprint: fingerprint(error),
    tags: {
      ...event.tags,
      "errnorm.vendor": error.vendor,
      "errnorm.category": error.category,
      "errnorm.reason": error.reason,
      ...(error.traceId !== undefined && { "errnorm.trace_id": error.traceId }),
    },
  };
};
