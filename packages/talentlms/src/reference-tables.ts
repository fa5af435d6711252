// @errnorm/talentlms/tables: the read-only mapping tables, each rule joined to its documentation: what users and
// docs/mappings.md read. The parser reads the lean tables of `tables.ts` and `message-rules.ts` and never imports
// this file, so a bundle of `parseResponse` carries none of the prose.
import { type DecidedRule, defineRules, type Rule } from "@errnorm/core/adapter";
import { matchMessage } from "./match-message.js";
import { type MessageEvidence, TALENTLMS_MESSAGE_EVIDENCE } from "./message-evidence.js";
import { MESSAGE_RULES, type MessageMatcher } from "./message-rules.js";
import { TALENTLMS_REASON_NOTES } from "./reason-notes.js";
import { FALLBACK_RULES, STATUS_RULES, TYPE_RULES } from "./tables.js";

export type { Evidence, MessageEvidence } from "./message-evidence.js";
export type { MessageMatcher } from "./message-rules.js";
export { TALENTLMS_MESSAGE_EVIDENCE, TALENTLMS_REASON_NOTES };
export { TALENTLMS_SUCCESS_STATUSES } from "./tables.js";

/** How TalentLMS evidence (a status, a `type`, a message) is understood, and what it means. One meaning per reason. */
export interface TalentlmsRule extends DecidedRule {
  /** What it means, in the vendor's words where it has them (`TALENTLMS_REASON_NOTES`). */
  readonly meaning: string;
}

/** One vendor message, what it decides, what it means and where it comes from. */
export interface MessageRule extends MessageMatcher, TalentlmsRule, MessageEvidence {}

/** The same table, every rule with the meaning of its reason. */
export type WithMeaning<T> = { readonly [K in keyof T]: T[K] & { readonly meaning: string } };

const meaningOf = (reason: string): string => TALENTLMS_REASON_NOTES[reason] ?? "";

const withMeaning = <T extends Record<number | string, Rule>>(table: T): WithMeaning<T> =>
  defineRules(
    Object.fromEntries(Object.entries(table).map(([key, rule]) => [key, { ...rule, meaning: meaningOf(rule.reason) }])),
  ) as WithMeaning<T>;

const NO_EVIDENCE: MessageEvidence = { example: "", label: "inferred", source: "" };

const documentMessageRules = (): readonly MessageRule[] =>
  defineRules(
    MESSAGE_RULES.map((rule) => ({
      ...rule,
      meaning: meaningOf(rule.reason),
      ...(TALENTLMS_MESSAGE_EVIDENCE[rule.equals ?? rule.startsWith ?? ""] ?? NO_EVIDENCE),
    })),
  );

/**
 * Every status the vendor documents, with the vendor's own description (developers.talentlms.io/errors).
 * 200 and 204 are successes. Other statuses fall back to core's `statusRule` (reason `HTTP_<n>`).
 */
export const TALENTLMS_STATUS_TABLE = /* @__PURE__ */ withMeaning(STATUS_RULES);

/**
 * The `type` of an error body (`invalid_request_error` or `api_error`). Always kept in `vendorCode`; it decides
 * the category only where the status cannot: an error body inside a 2xx response.
 */
export const TALENTLMS_TYPE_TABLE = /* @__PURE__ */ withMeaning(TYPE_RULES);

/** Rules for what neither the status nor the body's `type` and message decide. */
export const TALENTLMS_FALLBACK_RULES = /* @__PURE__ */ withMeaning(FALLBACK_RULES);

/**
 * Vendor messages that refine the category and reason at any status, with their evidence. Checked in order;
 * the first match wins, so specific texts come before the generic "The requested … does not exist".
 */
export const TALENTLMS_MESSAGE_RULES: readonly MessageRule[] = /* @__PURE__ */ documentMessageRules();

/** The first rule of `TALENTLMS_MESSAGE_RULES` that a vendor message matches, or `undefined`. Never throws. */
export const matchMessageRule = (message: string): MessageRule | undefined => {
  const rule = matchMessage(message);
  return rule && TALENTLMS_MESSAGE_RULES[MESSAGE_RULES.indexOf(rule)];
};
