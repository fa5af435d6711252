import type { RateLimit } from "@errnorm/core";
import { type ErrorEvidence, parseRetryAfter, readHeader, readRateLimit } from "@errnorm/core/adapter";
import type { Classification } from "./classify.js";
import type { BodyEvidence } from "./read-body.js";
import { DOCUMENTED_LIMITS } from "./tables.js";

/** The response around an error. */
export interface ResponseContext {
  readonly status: number;
  readonly headers: unknown;
  readonly body: BodyEvidence;
  /** The client error it came from (an axios error), kept as a redacted `cause`. */
  readonly cause?: unknown;
}

const MESSAGE_EXCERPT = 300;

const describeBody = (status: number, body: BodyEvidence): string => {
  const what = `HTTP ${status}`;
  if (body.kind === "html") {
    return `${what} with an HTML page (${body.length ?? 0} characters) instead of TalentLMS JSON: a proxy, a CDN or a wrong subdomain answered`;
  }
  if (body.kind === "empty") return `${what} with an empty body`;
  if (body.kind === "stream") return `${what}; the body was not read`;
  return `${what} with no error message`;
};

const waitNote = (headers: unknown): string => {
  const rateLimit: RateLimit | undefined = readRateLimit(headers);
  const retryAfterMs = parseRetryAfter(readHeader(headers, "retry-after"));
  const left =
    rateLimit?.remaining !== undefined
      ? ` (X-RateLimit-Remaining: ${rateLimit.remaining}${rateLimit.limit !== undefined ? ` of ${rateLimit.limit}` : ""})`
      : "";
  if (retryAfterMs !== undefined) return `${left}; Retry-After asks to wait ${retryAfterMs} ms`;
  return `${left}; no Retry-After was sent, so how long to wait is unknown (documented limits: ${DOCUMENTED_LIMITS})`;
};

const developerMessage = (ctx: ResponseContext, c: Classification, vendorText: string | undefined): string => {
  let message = vendorText !== undefined ? vendorText.slice(0, MESSAGE_EXCERPT) : describeBody(ctx.status, ctx.body);
  if (c.fromUrl) message += " (the request was sent over plain HTTP; TalentLMS requires HTTPS)";
  if (c.rule.category === "rate_limited") message += waitNote(ctx.headers);
  return message;
};

/** What the kit's `buildError` needs beside the rule: TalentLMS's message, user text and field errors. */
export const errorEvidence = (c: Classification, ctx: ResponseContext): ErrorEvidence => {
  const vendorText = ctx.body.message?.trim() || undefined;
  const field = c.messageRule?.field;
  return {
    status: ctx.status,
    message: developerMessage(ctx, c, vendorText),
    headers: ctx.headers,
    // The vendor's own text where its rule marks it safe for end users; never for 5xx (a caller's catalog still wins).
    userMessage: c.messageRule?.userSafe && ctx.status < 500 ? vendorText : undefined,
    vendorCode: ctx.body.type,
    // A message about one request field (its rule names the field) is also that field's error.
    fieldErrors:
      field !== undefined && vendorText !== undefined
        ? [{ field, message: vendorText }, ...(ctx.body.fieldErrors ?? [])]
        : ctx.body.fieldErrors,
    raw: ctx.body.raw,
    cause: ctx.cause,
  };
};
