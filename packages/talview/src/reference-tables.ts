// @errnorm/talview/tables: the read-only mapping tables in full, every rule with its action spelled out and the
// vendor's notes joined in: what users and docs/mappings.md read. The parser reads the tables of `tables.ts` and
// never imports this file, so a bundle of `parseResponse` carries none of the notes.
import { type Action, CATEGORY_POLICY, type Category } from "@errnorm/core";
import { type DecidedRule, decideRule, defineRules, type Rule } from "@errnorm/core/adapter";
import { TALVIEW_LOGICAL_CODE_NOTES } from "./logical-code-notes.js";
import { MESSAGE_RULES, type MessageRule } from "./message-rules.js";
import {
  FALLBACK_RULES,
  GRAPHQL_SERVER_RULES,
  HASURA_RULES,
  type LogicalCode,
  LOGICAL_RULES,
  STATUS_RULES,
} from "./tables.js";

export { type LogicalCodeNote, TALVIEW_LOGICAL_CODE_NOTES } from "./logical-code-notes.js";
export type { MessageRule } from "./message-rules.js";
export type { HasuraCode, LogicalCode, LogicalRule, TalviewStatusCode } from "./tables.js";

type Policy = typeof CATEGORY_POLICY;

/** A rule with its action spelled out: the table's, else the category's (`CATEGORY_POLICY`), typed literally. */
export type WithAction<R> = R extends { readonly category: infer C extends Category }
  ? Omit<R, "action"> & {
      readonly action: R extends { readonly action: infer A extends Action } ? A : Policy[C]["action"];
    }
  : never;

/** A table with every rule's action spelled out. */
export type WithActions<T> = { readonly [K in keyof T]: WithAction<T[K]> };

const withActions = <T extends Record<string, Rule>>(table: T, order?: "alphabetical"): WithActions<T> => {
  const entries = Object.entries(table);
  if (order === "alphabetical") entries.sort(([a], [b]) => (a < b ? -1 : 1));
  return defineRules(
    Object.fromEntries(
      entries.map(([code, rule]): [string, DecidedRule] => [
        code,
        { category: rule.category, reason: rule.reason, action: decideRule(rule).action },
      ]),
    ),
  ) as WithActions<T>;
};

/** A logical code of the vendor page, with its documented meaning and resolution. */
export interface LogicalCodeRule extends DecidedRule {
  readonly retryable: boolean;
  /** The vendor's description, verbatim. */
  readonly description: string;
  /** The vendor's resolution, verbatim. */
  readonly resolution: string;
  /** Shown when the vendor sent the bare code and no prose. */
  readonly userMessage: string;
}

type Logical = typeof LOGICAL_RULES;

/** `TALVIEW_LOGICAL_CODES`, typed literally. */
export type LogicalCodeTable = {
  readonly [Code in LogicalCode]: Logical[Code] & {
    readonly retryable: Policy[Logical[Code]["category"]]["retryable"];
  } & (typeof TALVIEW_LOGICAL_CODE_NOTES)[Code];
};

const documentLogicalCodes = (): LogicalCodeTable =>
  defineRules(
    Object.fromEntries(
      Object.entries(LOGICAL_RULES).map(([code, rule]) => [
        code,
        {
          category: rule.category,
          reason: rule.reason,
          action: rule.action,
          retryable: CATEGORY_POLICY[rule.category].retryable,
          ...TALVIEW_LOGICAL_CODE_NOTES[code as LogicalCode],
          userMessage: rule.userMessage,
        },
      ]),
    ),
  ) as LogicalCodeTable;

/**
 * Numeric codes, wherever they arrive: the HTTP status, or `extensions.code` of a bare body or a GraphQL
 * error at HTTP 200 (the vendor page's 400/401/403/422/429/500/502 examples). Codes not listed fall back
 * to core's `statusRule` (reason `HTTP_<n>`).
 */
export const TALVIEW_STATUS_TABLE = /* @__PURE__ */ withActions(STATUS_RULES);

/**
 * Every `extensions.code` (GraphQL) and `code` (REST) string of Hasura v2 (`Hasura.Base.Error`, `Code`),
 * which Talview runs on, in alphabetical order. Refined by message for token expiry, login failures and
 * constraint kinds (`TALVIEW_MESSAGE_RULES`).
 */
export const HASURA_CODE_TABLE = /* @__PURE__ */ withActions(HASURA_RULES, "alphabetical");

/**
 * Conventional GraphQL server codes (Apollo Server/Router, graphql-yoga) that a gateway in front of Hasura
 * may send (Talview publishes an Apollo "supergraph" host). Inferred, not documented by Talview.
 */
export const GRAPHQL_SERVER_CODE_TABLE = /* @__PURE__ */ withActions(GRAPHQL_SERVER_RULES);

/**
 * The vendor page's "Common Logical Error Codes", with its description and resolution of each. They arrive
 * as the whole `error_message`, as its prefix (`SLOT_UNAVAILABLE: ...`) or as `extensions.code`; the reason
 * is the code itself.
 */
export const TALVIEW_LOGICAL_CODES = /* @__PURE__ */ documentLogicalCodes();

/** Rules for failures that carry no code of their own (a non-JSON or empty 2xx, an unreadable response). */
export const TALVIEW_FALLBACK_RULES = /* @__PURE__ */ withActions(FALLBACK_RULES);

/**
 * Message refinements, first match wins, each with its action spelled out. Never applied to a logical code: the
 * vendor's own code decides. Sources: the vendor page ("Token has expired"), Hasura (`Could not verify JWT:
 * JWTExpired`, the Postgres constraint prefixes, the webhook failure), the login page (`Wrong username/password`).
 */
export const TALVIEW_MESSAGE_RULES: readonly MessageRule[] = /* @__PURE__ */ defineRules(
  MESSAGE_RULES.map((rule) => ({ ...rule, action: decideRule(rule).action })),
);
