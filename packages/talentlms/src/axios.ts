// @errnorm/talentlms/axios: one line turns every failure of an axios instance into a NormalizedError.
import { type AxiosInstanceLike, interceptAxios } from "@errnorm/core/adapter";
import { normalizeError, parseResponse } from "./index.js";
import { axiosRequestOptions } from "./axios-request.js";
import type { TalentlmsIntegrationOptions } from "./integration-options.js";

export type { AxiosInstanceLike, RateObserver } from "@errnorm/core/adapter";
export type { TalentlmsIntegrationOptions } from "./integration-options.js";

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
export const withErrnorm = <T extends AxiosInstanceLike>(instance: T, options: TalentlmsIntegrationOptions = {}): T =>
  interceptAxios(instance, { parseResponse, normalizeError }, (config) => axiosRequestOptions(options, config));
