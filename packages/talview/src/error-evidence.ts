import { LIMITS } from "@errnorm/core";
import type { AdapterOptions, ErrorEvidence } from "@errnorm/core/adapter";
import type { Classification } from "./classify.js";
import { cleanVendorMessage } from "./codes.js";
import { INTERNAL_DETAIL_PATTERN } from "./message-rules.js";

/** The response around the errors. */
export interface ResponseContext {
  readonly status: number;
  readonly headers?: unknown;
  /** The decoded body, kept (redacted) as `raw`. */
  readonly raw?: unknown;
  /** The client error it came from, kept as a redacted `cause`. */
  readonly cause?: unknown;
}

const developerMessage = (lead: Classification, count: number, status: number): string => {
  const { message, operation } = lead.issue;
  const base = message !== "" ? message : status !== 0 ? `HTTP ${status}` : lead.rule.reason;
  // Only a failed envelope names an operation (the field of `data` it was found in).
  const scoped = operation !== undefined ? `${operation}: ${base}` : base;
  return count > 1 ? `${scoped} (and ${count - 1} more error${count > 2 ? "s" : ""})` : scoped;
};

/**
 * The vendor's own words for an application failure (the vendor page's best practice 2), cleaned; else the
 * logical code's message; else `undefined` (the category's safe message). Never Hasura internals; a caller's catalog
 * still wins (the kit's `buildError`).
 */
const applicationUserMessage = (lead: Classification): string | undefined => {
  if (!lead.fromApplication) return undefined;
  const cleaned = cleanVendorMessage(lead.issue.message);
  if (cleaned !== "" && !INTERNAL_DETAIL_PATTERN.test(cleaned.slice(0, LIMITS.userMessageLength))) return cleaned;
  return lead.logical?.userMessage;
};

/**
 * What the kit's `buildError` needs beside the lead's rule: one error for all the errors of a response, in the
 * lead's words; `fieldErrors` from every error with a field; the first trace id any of them carried.
 */
export const errorEvidence = (
  lead: Classification,
  all: readonly Classification[],
  ctx: ResponseContext,
  options: AdapterOptions,
): ErrorEvidence => {
  const fieldErrors = all
    .filter((c) => c.issue.field !== undefined)
    .map((c) => ({ field: c.issue.field as string, message: c.issue.message }));
  return {
    status: ctx.status,
    message: developerMessage(lead, all.length, ctx.status),
    headers: ctx.headers,
    userMessage: applicationUserMessage(lead),
    vendorCode: lead.vendorCode,
    traceId: lead.issue.traceId ?? all.find((c) => c.issue.traceId !== undefined)?.issue.traceId,
    fieldErrors: fieldErrors.length > 0 ? fieldErrors : undefined,
    operation: options.operation ?? lead.issue.operation,
    raw: ctx.raw,
    cause: ctx.cause,
  };
};
