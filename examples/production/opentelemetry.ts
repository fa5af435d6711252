// In production: a Talview call on its own OpenTelemetry span. Each failed attempt is a span event; only the final
// failure is recorded on the span (status ERROR, error.type = the reason, errnorm.* attributes), as the semantic
// conventions say. Pass your SDK's tracer (`trace.getTracer("my-sdk")`).
import type { Tracer } from "@opentelemetry/api";
import { type NormalizedError, withRetry } from "@errnorm/core";
import { recordError } from "@errnorm/core/otel";
import { request } from "@errnorm/talview";
import { fromFetch } from "@errnorm/talentlms";
import type { Result } from "neverthrow";

const BOOK = `mutation Book($slot: ID!) { booking_create(slot_id: $slot) { success error_message data } }`;

/** Books a slot with retries; the span shows every attempt and the final error. */
export const bookSlot = (
  tracer: Tracer,
  call: { url: string; token: string; slotId: string },
): Promise<Result<unknown, NormalizedError>> =>
  tracer.startActiveSpan("talview booking_create", async (span) => {
    const result = await withRetry(
      () =>
        request({
          url: call.url,
          token: call.token,
          query: BOOK,
          variables: { slot: call.slotId },
          operation: "booking_create",
        }),
      { span, maxAttempts: 3, baseDelayMs: 10 },
    );
    span.end();
    return result;
  });

/** One TalentLMS call without retries: record the error yourself. */
export const getUser = (
  tracer: Tracer,
  call: { url: string; apiKey: string },
): Promise<Result<unknown, NormalizedError>> =>
  tracer.startActiveSpan("talentlms get user", async (span) => {
    const result = await fromFetch(call.url, { headers: { "X-API-Key": call.apiKey, Accept: "application/json" } });
    if (result.isErr()) recordError(span, result.error);
    span.end();
    return result;
  });
