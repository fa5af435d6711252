// @errnorm/talentlms/axios: one line turns every failure of an axios instance into a NormalizedError.
import { type NormalizedError } from "@errnorm/core";
import { field } from "@errnorm/core/adapter";
import { axiosRequestOptions } from "./axios-request.js";
import { isDecodedBody } from "./checkable-body.js";
import { normalizeError, parseResponse } from "./index.js";
import type { TalentlmsIntegrationOptions } from "./integration-options.js";
import { observeError, observeHeaders } from "./rate-observer.js";

export type { TalentlmsIntegrationOptions } from "./integration-options.js";
export type { RateObserver } from "./rate-observer.js";

/** The part of an axios instance (axios 1.x) that `withErrnorm` uses. */
export interface AxiosInstanceLike {
  readonly interceptors: {
    readonly response: {
      use(onFulfilled: (response: never) => unknown, onRejected: (error: unknown) => unknown): number;
    };
  };
}

const checkSuccess = (response: unknown, options: TalentlmsIntegrationOptions): NormalizedError | undefined => {
  const data = field(response, "data");
  if (!isDecodedBody(data)) return undefined;
  const headers = field(response, "headers");
  const opts = axiosRequestOptions(options, field(response, "config"));
  const result = parseResponse(
    { status: field(response, "status") as number, headers: headers as Headers, body: data },
    opts,
  );
  if (result.isErr()) return observeError(options.throttle, result.error);
  observeHeaders(options.throttle, headers);
  return undefined;
};

/**
 * Adds a response interceptor to an axios instance and returns the instance: every failure (HTTP errors, a 2xx
 * whose body is an error or not JSON, network failures, aborts, timeouts) rejects with the `NormalizedError`
 * that `parseResponse` / `normalizeError` give, the `AxiosError` kept as its original cause and the secrets in its
 * config (`X-API-Key`, Basic credentials) scrubbed. Successes pass through unchanged; bytes and streams unread.
 *
 * @example
 * const api = withErrnorm(axios.create({ baseURL: `${domain}/api/v2`, headers: { "X-API-Key": key } }));
 * await api.get("/users/42"); // rejects with a NormalizedError: NOT_FOUND, RATE_LIMITED, HTTP_500...
 */
export const withErrnorm = <T extends AxiosInstanceLike>(instance: T, options: TalentlmsIntegrationOptions = {}): T => {
  instance.interceptors.response.use(
    (response: unknown) => {
      const error = checkSuccess(response, options);
      if (error !== undefined) throw error;
      return response;
    },
    (thrown: unknown) =>
      Promise.reject(
        observeError(options.throttle, normalizeError(thrown, axiosRequestOptions(options, field(thrown, "config")))),
      ),
  );
  return instance;
};
