import { type DecodedBody, isSuccessStatus, lookupRule, type Rule, statusRule } from "@errnorm/core/adapter";
import type { QuillpadEvidence } from "./read-body.js";
import { CODE_RULES, FALLBACK_RULES, STATUS_RULES } from "./tables.js";

/**
 * The rule for a failure: a known code decides wherever it arrived and at any status; otherwise the status
 * (Quillpad's table, then core's defaults); inside a 2xx, a body that is not JSON is `NOT_JSON_RESPONSE` and a
 * failure that no code explains is `UNEXPECTED_ERROR_BODY`.
 */
export const classify = (status: number, body: DecodedBody, evidence: QuillpadEvidence | undefined): Rule => {
  const coded = lookupRule(CODE_RULES, evidence?.code);
  if (coded) return coded;
  if (!isSuccessStatus(status)) return lookupRule(STATUS_RULES, status) ?? statusRule(status);
  return body.kind === "text" ? FALLBACK_RULES.notJson : FALLBACK_RULES.errorInSuccess;
};
