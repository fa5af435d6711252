import { isSuccessStatus, lookupRule, type Rule, statusRule } from "@errnorm/core/adapter";
import { matchMessage } from "./match-message.js";
import type { MessageMatcher } from "./message-rules.js";
import type { BodyEvidence } from "./read-body.js";
import { FALLBACK_RULES, STATUS_RULES, TYPE_RULES } from "./tables.js";

/** The rule that decides an error, and the message rule behind it when a vendor message decided. */
export interface Classification {
  readonly rule: Rule;
  readonly messageRule?: MessageMatcher | undefined;
  /** `HTTPS_REQUIRED` was decided from the request URL, not from the body. */
  readonly fromUrl?: boolean;
}

/** The body is an error even inside a 2xx: its shape says so, or it names a known error `type`. */
const saysError = (body: BodyEvidence): boolean => body.isError || lookupRule(TYPE_RULES, body.type) !== undefined;

/** A real success: a 2xx whose body is JSON (or empty) and not an error body. */
export const isSuccess = (status: number, body: BodyEvidence): boolean =>
  isSuccessStatus(status) && (body.kind === "json" || body.kind === "empty") && !saysError(body);

/**
 * Decides an error response, most specific evidence first: a known vendor message (at any status), then a
 * plain-HTTP request URL (except 429 and 5xx, which say something else happened), then the documented status,
 * then for a 2xx the body's kind and `type`, then core's defaults by status class.
 */
export const classify = (status: number, body: BodyEvidence, plainHttp: boolean): Classification => {
  const messageRule = body.message === undefined ? undefined : matchMessage(body.message);
  if (messageRule) return { rule: messageRule, messageRule };
  if (plainHttp && status !== 429 && status < 500) return { rule: FALLBACK_RULES.httpsRequired, fromUrl: true };
  const documented = lookupRule(STATUS_RULES, status);
  if (documented) return { rule: documented };
  if (isSuccessStatus(status)) {
    if (body.kind === "stream") return { rule: FALLBACK_RULES.bodyNotRead };
    if (body.kind === "html" || body.kind === "text") return { rule: FALLBACK_RULES.notJson };
    return { rule: lookupRule(TYPE_RULES, body.type) ?? FALLBACK_RULES.unrecognizedError };
  }
  return { rule: statusRule(status) };
};
