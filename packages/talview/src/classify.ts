import { isSuccessStatus, lookupRule, type Rule, statusRule, toReason } from "@errnorm/core/adapter";
import { leadingCode, logicalCodeOf, normalizeCode, type VendorCode } from "./codes.js";
import type { Issue } from "./issue.js";
import { MESSAGE_RULES, MESSAGE_SCAN_LENGTH } from "./message-rules.js";
import { FALLBACK_RULES, GRAPHQL_SERVER_RULES, HASURA_RULES, type LogicalRule, STATUS_RULES } from "./tables.js";

/** One issue with the rule that decides it. */
export interface Classification {
  readonly issue: Issue;
  readonly rule: Rule;
  readonly vendorCode?: string | undefined;
  /** A logical code of the vendor page (lead tie-break, its own fallback user message). */
  readonly logical?: LogicalRule | undefined;
  /** Written by Talview's application for end users (an envelope or a logical code): may be shown. */
  readonly fromApplication: boolean;
}

interface Decision {
  readonly rule: Rule;
  readonly logical?: LogicalRule | undefined;
  readonly fromApplication: boolean;
  readonly refinable: boolean;
}

const byCode = (code: VendorCode): Decision => {
  if (typeof code === "number")
    return { rule: lookupRule(STATUS_RULES, code) ?? statusRule(code), fromApplication: false, refinable: true };
  const logical = logicalCodeOf(code);
  if (logical) return { rule: logical, logical, fromApplication: true, refinable: false };
  const known = lookupRule(HASURA_RULES, code) ?? lookupRule(GRAPHQL_SERVER_RULES, code);
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

const refine = (decision: Decision, code: VendorCode | undefined, message: string): Rule => {
  if (!decision.refinable) return decision.rule;
  const scan = message.slice(0, MESSAGE_SCAN_LENGTH);
  for (const rule of MESSAGE_RULES) {
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
export const classify = (issue: Issue, status: number): Classification => {
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
  return {
    issue,
    rule: refine(decision, code, issue.message),
    vendorCode: decision.logical?.reason ?? (code === undefined ? prefixCode : String(code)),
    logical: decision.logical,
    fromApplication: decision.fromApplication,
  };
};
