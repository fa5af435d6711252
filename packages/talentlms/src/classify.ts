import { CATEGORY_POLICY, isSuccessStatus, statusRule } from "@errnorm/core";
import { matchMessageRule } from "./match-message.js";
import type { MessageRule } from "./message-rules.js";
import type { BodyEvidence } from "./read-body.js";
import { TALENTLMS_FALLBACK_RULES, TALENTLMS_STATUS_TABLE, TALENTLMS_TYPE_TABLE, type TalentlmsRule } from "./tables.js";

/** The rule that decides an error, and the message rule behind it when a vendor message decided. */
export interface Classification {
  readonly rule: TalentlmsRule;
  readonly messageRule?: MessageRule | undefined;
  /** `HTTPS_REQUIRED` was decided from the request URL, not from the body. */
  readonly fromUrl?: boolean;
}

const lookup = <T extends object>(table: T, key: string | number | undefined): TalentlmsRule | undefined =>
  key !== undefined && Object.hasOwn(table, key) ? (table[key as keyof T] as TalentlmsRule) : undefined;

const byStatus = (status: number): TalentlmsRule => {
  const { category, reason } = statusRule(status);
  return { category, reason, action: CATEGORY_POLICY[category].action, meaning: `HTTP ${status}` };
};

/**
 * Decides an error response, most specific evidence first: a known vendor message (at any status), then a
 * plain-HTTP request URL (except 429 and 5xx, which say something else happened), then the documented status,
 * then for a 2xx the body's kind and `type`, then core's defaults by status class.
 */
export const classify = (status: number, body: BodyEvidence, plainHttp: boolean): Classification => {
  const messageRule = body.message === undefined ? undefined : matchMessageRule(body.message);
  if (messageRule) return { rule: messageRule, messageRule };
  if (plainHttp && status !== 429 && status < 500) return { rule: TALENTLMS_FALLBACK_RULES.httpsRequired, fromUrl: true };
  const documented = lookup(TALENTLMS_STATUS_TABLE, status);
  if (documented) return { rule: documented };
  if (isSuccessStatus(status)) {
    if (body.kind === "stream") return { rule: TALENTLMS_FALLBACK_RULES.bodyNotRead };
    if (body.kind === "html" || body.kind === "text") return { rule: TALENTLMS_FALLBACK_RULES.notJson };
    return { rule: lookup(TALENTLMS_TYPE_TABLE, body.type) ?? TALENTLMS_FALLBACK_RULES.unrecognizedError };
  }
  return { rule: byStatus(status) };
};
