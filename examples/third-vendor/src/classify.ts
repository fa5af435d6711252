import { isSuccessStatus, lookupRule, type Rule, statusRule } from "@errnorm/core/adapter";
import type { QuillpadEvidence } from "./read-body.js";
import { CODE_RULES, FALLBACK_RULES, STATUS_RULES } from "./tables.js";

/**
 * The rule for a failure: a known code decides wherever it arrived and at any status; otherwise the status
 * (Quillpad's table, then core's defaults); a failure inside a 2xx that no code explains is
 * `UNEXPECTED_ERROR_BODY`.
 */
export const classify = (status: number, evidence: QuillpadEvidence | undefined): Rule =>
  lookupRule(CODE_RULES, evidence?.code) ??
  (isSuccessStatus(status) ? FALLBACK_RULES.errorInSuccess : (lookupRule(STATUS_RULES, status) ?? statusRule(status)));
