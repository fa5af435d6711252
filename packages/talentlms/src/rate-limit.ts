import type { RateLimit } from "@errnorm/core";
import { decodeBody, field, isRecord, readRateLimit } from "@errnorm/core/adapter";

/** What a response says about the rate limit, on successes as well as errors. */
export interface TalentlmsRateLimitInfo extends RateLimit {
  /** `X-RateLimit-*` headers, or the body of v1's `GET /ratelimit`. */
  readonly source: "headers" | "body";
  /** `remaining` is 0: the next call will probably get a 429. */
  readonly exhausted: boolean;
  /**
   * Milliseconds to leave between calls so the remaining quota lasts until `resetAt`: only when both are known
   * (v1's `/ratelimit` sends a reset time; the headers do not, and nothing is invented).
   */
  readonly paceMs?: number;
}

const count = (value: unknown): number | undefined => {
  const n = typeof value === "string" && /^\d{1,15}$/.test(value.trim()) ? Number(value) : value;
  return typeof n === "number" && Number.isInteger(n) && n >= 0 ? n : undefined;
};

/** v1 `GET /api/v1/ratelimit`: `{"limit":"2000","remaining":1999,"reset":"1700000000","formatted_reset":"…"}`. */
const fromBody = (body: unknown): RateLimit | undefined => {
  const decoded = decodeBody(body);
  if (decoded.kind !== "json" || !isRecord(decoded.value)) return undefined;
  const limit = count(field(decoded.value, "limit"));
  const remaining = count(field(decoded.value, "remaining"));
  const reset = count(field(decoded.value, "reset"));
  if (limit === undefined || remaining === undefined) return undefined;
  return { limit, remaining, ...(reset !== undefined && reset > 0 && { resetAt: reset * 1000 }) };
};

/**
 * The rate-limit state a response reports: `X-RateLimit-Limit` / `X-RateLimit-Remaining` on any response
 * (successes included, so a caller can slow down before the limit), or the body of v1's `GET /ratelimit`.
 * `undefined` when the response says nothing. Never throws.
 *
 * @example
 * const info = readRateLimitInfo({ headers: res.headers });
 * if (info?.exhausted) await pause(); // no reset time is documented: choose your own wait or use a throttle
 */
export const readRateLimitInfo = (
  response: { readonly headers?: unknown; readonly body?: unknown },
  now: number = Date.now(),
): TalentlmsRateLimitInfo | undefined => {
  try {
    const fromHeaders = readRateLimit(field(response, "headers"), now);
    const body = fromHeaders?.remaining === undefined ? fromBody(field(response, "body")) : undefined;
    const info = body ?? fromHeaders;
    if (!info) return undefined;
    const { limit, remaining, resetAt } = info;
    const untilReset = resetAt === undefined ? undefined : Math.max(0, resetAt - now);
    const paceMs =
      untilReset === undefined || remaining === undefined
        ? undefined
        : remaining === 0
          ? untilReset
          : Math.floor(untilReset / remaining);
    return {
      ...(limit !== undefined && { limit }),
      ...(remaining !== undefined && { remaining }),
      ...(resetAt !== undefined && { resetAt }),
      source: body ? "body" : "headers",
      exhausted: remaining === 0,
      ...(paceMs !== undefined && { paceMs }),
    };
  } catch {
    return undefined;
  }
};
