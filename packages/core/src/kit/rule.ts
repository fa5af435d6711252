import type { Action, Category } from "../categories.js";
import { CATEGORY_POLICY } from "../categories.js";
import { deepFreeze } from "../safe.js";

/**
 * What one piece of vendor evidence (a status, a code, a message) decides. The one rule type of every adapter's
 * tables. `action` defaults to the category's (`CATEGORY_POLICY`).
 */
export interface Rule {
  readonly category: Category;
  /** Stable UPPER_SNAKE id: one meaning per (vendor, reason), never reused. */
  readonly reason: string;
  readonly action?: Action | undefined;
}

/** A rule with its action decided. */
export interface DecidedRule extends Rule {
  readonly action: Action;
}

/**
 * A table of rules, deep-frozen so nothing changes it at run time. Write it `as const satisfies Record<K, Rule>`
 * inside the call to keep the literal types.
 *
 * @example
 * const STATUS_RULES = defineRules({ 401: { category: "authentication", reason: "API_KEY_REJECTED" } } as const);
 */
export const defineRules = <T extends object>(table: T): T => deepFreeze(table);

/** The rule under `key`, own properties only (`"__proto__"` or `"toString"` find nothing); never throws. */
export const lookupRule = <R extends Rule = Rule>(table: object, key: unknown): R | undefined =>
  (typeof key === "string" || typeof key === "number") && Object.hasOwn(table, key)
    ? ((table as Record<string | number, R>)[key] as R)
    : undefined;

/** The rule with `action` filled from the category's policy when the table left it out. */
export const decideRule = (rule: Rule): DecidedRule =>
  rule.action === undefined ? { ...rule, action: CATEGORY_POLICY[rule.category].action } : (rule as DecidedRule);
