import { type Action, type Category, CATEGORY_POLICY } from "@errnorm/core";
import { isSuccessStatus, statusRule, toReason } from "@errnorm/core/adapter";
import {
  cleanVendorMessage,
  graphqlServerRule,
  hasuraRule,
  leadingCode,
  type LogicalCodeMatch,
  logicalCodeOf,
  normalizeCode,
  type VendorCode,
} from "./codes.js";
import type { Issue } from "./issue.js";
import { INTERNAL_DETAIL_PATTERN, MESSAGE_SCAN_LENGTH, TALVIEW_MESSAGE_RULES } from "./message-rules.js";
import { type CodeRule, FALLBACK_RULES, TALVIEW_STATUS_TABLE } from "./tables.js";

/** An issue with its meaning decided. */
export interface Classified {
  readonly issue: Issue;
  readonly category: Category;
  readonly reason: string;
  readonly action: Action;
  readonly vendorCode?: string | undefined;
  /** A logical code of the vendor page (lead tie-break, its own fallback user message). */
  readonly logical?: LogicalCodeMatch | undefined;
  /** Written by Talview's application for end users (an envelope or a logical code): may be shown. */
  readonly fromApplication: boolean;
}

interface Decision {
  readonly rule: CodeRule;
  readonly logical?: LogicalCodeMatch | undefined;
  readonly fromApplication: boolean;
  readonly refinable: boolean;
}

const numericRule = (code: number): CodeRule =>
  (TALVIEW_STATUS_TABLE as Record<number, CodeRule>)[code] ?? statusRule(code);

const byCode = (code: VendorCode): Decision => {
  if (typeof code === "number") return { rule: numericRule(code), fromApplication: false, refinable: true };
  const logical = logicalCodeOf(code);
  if (logical) return { rule: logical, logical, fromApplication: true, refinable: false };
  const known = hasuraRule(code) ?? graphqlServerRule(code);
  if (known) return { rule: known, fromApplication: false, refinable: true };
  // An unknown code never throws: a new rule of the vendor's application, named by its code.
  return {
    rule: { category: "business_rule", reason: toReason(code, "BUSINESS_RULE_FAILED"), action: "none" },
    fromApplication: true,
    refinable: false,
  };
};

const withoutCode = (issue: Issue): Decision => {
  // Prose stays a business failure unless it says the token expired or the login was refused.
  if (issue.source === "envelope")
    return { rule: FALLBACK_RULES.businessFailure, fromApplication: true, refinable: true };
  if (issue.field !== undefined) return { rule: FALLBACK_RULES.fieldError, fromApplication: false, refinable: true };
  return { rule: FALLBACK_RULES.uncodedError, fromApplication: false, refinable: true };
};

const refine = (decision: Decision, code: VendorCode | undefined, message: string): CodeRule => {
  if (!decision.refinable) return decision.rule;
  const scan = message.length > MESSAGE_SCAN_LENGTH ? message.slice(0, MESSAGE_SCAN_LENGTH) : message;
  for (const rule of TALVIEW_MESSAGE_RULES) {
    if (rule.codes && code !== undefined && !rule.codes.includes(String(code))) continue;
    if (rule.pattern.test(scan)) return rule;
  }
  return decision.rule;
};

/**
 * Decides one issue. The code decides wherever it arrived (HTTP status, `extensions.code`, REST `code`);
 * a known logical code at the start of the message outranks a generic code; an error without a code at
 * an error status takes the status as its code; message rules refine generic codes.
 */
export const classify = (issue: Issue, status: number): Classified => {
  const sent = normalizeCode(issue.code);
  const code = sent ?? (issue.source !== "envelope" && status !== 0 && !isSuccessStatus(status) ? status : undefined);
  // A `{ field, message }` error is a validation failure whatever status carried it.
  let decision =
    code === undefined || (sent === undefined && issue.field !== undefined) ? withoutCode(issue) : byCode(code);
  let prefixCode: string | undefined;
  if (!decision.logical) {
    const prefix = leadingCode(issue.message.trimStart());
    const logical = prefix && logicalCodeOf(prefix.code);
    if (logical) decision = { rule: logical, logical, fromApplication: true, refinable: false };
    // An unknown code-shaped prefix decides only when nothing else named the error.
    else if (prefix && code === undefined) {
      decision = byCode(prefix.code);
      prefixCode = prefix.code;
    }
  }
  const rule = refine(decision, code, issue.message);
  const vendorCode = decision.logical?.reason ?? (code === undefined ? prefixCode : String(code));
  return {
    issue,
    category: rule.category,
    reason: rule.reason,
    action: rule.action ?? CATEGORY_POLICY[rule.category].action,
    vendorCode,
    logical: decision.logical,
    fromApplication: decision.fromApplication,
  };
};

/**
 * The vendor's own words for an application failure (the vendor page's best practice 2), cleaned; else the
 * logical code's message; else `undefined` (the category's safe message). Never Hasura internals.
 */
export const applicationUserMessage = (classified: Classified, catalogHasCategory: boolean): string | undefined => {
  if (!classified.fromApplication) return undefined;
  const cleaned = cleanVendorMessage(classified.issue.message);
  if (cleaned !== "" && !INTERNAL_DETAIL_PATTERN.test(cleaned)) return cleaned;
  if (classified.logical && !catalogHasCategory) return classified.logical.userMessage;
  return undefined;
};
