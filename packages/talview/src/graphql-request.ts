// @errnorm/talview/graphql-request: a responseMiddleware that makes GraphQLClient reject with a NormalizedError.
import { field, isList, observeError, observeHeaders } from "@errnorm/core/adapter";
import { normalizeError, parseResponse } from "./index.js";
import { callOptions, type TalviewIntegrationOptions } from "./integration-options.js";

export type { TalviewIntegrationOptions } from "./integration-options.js";
export type { RateObserver } from "@errnorm/core/adapter";

/** graphql-request's `ResponseMiddleware`: called with the response (or the `ClientError`) before the call settles. */
export type ErrnormResponseMiddleware = (response: unknown, request?: unknown) => void;

/** The body the client read: its text (graphql-request 7.4+ keeps it), else what it parsed. */
const bodyOf = (response: unknown): unknown => {
  const body = field(response, "body");
  if (typeof body === "string") return body;
  const errors = field(response, "errors");
  return {
    data: field(response, "data"),
    ...(isList(errors) && { errors }),
    ...(field(response, "extensions") !== undefined && { extensions: field(response, "extensions") }),
  };
};

/**
 * A `responseMiddleware` for graphql-request's `GraphQLClient`: GraphQL errors at any status, Hasura errors at
 * HTTP 200, documented bare bodies and `success: false` envelopes reject the call with the `NormalizedError` that
 * `parseResponse` gives for the same status, headers and body (with `errorPolicy: "all"` too; the partial data is
 * on `partialDataOf(error)`). graphql-request calls no middleware when `fetch` itself fails or a 2xx body is not
 * JSON: `normalizeError(thrown)` those.
 *
 * @example
 * const client = new GraphQLClient(url, { headers, responseMiddleware: errnormMiddleware({ secrets: [token] }) });
 * await client.request(BOOK, variables); // SLOT_UNAVAILABLE at HTTP 200: rejects with a NormalizedError
 */
export const errnormMiddleware = (options: TalviewIntegrationOptions = {}): ErrnormResponseMiddleware => {
  const opts = callOptions(options, undefined);
  return (response) => {
    if (response instanceof Error && typeof field(field(response, "response"), "status") !== "number") {
      throw observeError(options.throttle, normalizeError(response, opts));
    }
    const source = response instanceof Error ? field(response, "response") : response;
    const headers = field(source, "headers");
    const result = parseResponse(
      { status: field(source, "status") as number, headers: headers as Headers, body: bodyOf(source) },
      opts,
    );
    if (result.isOk()) {
      observeHeaders(options.throttle, headers);
      return;
    }
    throw observeError(options.throttle, response instanceof Error ? normalizeError(response, opts) : result.error);
  };
};
