import type { Action, Category } from "@errnorm/core";
import { defineRules, type Rule, toReason } from "@errnorm/core/adapter";

/** Vendor codes listed under the category they mean. */
export type CodeGroups = { readonly [C in Category]?: readonly string[] };

/** What a table says beyond the grouping: reasons that are not the code in UPPER_SNAKE, actions not the category's. */
export interface GroupExceptions<Codes extends string> {
  readonly reasons?: { readonly [Code in Codes]?: string };
  readonly actions?: { readonly [Code in Codes]?: Action };
}

type CodeOf<G extends CodeGroups> = {
  [C in keyof G]-?: G[C] extends readonly (infer Code extends string)[] ? Code : never;
}[keyof G];

type CategoryOf<G extends CodeGroups, Code> = {
  [C in keyof G]-?: G[C] extends readonly (infer Codes)[] ? (Code extends Codes ? C : never) : never;
}[keyof G];

/** `"invalid-jwt"` becomes `"INVALID_JWT"`: core's `toReason` on a code of words and dashes, as a type. */
type UpperSnake<Code extends string> = Code extends `${infer Head}-${infer Tail}`
  ? `${Uppercase<Head>}_${UpperSnake<Tail>}`
  : Uppercase<Code>;

type Exception<E, Key extends string, Code extends string> = E extends { readonly [K in Key]: infer Table }
  ? Code extends keyof Table
    ? Table[Code]
    : undefined
  : undefined;

/** The table `rulesByCategory` builds, typed literally: each code's category, reason and (where given) action. */
export type GroupedRules<G extends CodeGroups, E> = {
  readonly [Code in CodeOf<G>]: {
    readonly category: CategoryOf<G, Code>;
    readonly reason: Exception<E, "reasons", Code> extends infer R extends string ? R : UpperSnake<Code>;
  } & (Exception<E, "actions", Code> extends infer A extends Action ? { readonly action: A } : unknown);
};

/**
 * A rule table written as codes grouped by category: each code's reason is the code in UPPER_SNAKE
 * (`"access-denied"` -> `ACCESS_DENIED`) and its action the category's, unless `exceptions` says otherwise.
 */
export const rulesByCategory = <const G extends CodeGroups, const E extends GroupExceptions<CodeOf<G>>>(
  groups: G,
  exceptions: E,
): GroupedRules<G, E> => {
  const { reasons = {}, actions = {} }: GroupExceptions<string> = exceptions;
  const table: Record<string, Rule> = {};
  for (const [category, codes] of Object.entries(groups) as [Category, readonly string[]][]) {
    for (const code of codes) {
      const action = actions[code];
      table[code] = { category, reason: reasons[code] ?? toReason(code), ...(action && { action }) };
    }
  }
  return defineRules(table) as GroupedRules<G, E>;
};
