import { CATEGORY_POLICY, isNormalizedError, NormalizedError } from "@errnorm/core";
import { isSuccessStatus, normalizeStatus, normalizeThrown } from "@errnorm/core/adapter";
import { ruleError } from "./build-error.js";
import { readOptions, type TalentlmsParseOptions } from "./options.js";
import { evaluate } from "./parse.js";
import { requestSecrets } from "./request-secrets.js";
import { get, isRecord } from "./safe.js";
import { FALLBACK_RULES } from "./tables.js";
import { VENDOR } from "./vendor.js";

/** axios codes that mean the request never got a response and that core's transport table does not know. */
export const AXIOS_TRANSPORT_CODES = {
  ERR_NETWORK: { category: "network", reason: "NETWORK_ERROR" },
} as const;

/** A fetch `Response` (or one from another realm or polyfill): numeric `status`, boolean `ok`, `headers`. */
const isResponseLike = (value: unknown): value is Response =>
  (typeof Response !== "undefined" && value instanceof Response) ||
  (isRecord(value) &&
    typeof get(value, "status") === "number" &&
    typeof get(value, "ok") === "boolean" &&
    isRecord(get(value, "headers")));

const stringOf = (value: unknown): string | undefined =>
  typeof value === "string" && value !== "" ? value : undefined;

/** axios keeps the URL relative to `baseURL`. */
const axiosUrl = (config: unknown): string | undefined => {
  const url = stringOf(get(config, "url"));
  const base = stringOf(get(config, "baseURL"));
  if (url === undefined) return base;
  try {
    return base === undefined ? url : new URL(url, base).href;
  } catch {
    return url;
  }
};

const fromAxios = (thrown: object, options: TalentlmsParseOptions | undefined): NormalizedError => {
  const config = get(thrown, "config");
  const read = readOptions({ ...options, url: options?.url ?? axiosUrl(config) }, requestSecrets(config));
  const response = get(thrown, "response");
  if (isRecord(response) && typeof get(response, "status") === "number") {
    const status = normalizeStatus(get(response, "status"));
    if (isSuccessStatus(status)) {
      return ruleError(
        FALLBACK_RULES.successThrown,
        `axios rejected a successful response (HTTP ${status})`,
        status,
        read,
        thrown,
      );
    }
    const result = evaluate({ status, headers: get(response, "headers"), body: get(response, "data") }, read, thrown);
    if (result.isErr()) return result.error;
  }
  const code = get(thrown, "code");
  const byCode =
    typeof code === "string" && Object.hasOwn(AXIOS_TRANSPORT_CODES, code)
      ? AXIOS_TRANSPORT_CODES[code as keyof typeof AXIOS_TRANSPORT_CODES]
      : undefined;
  const transport = normalizeThrown(VENDOR, thrown, read);
  if (byCode && transport.category === "unknown") {
    const message = get(thrown, "message");
    return new NormalizedError({
      vendor: VENDOR,
      ...byCode,
      action: CATEGORY_POLICY[byCode.category].action,
      message: typeof message === "string" && message !== "" ? message : String(code),
      status: 0,
      vendorCode: String(code),
      cause: thrown,
      messages: read.messages,
      secrets: read.secrets,
    });
  }
  return read.secrets.length > 0 ? transport.with({ secrets: read.secrets }) : transport;
};

const fromResponse = (
  response: Response,
  options: TalentlmsParseOptions | undefined,
  cause: unknown,
): NormalizedError => {
  const read = readOptions({ ...options, url: options?.url ?? stringOf(get(response, "url")) });
  const status = normalizeStatus(get(response, "status"));
  if (isSuccessStatus(status)) {
    return ruleError(
      FALLBACK_RULES.successThrown,
      `A successful response (HTTP ${status}) was thrown`,
      status,
      read,
      cause,
    );
  }
  // The body is left unread: reading it is async, and the caller may still want it.
  const result = evaluate(
    { status, headers: get(response, "headers"), body: get(response, "body") ?? undefined },
    read,
    cause,
  );
  return result.isErr()
    ? result.error
    : ruleError(FALLBACK_RULES.successThrown, `A response (HTTP ${status}) was thrown`, status, read, cause);
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
    if (isRecord(thrown) && get(thrown, "isAxiosError") === true) return fromAxios(thrown, options);
    if (isResponseLike(thrown)) return fromResponse(thrown, options, undefined);
    const inner = get(thrown, "response");
    if (isResponseLike(inner)) return fromResponse(inner, options, thrown);
    const read = readOptions(options);
    const normalized = normalizeThrown(VENDOR, thrown, read);
    return read.secrets.length > 0 ? normalized.with({ secrets: read.secrets }) : normalized;
  } catch {
    return ruleError(FALLBACK_RULES.unreadable, "The thrown value could not be read", 0, { secrets: [] });
  }
};
