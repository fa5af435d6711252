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

// Every client integration entry point (each client is an optional peer of the adapter).
import { withErrnorm as talentlmsAxios } from "@errnorm/talentlms/axios";
import { errnormHooks } from "@errnorm/talentlms/ky";
import { errnormLink } from "@errnorm/talview/apollo";
import { withErrnorm as talviewAxios, type TalviewIntegrationOptions } from "@errnorm/talview/axios";
import { errnormMiddleware } from "@errnorm/talview/graphql-request";
import { errnormExchange } from "@errnorm/talview/urql";

const integrationOptions: TalviewIntegrationOptions = { operation: "booking_create", secrets: ["t"] };
const axiosLike = {
  interceptors: { response: { use: (_ok: (r: unknown) => unknown, _fail: (e: unknown) => unknown) => 0 } },
};
const sameInstance: typeof axiosLike = talentlmsAxios(axiosLike, { url: "https://x.talentlms.com" });
void [
  sameInstance,
  talviewAxios(axiosLike, integrationOptions),
  errnormHooks().beforeError,
  errnormLink(),
  errnormMiddleware(),
  errnormExchange(),
];
