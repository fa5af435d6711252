import { CATEGORY_POLICY, isAction, isCategory } from "@errnorm/core";
import { failWith, rulesOf, UPPER_SNAKE } from "./properties-rules.js";
import type { AdapterUnderTest } from "./properties-types.js";

/**
 * Every rule's category and action are in core's closed lists, and its action and `retryable` agree with
 * `CATEGORY_POLICY`, unless the adapter says why (`policyExceptions[reason]` or the rule's `policyException`). An
 * exception that no rule needs fails too, so the list stays true.
 */
export const checkPolicyAgreement = (adapter: AdapterUnderTest): void => {
  const { rules, problems } = rulesOf(adapter.tables);
  const exceptions = adapter.policyExceptions ?? {};
  const used = new Set<string>();
  for (const { where, rule } of rules) {
    if (!isCategory(rule.category)) {
      problems.push(`${where}: category ${JSON.stringify(rule.category)} is not one of CATEGORIES`);
      continue;
    }
    if (rule.action !== undefined && !isAction(rule.action))
      problems.push(`${where}: action ${JSON.stringify(rule.action)} is not one of ACTIONS`);
    const policy = CATEGORY_POLICY[rule.category];
    const departs = [
      rule.action !== undefined && rule.action !== policy.action && `action ${rule.action} (policy: ${policy.action})`,
      rule.retryable !== undefined &&
        rule.retryable !== policy.retryable &&
        `retryable ${rule.retryable} (policy: ${policy.retryable})`,
    ].filter((d): d is string => typeof d === "string");
    if (departs.length === 0) continue;
    const why = rule.policyException ?? exceptions[rule.reason];
    if (typeof why === "string" && why.trim().length >= 10) used.add(rule.reason);
    else
      problems.push(
        `${where} (${rule.reason}, ${rule.category}): ${departs.join(", ")} without a documented policy exception`,
      );
  }
  for (const reason of Object.keys(exceptions))
    if (!used.has(reason)) problems.push(`policyExceptions.${reason}: no rule departs from the policy`);
  failWith(`${adapter.vendor}: rules agree with CATEGORY_POLICY`, problems);
};

/**
 * Every reason is UPPER_SNAKE and means one thing: wherever a reason appears in the tables, it has the same
 * category.
 */
export const checkReasons = (adapter: AdapterUnderTest): void => {
  const { rules, problems } = rulesOf(adapter.tables);
  const seen = new Map<string, { category: string; where: string }>();
  for (const { where, rule } of rules) {
    if (!UPPER_SNAKE.test(rule.reason))
      problems.push(`${where}: reason ${JSON.stringify(rule.reason)} is not UPPER_SNAKE`);
    const first = seen.get(rule.reason);
    if (first === undefined) seen.set(rule.reason, { category: rule.category, where });
    else if (first.category !== rule.category)
      problems.push(`${rule.reason} is ${first.category} at ${first.where} but ${rule.category} at ${where}`);
  }
  failWith(`${adapter.vendor}: one reason, one meaning`, problems);
};

/** The category every table reason stands for (after `checkReasons`, one per reason). */
export const tableCategories = (adapter: AdapterUnderTest): ReadonlyMap<string, string> =>
  new Map(rulesOf(adapter.tables).rules.map(({ rule }) => [rule.reason, rule.category]));
