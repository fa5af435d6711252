import { isNormalizedError, type NormalizedError } from "@errnorm/core";
import {
  type AdapterOptions,
  buildError,
  field,
  isRecord,
  isSuccessStatus,
  learnSecrets,
  normalizeStatus,
  normalizeThrown,
  readAdapterOptions,
} from "@errnorm/core/adapter";
import { axiosUrl } from "./axios-url.js";
import type { TalentlmsParseOptions } from "./options.js";
import { evaluate } from "./parse.js";
import { FALLBACK_RULES } from "./tables.js";
import { VENDOR } from "./vendor.js";

/** A fetch `Response` (or one from another realm or polyfill): numeric `status`, boolean `ok`, `headers`. */
const isResponseLike = (value: unknown): value is Response =>
  (typeof Response !== "undefined" && value instanceof Response) ||
  (isRecord(value) &&
    typeof field(value, "status") === "number" &&
    typeof field(value, "ok") === "boolean" &&
    isRecord(field(value, "headers")));

const stringOf = (value: unknown): string | undefined =>
  typeof value === "string" && value !== "" ? value : undefined;

const successThrown = (status: number, message: string, read: AdapterOptions, cause: unknown): NormalizedError =>
  buildError(VENDOR, FALLBACK_RULES.successThrown, { status, message, cause }, read);

const fromAxios = (thrown: object, options: TalentlmsParseOptions | undefined): NormalizedError => {
  const config = field(thrown, "config");
  const read = readAdapterOptions({ ...options, url: options?.url ?? axiosUrl(config) }, learnSecrets(config));
  const response = field(thrown, "response");
  if (isRecord(response) && typeof field(response, "status") === "number") {
    const status = normalizeStatus(field(response, "status"));
    if (isSuccessStatus(status))
      return successThrown(status, `axios rejected a successful response (HTTP ${status})`, read, thrown);
    const result = evaluate(
      { status, headers: field(response, "headers"), body: field(response, "data") },
      read,
      thrown,
    );
    if (result.isErr()) return result.error;
  }
  return normalizeThrown(VENDOR, thrown, read);
};

const fromResponse = (
  response: Response,
  options: TalentlmsParseOptions | undefined,
  cause: unknown,
): NormalizedError => {
  const read = readAdapterOptions({ ...options, url: options?.url ?? stringOf(field(response, "url")) });
  const status = normalizeStatus(field(response, "status"));
  if (isSuccessStatus(status))
    return successThrown(status, `A successful response (HTTP ${status}) was thrown`, read, cause);
  // The body is left unread: reading it is async, and the caller may still want it.
  const result = evaluate(
    { status, headers: field(response, "headers"), body: field(response, "body") ?? undefined },
    read,
    cause,
  );
  return result.isErr() ? result.error : successThrown(status, `A response (HTTP ${status}) was thrown`, read, cause);
};

/**
 * Anything a caller can catch, as a NormalizedError: an axios error (its `response` is parsed), a thrown
 * fetch `Response` (status and headers; the body stays unread), a fetch failure, abort or timeout, a string,
 * `undefined`. A NormalizedError passes through unchanged. Never throws.
 *
 * @example
 * try { await axios.get(url, { headers: { "X-API-Key": key } }) } catch (e) { const err = normalizeError(e, { url }) }
 */
export const normalizeError = (thrown: unknown, options?: TalentlmsParseOptions): NormalizedError => {
  try {
    if (isNormalizedError(thrown)) return thrown;
    if (isRecord(thrown) && field(thrown, "isAxiosError") === true) return fromAxios(thrown, options);
    if (isResponseLike(thrown)) return fromResponse(thrown, options, undefined);
    const inner = field(thrown, "response");
    if (isResponseLike(inner)) return fromResponse(inner, options, thrown);
    return normalizeThrown(VENDOR, thrown, readAdapterOptions(options));
  } catch {
    const message = "The thrown value could not be read";
    return buildError(VENDOR, FALLBACK_RULES.unreadable, { status: 0, message }, readAdapterOptions(undefined));
  }
};
