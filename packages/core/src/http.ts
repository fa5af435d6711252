import { LIMITS } from "./limits.js";
import { isObjectLike, safeGet, safeIsArray, safeKeys } from "./safe.js";
import { boundText } from "./text.js";

/** Response headers as callers hold them: WHATWG `Headers`, a plain record (Node, axios) or `[name, value]` pairs. */
export type HeadersInput =
  | Headers
  | Readonly<Record<string, string | readonly string[] | number | undefined>>
  | ReadonlyArray<readonly [string, string]>;

const MAX_HEADER_VALUE = 8_192;

const headerValue = (value: unknown): string | undefined => {
  if (typeof value === "string") return value.length > MAX_HEADER_VALUE ? value.slice(0, MAX_HEADER_VALUE) : value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (safeIsArray(value)) {
    const parts = value
      .slice(0, 20)
      .map(headerValue)
      .filter((v): v is string => v !== undefined);
    return parts.length > 0 ? parts.join(", ") : undefined;
  }
  return undefined;
};

/** Reads one header case-insensitively from any headers shape; `undefined` when absent or unreadable. */
export const readHeader = (headers: unknown, name: string): string | undefined => {
  if (!isObjectLike(headers)) return undefined;
  const wanted = name.toLowerCase();
  try {
    const get = safeGet(headers, "get");
    if (typeof get === "function" && !safeIsArray(headers)) {
      const value: unknown = get.call(headers, name);
      return headerValue(value) ?? undefined;
    }
    if (safeIsArray(headers)) {
      for (const pair of headers.slice(0, 500)) {
        if (safeIsArray(pair) && typeof pair[0] === "string" && pair[0].toLowerCase() === wanted) {
          return headerValue(pair[1]);
        }
      }
      return undefined;
    }
    for (const key of safeKeys(headers).slice(0, 500)) {
      if (key.toLowerCase() === wanted) return headerValue(safeGet(headers, key));
    }
  } catch {
    return undefined;
  }
  return undefined;
};

/** Longest wait we report: the largest delay `setTimeout` accepts (about 24.8 days). */
export const MAX_RETRY_AFTER_MS = 2_147_483_647;

const DELAY_SECONDS = /^\d{1,16}(?:\.\d{1,6})?$/;
const HTTP_DATE_START = /^[A-Za-z]{3,9},? /;

/**
 * `Retry-After` as milliseconds to wait: delay-seconds or an HTTP-date, measured from `now`.
 * Total: any input gives `undefined` or a whole number in [0, MAX_RETRY_AFTER_MS].
 */
export const parseRetryAfter = (value: unknown, now: number = Date.now()): number | undefined => {
  if (typeof value === "number") {
    return Number.isFinite(value) && value >= 0 ? Math.min(Math.round(value * 1000), MAX_RETRY_AFTER_MS) : undefined;
  }
  if (typeof value !== "string" || value.length > 64) return undefined;
  const text = value.trim();
  if (DELAY_SECONDS.test(text)) return Math.min(Math.round(Number(text) * 1000), MAX_RETRY_AFTER_MS);
  if (!HTTP_DATE_START.test(text)) return undefined;
  const at = Date.parse(text);
  if (!Number.isFinite(at) || !Number.isFinite(now)) return undefined;
  return Math.min(Math.max(0, Math.round(at - now)), MAX_RETRY_AFTER_MS);
};

/** Numbers a vendor sends about its rate limit; `resetAt` in epoch milliseconds. */
export interface RateLimit {
  readonly limit?: number | undefined;
  readonly remaining?: number | undefined;
  readonly resetAt?: number | undefined;
}

const nonNegativeInt = (value: string | undefined): number | undefined => {
  if (value === undefined) return undefined;
  const first = value.split(",")[0]?.trim() ?? "";
  if (!/^\d{1,15}$/.test(first)) return undefined;
  return Number(first);
};

/** Epoch seconds above this are dates; smaller reset values are seconds from now. */
const EPOCH_SECONDS_FLOOR = 1_000_000_000;

/**
 * Rate-limit headers (`X-RateLimit-*`, or the IETF `RateLimit-*`) as numbers; `undefined` when none is sent.
 * Read on every response, successes included, so callers can slow down before they hit the limit.
 */
export const readRateLimit = (headers: unknown, now: number = Date.now()): RateLimit | undefined => {
  const limit = nonNegativeInt(readHeader(headers, "x-ratelimit-limit") ?? readHeader(headers, "ratelimit-limit"));
  const remaining = nonNegativeInt(
    readHeader(headers, "x-ratelimit-remaining") ?? readHeader(headers, "ratelimit-remaining"),
  );
  const reset = nonNegativeInt(readHeader(headers, "x-ratelimit-reset") ?? readHeader(headers, "ratelimit-reset"));
  const resetAt =
    reset === undefined ? undefined : reset >= EPOCH_SECONDS_FLOOR ? reset * 1000 : Math.round(now + reset * 1000);
  if (limit === undefined && remaining === undefined && resetAt === undefined) return undefined;
  return {
    ...(limit !== undefined && { limit }),
    ...(remaining !== undefined && { remaining }),
    ...(resetAt !== undefined && Number.isFinite(resetAt) && { resetAt }),
  };
};

/** Response headers that carry a request or trace id, in the order they are preferred. */
export const REQUEST_ID_HEADERS = [
  "x-request-id",
  "x-trace-id",
  "x-correlation-id",
  "request-id",
  "x-amzn-requestid",
  "x-amz-request-id",
  "x-amz-cf-id",
  "cf-ray",
  "traceparent",
] as const;

/** The first request-id style header, verbatim (bounded); `undefined` when none is present. */
export const readTraceId = (headers: unknown): string | undefined => {
  for (const name of REQUEST_ID_HEADERS) {
    const value = readHeader(headers, name)?.trim();
    if (value) return value.slice(0, 200);
  }
  return undefined;
};

/** A response body after decoding: nothing, JSON, or text that is not JSON (bounded). */
export type DecodedBody =
  | { readonly kind: "empty" }
  | { readonly kind: "json"; readonly value: unknown }
  | { readonly kind: "text"; readonly text: string; readonly length: number };

const EMPTY: DecodedBody = { kind: "empty" };

const looksLikeJson = (text: string): boolean => {
  const c = text.charCodeAt(0);
  // { [ " - 0-9 t f n
  return c === 123 || c === 91 || c === 34 || c === 45 || (c >= 48 && c <= 57) || c === 116 || c === 102 || c === 110;
};

const parseJson = (text: string): { ok: true; value: unknown } | { ok: false } => {
  if (text.length > LIMITS.jsonParseLength || !looksLikeJson(text)) return { ok: false };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
};

const decodeText = (text: string): DecodedBody => {
  const trimmed = text.trim();
  if (trimmed === "") return EMPTY;
  const parsed = parseJson(trimmed);
  if (!parsed.ok) return { kind: "text", text: boundText(trimmed, LIMITS.textBody), length: trimmed.length };
  // A body sent as a JSON string that itself holds JSON ("double-encoded"): unwrap once.
  if (typeof parsed.value === "string") {
    const inner = parseJson(parsed.value.trim());
    if (inner.ok && isObjectLike(inner.value)) return { kind: "json", value: inner.value };
  }
  return { kind: "json", value: parsed.value };
};

const textDecoder = typeof TextDecoder === "undefined" ? undefined : new TextDecoder();

/**
 * Decodes a response body given as raw text, bytes or already-parsed JSON. A string holding JSON is parsed;
 * HTML and other text stay text, bounded. Never throws.
 */
export const decodeBody = (body: unknown): DecodedBody => {
  try {
    if (body === undefined || body === null) return EMPTY;
    if (typeof body === "string") return decodeText(body);
    if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) {
      if (!textDecoder) return EMPTY;
      const view =
        body instanceof ArrayBuffer
          ? new Uint8Array(body)
          : new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
      return decodeText(textDecoder.decode(view.subarray(0, LIMITS.jsonParseLength)));
    }
    return { kind: "json", value: body };
  } catch {
    return EMPTY;
  }
};

/** An HTTP status as a whole number in [100, 999], or 0 for anything else (no response, garbage). */
export const normalizeStatus = (status: unknown): number => {
  const n = typeof status === "string" && /^\s*\d{3}\s*$/.test(status) ? Number(status) : status;
  return typeof n === "number" && Number.isInteger(n) && n >= 100 && n <= 999 ? n : 0;
};
