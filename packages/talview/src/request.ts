import type { NormalizedError } from "@errnorm/core";
import { learnSecrets } from "@errnorm/core/adapter";
import { err, type Result, ResultAsync } from "neverthrow";
import { normalizeError } from "./normalize-error.js";
import type { TalviewParseOptions } from "./options.js";
import { parseResponse } from "./parse.js";

/** One GraphQL call to Talview. */
export interface TalviewRequest {
  /** The GraphQL endpoint, e.g. `https://api.talview.com/v1/graphql`. */
  url: string;
  query: string;
  variables?: Record<string, unknown> | undefined;
  /** The top-level field to check and unwrap (`"booking_create"`): see `parseResponse`. */
  operation?: string | undefined;
  /** GraphQL `operationName`, when the document holds several operations. */
  operationName?: string | undefined;
  /** The access token, sent as `Authorization: Bearer <token>`; scrubbed from every error. */
  token?: string | undefined;
  /** A `fetch` implementation (default: the global one). */
  fetch?: typeof fetch | undefined;
  signal?: AbortSignal | undefined;
  /** Extra request headers. */
  headers?: Record<string, string> | undefined;
  messages?: TalviewParseOptions["messages"];
}

const attempt = async <T>(call: TalviewRequest): Promise<Result<T, NormalizedError>> => {
  const secrets: string[] = [];
  let options: TalviewParseOptions = { secrets };
  try {
    secrets.push(...learnSecrets(call.headers));
    if (call.token) secrets.push(call.token);
    options = { operation: call.operation, messages: call.messages, secrets };
    const send = call.fetch ?? globalThis.fetch;
    const headers: Record<string, string> = {
      accept: "application/graphql-response+json, application/json",
      "content-type": "application/json",
      ...call.headers,
    };
    if (call.token) {
      for (const name of Object.keys(headers)) if (name.toLowerCase() === "authorization") delete headers[name];
      headers.authorization = `Bearer ${call.token}`;
    }
    const response = await send(call.url, {
      method: "POST",
      headers,
      body: JSON.stringify({ query: call.query, variables: call.variables, operationName: call.operationName }),
      ...(call.signal && { signal: call.signal }),
    });
    const body = await response.text();
    return parseResponse<T>({ status: response.status, headers: response.headers, body }, options);
  } catch (thrown) {
    return err(normalizeError(thrown, options));
  }
};

/**
 * A single GraphQL-over-fetch call (POST JSON, bearer token) read with `parseResponse`: for callers who
 * want no GraphQL client. One attempt: compose it with core's `withRetry` and `createTokenRefresher`.
 *
 * @example
 * const booking = await request<{ id: string }>({ url, query, variables, operation: "booking_create", token });
 * booking.match((b) => show(b.id), (e) => show(e.userMessage));
 */
export const request = <T = unknown>(call: TalviewRequest): ResultAsync<T, NormalizedError> =>
  new ResultAsync(attempt<T>(call));
