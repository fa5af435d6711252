import type { HttpResponseLike, ParseOptions, VendorAdapter } from "../contract.js";
import type { NormalizedError } from "../error.js";
import { isDecodedBody, keepRawBodies } from "./axios-body.js";
import { observeError, observeHeaders, type RateObserver } from "./observe-rate.js";
import { field } from "./read.js";

/** The part of an axios instance (axios 1.x) that `interceptAxios` uses; `any` so that every axios version's types fit. */
export interface AxiosInstanceLike {
  readonly interceptors: {
    readonly response: {
      use(onFulfilled: (response: any) => any, onRejected: (error: any) => any): number;
    };
  };
}

/**
 * Adds a response interceptor to an axios instance (read by shape: the kit imports no axios) and returns the
 * instance: every failure (HTTP errors, a 2xx whose body `parseResponse` rejects, network failures, aborts,
 * timeouts) rejects with the `NormalizedError` that the adapter's `parseResponse` / `normalizeError` give for the
 * same status, headers and body text (kept as received), the `AxiosError` as its original cause and the request's
 * `secrets` scrubbed. Successes pass through unchanged; bytes and streams are not read. `requestOptions` gives the
 * options of one request from its axios config; their `throttle` is told each success's rate limit and each error.
 *
 * @example
 * const withErrnorm = (instance, options = {}) => interceptAxios(instance, myAdapter, () => options);
 */
export const interceptAxios = <
  T extends AxiosInstanceLike,
  TOptions extends ParseOptions & { readonly throttle?: RateObserver | undefined },
>(
  instance: T,
  adapter: Pick<VendorAdapter<TOptions>, "parseResponse" | "normalizeError">,
  requestOptions: (config: unknown) => TOptions,
): T => {
  const parsedError = (
    response: unknown,
    rawBody: string | undefined,
    options: TOptions,
  ): NormalizedError | undefined => {
    const data = field(response, "data");
    if (rawBody === undefined && !isDecodedBody(data)) return undefined;
    const status = field(response, "status") as number;
    const headers = field(response, "headers") as HttpResponseLike["headers"];
    const result = adapter.parseResponse({ status, headers, body: rawBody ?? data }, options);
    return result.isErr() ? result.error : undefined;
  };
  const rawBodyOf = keepRawBodies(instance);
  instance.interceptors.response.use(
    (response: unknown) => {
      const config = field(response, "config");
      const options = requestOptions(config);
      const error = parsedError(response, rawBodyOf(config), options);
      if (error !== undefined) throw observeError(options.throttle, error);
      observeHeaders(options.throttle, field(response, "headers"));
      return response;
    },
    (thrown: unknown) => {
      const config = field(thrown, "config");
      const options = requestOptions(config);
      const response = field(thrown, "response");
      const fromBody = response === undefined ? undefined : parsedError(response, rawBodyOf(config), options);
      const error =
        fromBody?.with({ cause: thrown, secrets: options.secrets }) ?? adapter.normalizeError(thrown, options);
      return Promise.reject(observeError(options.throttle, error));
    },
  );
  return instance;
};
