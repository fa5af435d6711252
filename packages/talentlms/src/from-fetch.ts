import type { NormalizedError } from "@errnorm/core";
import {
  type AdapterOptions,
  buildError,
  classifyTransportError,
  field,
  isList,
  learnSecrets,
  readAdapterOptions,
} from "@errnorm/core/adapter";
import { err, type Result, ResultAsync } from "neverthrow";
import { normalizeError } from "./normalize-error.js";
import type { TalentlmsParseOptions } from "./options.js";
import { evaluate } from "./parse.js";
import { FALLBACK_RULES } from "./tables.js";
import { VENDOR } from "./vendor.js";

/** The arguments of `fetch`. */
export type FetchArgs = readonly [input: RequestInfo | URL, init?: RequestInit];

interface Call {
  readonly pending: () => PromiseLike<unknown> | unknown;
  readonly url: string | undefined;
  readonly secrets: readonly string[];
  readonly options: TalentlmsParseOptions | undefined;
}

const isThenable = (value: unknown): value is PromiseLike<unknown> => typeof field(value, "then") === "function";

const inputUrl = (input: unknown): string | undefined => {
  if (typeof input === "string") return input;
  if (typeof URL !== "undefined" && input instanceof URL) return input.href;
  const url = field(input, "url");
  return typeof url === "string" ? url : undefined;
};

const fetchCall = (input: unknown, init: unknown, options: TalentlmsParseOptions | undefined): Call => ({
  pending: () => fetch(input as RequestInfo | URL, init as RequestInit | undefined),
  url: inputUrl(input),
  secrets: learnSecrets(init, typeof input === "object" ? input : undefined),
  options,
});

const resolveCall = (first: unknown, second: unknown, third: unknown): Call => {
  if (isThenable(first) || (typeof Response !== "undefined" && first instanceof Response)) {
    const options = second as TalentlmsParseOptions | undefined;
    return { pending: () => first, url: undefined, secrets: [], options };
  }
  if (isList(first)) return fetchCall(first[0], first[1], second as TalentlmsParseOptions | undefined);
  return fetchCall(first, second, third as TalentlmsParseOptions | undefined);
};

const isResponse = (value: unknown): value is Response =>
  typeof field(value, "status") === "number" && typeof field(value, "text") === "function";

/** The body could not be read after the headers arrived: a transport failure, or `BODY_READ_FAILED`. */
const bodyReadError = (thrown: unknown, response: Response, read: AdapterOptions): NormalizedError => {
  const transport = classifyTransportError(thrown);
  const message = field(thrown, "message");
  const evidence = {
    status: response.status,
    message: `Reading the body of an HTTP ${response.status} response failed: ${typeof message === "string" ? message : String(thrown)}`,
    headers: response.headers,
    vendorCode: transport?.code,
    cause: thrown,
  };
  return buildError(VENDOR, transport ?? FALLBACK_RULES.bodyReadFailed, evidence, read);
};

const run = async <T>(call: Call): Promise<Result<T, NormalizedError>> => {
  const read = readAdapterOptions({ ...call.options, url: call.options?.url ?? call.url }, call.secrets);
  let response: unknown;
  try {
    response = await call.pending();
  } catch (thrown) {
    return err(normalizeError(thrown, read));
  }
  if (!isResponse(response)) {
    const message = "fromFetch was given something that is not a fetch Response";
    return err(buildError(VENDOR, FALLBACK_RULES.unreadable, { status: 0, message }, read));
  }
  let text: string;
  try {
    text = await response.text();
  } catch (thrown) {
    return err(bodyReadError(thrown, response, read));
  }
  const finalUrl = field(response, "url");
  const options =
    read.url === undefined && typeof finalUrl === "string" && finalUrl !== ""
      ? readAdapterOptions({ ...call.options, url: finalUrl }, call.secrets)
      : read;
  return evaluate<T>({ status: response.status, headers: response.headers, body: text }, options);
};

/**
 * Runs (or awaits) a fetch and reads its response: `ok(body)` for a success, `err(NormalizedError)` for every
 * failure (HTTP errors, network failures, aborts, timeouts, a body that fails to read). Takes a promise of a
 * `Response`, the arguments of `fetch` as a tuple, or the arguments themselves. Never rejects.
 *
 * @example
 * const users = await fromFetch(`${base}/api/v2/users`, { headers: { "X-API-Key": key } });
 * const same = await fromFetch(fetch(url, init), { url });
 */
export function fromFetch<T = unknown>(
  response: PromiseLike<Response> | Response,
  options?: TalentlmsParseOptions,
): ResultAsync<T, NormalizedError>;
export function fromFetch<T = unknown>(
  args: FetchArgs,
  options?: TalentlmsParseOptions,
): ResultAsync<T, NormalizedError>;
export function fromFetch<T = unknown>(
  input: RequestInfo | URL,
  init?: RequestInit,
  options?: TalentlmsParseOptions,
): ResultAsync<T, NormalizedError>;
export function fromFetch<T = unknown>(
  first: unknown,
  second?: unknown,
  third?: unknown,
): ResultAsync<T, NormalizedError> {
  const settle = async (): Promise<Result<T, NormalizedError>> => {
    try {
      return await run<T>(resolveCall(first, second, third));
    } catch (thrown) {
      return err(normalizeError(thrown));
    }
  };
  return new ResultAsync(settle());
}
