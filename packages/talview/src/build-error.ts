import { CATEGORY_POLICY, isRetryableCategory, NormalizedError } from "@errnorm/core";
import { parseRetryAfter, readHeader, readRateLimit, readTraceId } from "@errnorm/core/adapter";
import { applicationUserMessage, type Classified } from "./classify.js";
import type { TalviewParseOptions } from "./options.js";
import { rememberPartialData } from "./partial-data.js";
import { type CodeRule, LEAD_PRIORITY } from "./tables.js";
import { VENDOR } from "./vendor.js";

/** The response around the errors. */
export interface ErrorContext {
  readonly status: number;
  readonly headers: unknown;
  readonly raw: unknown;
  readonly data?: unknown;
  readonly options: TalviewParseOptions;
  readonly cause?: unknown;
}

const rank = (c: Classified): number => LEAD_PRIORITY[c.category] * 2 + (c.logical ? 0 : 1);

/** The most actionable error: lowest `LEAD_PRIORITY`, a known logical code first, else the vendor's order. */
export const pickLead = (all: readonly Classified[]): Classified => {
  let lead = all[0] as Classified;
  for (const c of all) if (rank(c) < rank(lead)) lead = c;
  return lead;
};

const developerMessage = (lead: Classified, count: number, status: number): string => {
  const { message, operation } = lead.issue;
  const base = message !== "" ? message : status !== 0 ? `HTTP ${status}` : lead.reason;
  const scoped = operation !== undefined && lead.issue.source === "envelope" ? `${operation}: ${base}` : base;
  return count > 1 ? `${scoped} (and ${count - 1} more error${count > 2 ? "s" : ""})` : scoped;
};

/** One NormalizedError for all the errors of one response; the lead decides, `raw` keeps them all. */
export const buildError = (all: readonly Classified[], ctx: ErrorContext): NormalizedError => {
  const lead = pickLead(all);
  const { options, headers } = ctx;
  const retryAfter = readHeader(headers, "retry-after");
  const fieldErrors = all
    .filter((c) => c.issue.field !== undefined)
    .map((c) => ({ field: c.issue.field as string, message: c.issue.message }));
  const error = new NormalizedError({
    vendor: VENDOR,
    category: lead.category,
    reason: lead.reason,
    action: lead.action,
    message: developerMessage(lead, all.length, ctx.status),
    status: ctx.status,
    traceId:
      lead.issue.traceId ?? all.find((c) => c.issue.traceId !== undefined)?.issue.traceId ?? readTraceId(headers),
    userMessage: applicationUserMessage(lead, options.messages?.[lead.category] !== undefined),
    vendorCode: lead.vendorCode,
    retryAfterMs:
      retryAfter !== undefined && isRetryableCategory(lead.category) ? parseRetryAfter(retryAfter) : undefined,
    rateLimit: readRateLimit(headers),
    fieldErrors: fieldErrors.length > 0 ? fieldErrors : undefined,
    operation: options.operation ?? lead.issue.operation,
    raw: ctx.raw,
    cause: ctx.cause,
    messages: options.messages,
    secrets: options.secrets,
    secretSources: [headers],
  });
  return rememberPartialData(error, ctx.data);
};

/** An error that no vendor body describes (unreadable response, empty or non-JSON success body). */
export const ruleError = (rule: CodeRule, message: string, ctx: ErrorContext): NormalizedError =>
  new NormalizedError({
    vendor: VENDOR,
    category: rule.category,
    reason: rule.reason,
    action: rule.action ?? CATEGORY_POLICY[rule.category].action,
    message,
    status: ctx.status,
    traceId: readTraceId(ctx.headers),
    operation: ctx.options.operation,
    raw: ctx.raw,
    cause: ctx.cause,
    messages: ctx.options.messages,
    secrets: ctx.options.secrets,
    secretSources: [ctx.headers],
  });
