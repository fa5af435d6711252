// @errnorm/talview/axios: one line turns every failure of an axios instance on Talview's REST endpoints into a
// NormalizedError, `success: false` envelopes at HTTP 200 included.
import { type NormalizedError } from "@errnorm/core";
import { field } from "@errnorm/core/adapter";
import { keepRawBodies } from "./axios-raw-body.js";
import { isDecodedBody } from "./decoded-body.js";
import { normalizeError, parseResponse } from "./index.js";
import { callOptions, type TalviewIntegrationOptions } from "./integration-options.js";
import { observeError, observeHeaders } from "./rate-observer.js";

export type { TalviewIntegrationOptions } from "./integration-options.js";
export type { RateObserver } from "./rate-observer.js";

/** The part of an axios instance (axios 1.x) that `withErrnorm` uses; `any` so that every axios version's types fit. */
export interface AxiosInstanceLike {
  readonly interceptors: {
    readonly response: {
      use(onFulfilled: (response: any) => any, onRejected: (error: any) => any): number;
    };
  };
}

/** A response's error as `parseResponse` reads it, from the body text when it was kept; `undefined` for a success. */
const parsedError = (
  response: unknown,
  rawBody: string | undefined,
  options: TalviewIntegrationOptions,
): NormalizedError | undefined => {
  const data = field(response, "data");
  if (rawBody === undefined && !isDecodedBody(data)) return undefined;
  const status = field(response, "status") as number;
  const headers = field(response, "headers") as Headers;
  const result = parseResponse({ status, headers, body: rawBody ?? data }, options);
  return result.isErr() ? result.error : undefined;
};

/**
 * Adds a response interceptor to an axios instance and returns the instance: a `success: false` envelope at HTTP
 * 200 (`{"auth_user_login":{"success":false,...}}`) and every failure (documented bare bodies, Hasura REST
 * `{path, error, code}`, GraphQL errors, network failures, aborts, timeouts) reject with the `NormalizedError`
 * that `parseResponse` / `normalizeError` give for the same status, headers and body text, the `AxiosError` kept
 * as its original cause and the bearer token in its config scrubbed. Successes pass through unchanged.
 *
 * @example
 * const api = withErrnorm(axios.create({ baseURL: "https://api.talview.com/api/rest" }));
 * await api.post("/auth_user_login", credentials); // wrong password: rejects with a NormalizedError
 */
export const withErrnorm = <T extends AxiosInstanceLike>(instance: T, options: TalviewIntegrationOptions = {}): T => {
  const rawBodyOf = keepRawBodies(instance);
  instance.interceptors.response.use(
    (response: unknown) => {
      const config = field(response, "config");
      const error = parsedError(response, rawBodyOf(config), callOptions(options, undefined, config));
      if (error !== undefined) throw observeError(options.throttle, error);
      observeHeaders(options.throttle, field(response, "headers"));
      return response;
    },
    (thrown: unknown) => {
      const config = field(thrown, "config");
      const opts = callOptions(options, undefined, config);
      const response = field(thrown, "response");
      const fromBody = response === undefined ? undefined : parsedError(response, rawBodyOf(config), opts);
      const error = fromBody?.with({ cause: thrown, secrets: opts.secrets }) ?? normalizeError(thrown, opts);
      return Promise.reject(observeError(options.throttle, error));
    },
  );
  return instance;
};
