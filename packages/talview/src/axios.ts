// @errnorm/talview/axios: one line turns every failure of an axios instance on Talview's REST endpoints into a
// NormalizedError, `success: false` envelopes at HTTP 200 included.
import { type AxiosInstanceLike, interceptAxios } from "@errnorm/core/adapter";
import { normalizeError, parseResponse } from "./index.js";
import { callOptions, type TalviewIntegrationOptions } from "./integration-options.js";

export type { AxiosInstanceLike, RateObserver } from "@errnorm/core/adapter";
export type { TalviewIntegrationOptions } from "./integration-options.js";

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
export const withErrnorm = <T extends AxiosInstanceLike>(instance: T, options: TalviewIntegrationOptions = {}): T =>
  interceptAxios(instance, { parseResponse, normalizeError }, (config) => callOptions(options, undefined, config));
