import type { FieldError, RateLimit } from "@errnorm/core";
import {
  type AdapterOptions,
  type ErrorEvidence,
  parseRetryAfter,
  readHeader,
  readRateLimit,
} from "@errnorm/core/adapter";
import type { Classification } from "./classify.js";
import type { BodyEvidence } from "./read-body.js";
import { BURST, HOURLY_BY_PLAN } from "./tables.js";

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
  return `${left}; no Retry-After was sent, so how long to wait is unknown (documented limits: ${BURST.limit} calls per ${BURST.intervalMs / 1000} s, ${HOURLY_BY_PLAN.join(" or ")} per hour by plan)`;
};

const developerMessage = (ctx: ResponseContext, c: Classification): string => {
  const vendorText = ctx.body.message?.trim();
  let message =
    vendorText !== undefined && vendorText !== ""
      ? vendorText.slice(0, MESSAGE_EXCERPT)
      : describeBody(ctx.status, ctx.body);
  if (c.fromUrl) message += " (the request was sent over plain HTTP; TalentLMS requires HTTPS)";
  if (c.rule.category === "rate_limited") message += waitNote(ctx.headers);
  return message;
};

/** The vendor's own text where a rule marks it safe for end users; never for 5xx, never over a caller's catalog. */
const userMessageOf = (ctx: ResponseContext, c: Classification, options: AdapterOptions): string | undefined => {
  const text = ctx.body.message?.trim();
  if (!c.messageRule?.userSafe || text === undefined || ctx.status >= 500) return undefined;
  if (options.messages?.[c.rule.category] !== undefined) return undefined;
  return text;
};

const fieldErrorsOf = (ctx: ResponseContext, c: Classification): readonly FieldError[] | undefined => {
  const name = c.messageRule?.field;
  const message = ctx.body.message?.trim();
  if (name === undefined || message === undefined) return ctx.body.fieldErrors;
  return [{ field: name, message }, ...(ctx.body.fieldErrors ?? [])];
};

/** What the kit's `buildError` needs beside the rule: TalentLMS's message, user text and field errors. */
export const errorEvidence = (c: Classification, ctx: ResponseContext, options: AdapterOptions): ErrorEvidence => ({
  status: ctx.status,
  message: developerMessage(ctx, c),
  headers: ctx.headers,
  userMessage: userMessageOf(ctx, c, options),
  vendorCode: ctx.body.type,
  fieldErrors: fieldErrorsOf(ctx, c),
  raw: ctx.body.raw,
  cause: ctx.cause,
});
