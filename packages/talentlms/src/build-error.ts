import { type FieldError, isRetryableCategory, NormalizedError, type RateLimit } from "@errnorm/core";
import { parseRetryAfter, readHeader, readRateLimit, readTraceId } from "@errnorm/core/adapter";
import type { Classification } from "./classify.js";
import type { ReadOptions } from "./options.js";
import type { BodyEvidence } from "./read-body.js";
import { type RuleOutcome, TALENTLMS_RATE_LIMITS } from "./tables.js";
import { VENDOR } from "./vendor.js";

/** The response around an error. */
export interface ErrorContext {
  readonly status: number;
  readonly headers: unknown;
  /** The headers as the caller gave them: secrets are learned from them (the lookup in `headers` hides its values). */
  readonly sourceHeaders?: unknown;
  readonly body: BodyEvidence;
  readonly options: ReadOptions;
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

const waitNote = (retryAfterMs: number | undefined, rateLimit: RateLimit | undefined): string => {
  const left =
    rateLimit?.remaining !== undefined
      ? ` (X-RateLimit-Remaining: ${rateLimit.remaining}${rateLimit.limit !== undefined ? ` of ${rateLimit.limit}` : ""})`
      : "";
  if (retryAfterMs !== undefined) return `${left}; Retry-After asks to wait ${retryAfterMs} ms`;
  const { burst, hourlyByPlan } = TALENTLMS_RATE_LIMITS;
  return `${left}; no Retry-After was sent, so how long to wait is unknown (documented limits: ${burst.limit} calls per ${burst.intervalMs / 1000} s, ${hourlyByPlan.join(" or ")} per hour by plan)`;
};

const developerMessage = (
  ctx: ErrorContext,
  c: Classification,
  retryAfterMs: number | undefined,
  rateLimit: RateLimit | undefined,
): string => {
  const vendorText = ctx.body.message?.trim();
  let message =
    vendorText !== undefined && vendorText !== ""
      ? vendorText.slice(0, MESSAGE_EXCERPT)
      : describeBody(ctx.status, ctx.body);
  if (c.fromUrl) message += " (the request was sent over plain HTTP; TalentLMS requires HTTPS)";
  if (c.rule.category === "rate_limited") message += waitNote(retryAfterMs, rateLimit);
  return message;
};

/** The vendor's own text where a rule marks it safe for end users; never for 5xx, never over a caller's catalog. */
const userMessageOf = (ctx: ErrorContext, c: Classification): string | undefined => {
  const text = ctx.body.message?.trim();
  if (!c.messageRule?.userSafe || text === undefined || ctx.status >= 500) return undefined;
  if (ctx.options.messages?.[c.rule.category] !== undefined) return undefined;
  return text;
};

const fieldErrorsOf = (ctx: ErrorContext, c: Classification): readonly FieldError[] | undefined => {
  const field = c.messageRule?.field;
  const message = ctx.body.message?.trim();
  if (field === undefined || message === undefined) return ctx.body.fieldErrors;
  return [{ field, message }, ...(ctx.body.fieldErrors ?? [])];
};

/** Builds the NormalizedError for a classified response. */
export const buildError = (c: Classification, ctx: ErrorContext): NormalizedError => {
  const { headers, options } = ctx;
  const rateLimit = readRateLimit(headers);
  const retryAfterMs = isRetryableCategory(c.rule.category)
    ? parseRetryAfter(readHeader(headers, "retry-after"))
    : undefined;
  return new NormalizedError({
    vendor: VENDOR,
    category: c.rule.category,
    reason: c.rule.reason,
    action: c.rule.action,
    message: developerMessage(ctx, c, retryAfterMs, rateLimit),
    status: ctx.status,
    retryAfterMs,
    traceId: readTraceId(headers),
    userMessage: userMessageOf(ctx, c),
    vendorCode: ctx.body.type,
    rateLimit,
    fieldErrors: fieldErrorsOf(ctx, c),
    raw: ctx.body.raw,
    cause: ctx.cause,
    messages: options.messages,
    secrets: options.secrets,
    secretSources: [ctx.sourceHeaders],
  });
};

/** An error decided by one rule with a message of its own (unreadable input, a thrown success, a failed body read). */
export const ruleError = (
  rule: RuleOutcome,
  message: string,
  status: number,
  options: ReadOptions,
  cause?: unknown,
): NormalizedError =>
  new NormalizedError({
    vendor: VENDOR,
    category: rule.category,
    reason: rule.reason,
    action: rule.action,
    message,
    status,
    cause,
    messages: options.messages,
    secrets: options.secrets,
  });
