// @errnorm/talentlms/ky: ky hooks that make ky reject with a NormalizedError.
import { isNormalizedError, type NormalizedError } from "@errnorm/core";
import { field, isSuccessStatus, learnSecrets, observeError, observeHeaders } from "@errnorm/core/adapter";
import { isTextualType } from "./checkable-body.js";
import { normalizeError, parseResponse } from "./index.js";
import type { TalentlmsIntegrationOptions } from "./integration-options.js";
import { kyWillRetry } from "./ky-retry.js";
import { afterResponseArgs, beforeErrorArgs } from "./ky-shapes.js";

export type { TalentlmsIntegrationOptions } from "./integration-options.js";

/**
 * The hooks `errnormHooks` returns: assignable to ky 1's and ky 2's `Hooks` without importing ky's types (ky is
 * ESM-only, and a CommonJS program's types could not name them).
 */
export interface ErrnormKyHooks {
  afterResponse: ((...args: any[]) => Promise<void>)[];
  beforeError: ((...args: any[]) => Promise<any>)[];
  beforeRetry: ((state: any) => void)[];
}
export type { RateObserver } from "@errnorm/core/adapter";

const headerObject = (headers: unknown): Record<string, string> => {
  try {
    return headers instanceof Headers ? Object.fromEntries(headers) : {};
  } catch {
    return {};
  }
};

/** The options for one request: its URL (unless given) and the secrets its headers and URL carry. */
const requestOptions = (options: TalentlmsIntegrationOptions, request: unknown): TalentlmsIntegrationOptions => {
  const url = field(request, "url");
  const href = options.url ?? (typeof url === "string" ? url : undefined);
  return {
    ...options,
    ...(href !== undefined && { url: href }),
    secrets: [
      ...(options.secrets ?? []),
      ...learnSecrets({ headers: headerObject(field(request, "headers")) }, ...(href === undefined ? [] : [href])),
    ],
  };
};

const isResponse = (value: unknown): value is Response =>
  typeof field(value, "status") === "number" && typeof field(value, "clone") === "function";

/** The body as text; ky 2 has already read an `HTTPError`'s body into `error.data`. */
const bodyOf = async (response: Response, httpError: unknown): Promise<unknown> => {
  if (response.bodyUsed) return field(httpError, "data");
  try {
    return await response.clone().text();
  } catch (thrown) {
    return thrown;
  }
};

/** An `HTTPError` read like `parseResponse` reads its response, the `HTTPError` kept as the original cause. */
const fromHttpError = async (
  httpError: Error,
  response: Response,
  options: TalentlmsIntegrationOptions,
): Promise<NormalizedError> => {
  const body = await bodyOf(response, httpError);
  if (body instanceof Error) return normalizeError(body, options);
  const result = parseResponse({ status: response.status, headers: response.headers, body }, options);
  if (result.isOk()) return normalizeError(httpError, options);
  return result.error.with({ cause: httpError, secrets: options.secrets });
};

/**
 * A ky `hooks` object that makes ky reject with a `NormalizedError`, the same error `parseResponse` gives for the
 * same response: `afterResponse` rejects a 2xx whose body is an error or not JSON; `beforeError` turns the
 * `HTTPError` into a NormalizedError once ky has finished its own retries (ky's `retry` keeps working, honouring
 * `Retry-After`); `beforeRetry` stops ky from retrying a converted error that is not retryable. Works with ky 1
 * and ky 2's hook shapes. ky 1 calls no hook for a network failure, an abort or a timeout: those reject with ky's
 * own error, so `normalizeError(thrown)` them (ky 2 passes every error through `beforeError`).
 *
 * @example
 * const api = ky.create({ prefixUrl: `${domain}/api/v2`, headers: { "X-API-Key": key }, hooks: errnormHooks() });
 * await api.get("users/42").json(); // rejects with NormalizedError NOT_FOUND
 */
export const errnormHooks = (options: TalentlmsIntegrationOptions = {}): ErrnormKyHooks => {
  const retriesDone = new WeakMap<object, number>();
  const afterResponse = async (...args: unknown[]): Promise<void> => {
    const { request, response } = afterResponseArgs(args);
    if (!isResponse(response) || !isSuccessStatus(response.status)) return;
    if (!isTextualType(response.headers.get("content-type") ?? undefined)) return;
    const body = await response.text();
    const result = parseResponse(
      { status: response.status, headers: response.headers, body },
      requestOptions(options, request),
    );
    if (result.isErr()) throw observeError(options.throttle, result.error);
    observeHeaders(options.throttle, response.headers);
  };
  const beforeError = async (...args: unknown[]): Promise<Error> => {
    const { error, retryCount, final } = beforeErrorArgs(args);
    if (isNormalizedError(error)) return error;
    const request = field(error, "request");
    const kyOptions = field(error, "options");
    const done = retryCount ?? (typeof kyOptions === "object" && kyOptions ? retriesDone.get(kyOptions) : 0) ?? 0;
    if (!final && kyWillRetry(error, done)) return error as Error;
    const opts = requestOptions(options, request);
    const response = field(error, "response");
    const normalized = isResponse(response)
      ? await fromHttpError(error as Error, response, opts)
      : normalizeError(error, opts);
    return observeError(options.throttle, normalized);
  };
  const beforeRetry = (state: unknown): void => {
    const kyOptions = field(state, "options");
    const count = field(state, "retryCount");
    if (typeof kyOptions === "object" && kyOptions !== null && typeof count === "number") {
      retriesDone.set(kyOptions, count);
    }
    const error = field(state, "error");
    if (isNormalizedError(error) && !error.retryable) throw error;
  };
  return { afterResponse: [afterResponse], beforeError: [beforeError], beforeRetry: [beforeRetry] };
};
