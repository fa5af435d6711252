// @errnorm/talentlms/axios: one line turns every failure of an axios instance into a NormalizedError.
import { type NormalizedError } from "@errnorm/core";
import { field } from "@errnorm/core/adapter";
import { keepRawBodies } from "./axios-raw-body.js";
import { axiosRequestOptions } from "./axios-request.js";
import { isDecodedBody } from "./checkable-body.js";
import { normalizeError, parseResponse } from "./index.js";
import type { TalentlmsIntegrationOptions } from "./integration-options.js";
import { observeError, observeHeaders } from "./rate-observer.js";

export type { TalentlmsIntegrationOptions } from "./integration-options.js";
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
  options: TalentlmsIntegrationOptions,
): NormalizedError | undefined => {
  const data = field(response, "data");
  if (rawBody === undefined && !isDecodedBody(data)) return undefined;
  const status = field(response, "status") as number;
  const result = parseResponse(
    { status, headers: field(response, "headers") as Headers, body: rawBody ?? data },
    options,
  );
  return result.isErr() ? result.error : undefined;
};

/**
 * Adds a response interceptor to an axios instance and returns the instance: every failure (HTTP errors, a 2xx
 * whose body is an error or not JSON, network failures, aborts, timeouts) rejects with the `NormalizedError`
 * that `parseResponse` / `normalizeError` give for the same status, headers and body text, the `AxiosError` kept
 * as its original cause and the secrets in its config (`X-API-Key`, Basic credentials) scrubbed. Successes pass
 * through unchanged; bytes and streams are not read.
 *
 * @example
 * const api = withErrnorm(axios.create({ baseURL: `${domain}/api/v2`, headers: { "X-API-Key": key } }));
 * await api.get("/users/42"); // rejects with a NormalizedError: NOT_FOUND, RATE_LIMITED, HTTP_500...
 */
export const withErrnorm = <T extends AxiosInstanceLike>(instance: T, options: TalentlmsIntegrationOptions = {}): T => {
  const rawBodyOf = keepRawBodies(instance);
  instance.interceptors.response.use(
    (response: unknown) => {
      const config = field(response, "config");
      const error = parsedError(response, rawBodyOf(config), axiosRequestOptions(options, config));
      if (error !== undefined) throw observeError(options.throttle, error);
      observeHeaders(options.throttle, field(response, "headers"));
      return response;
    },
    (thrown: unknown) => {
      const config = field(thrown, "config");
      const opts = axiosRequestOptions(options, config);
      const response = field(thrown, "response");
      const fromBody = response === undefined ? undefined : parsedError(response, rawBodyOf(config), opts);
      const error = fromBody?.with({ cause: thrown, secrets: opts.secrets }) ?? normalizeError(thrown, opts);
      return Promise.reject(observeError(options.throttle, error));
    },
  );
  return instance;
};
