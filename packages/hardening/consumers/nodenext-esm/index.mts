// A consumer of the built packages (no source condition): this file must type-check as shipped.
import { type Category, createTokenRefresher, isNormalizedError, type NormalizedError, withRetry } from "@errnorm/core";
import { normalizeError as normalizeTalentlms, parseResponse as parseTalentlms } from "@errnorm/talentlms";
import { normalizeError as normalizeTalview, parseResponse as parseTalview } from "@errnorm/talview";

const fromTalentlms = parseTalentlms({
  status: 404,
  headers: { "x-request-id": "r1" },
  body: '{"error":{"message":"x"}}',
});
if (fromTalentlms.isErr()) {
  const error: NormalizedError = fromTalentlms.error;
  const category: Category = error.category;
  const wait: number | undefined = error.retryAfterMs;
  const trace: string | undefined = error.traceId;
  void [category, wait, trace, error.toJSON().errnorm, error.toProblemDetails().type];
}
const fromTalview = parseTalview<{ booking_create: { id: string } }>({
  status: 200,
  body: { data: { booking_create: { id: "b" } } },
});
fromTalview.map((data) => data.booking_create.id);

const thrown: unknown = new Error("x");
const normalized: NormalizedError = isNormalizedError(thrown) ? thrown : normalizeTalview(thrown);
void normalizeTalentlms(normalized);

const refresher = createTokenRefresher({ getToken: () => "t", refresh: async () => "u" });
void withRetry(() => refresher.run(async () => parseTalview({ status: 200, body: { data: {} } })), { maxAttempts: 2 });
