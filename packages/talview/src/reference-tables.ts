// The exported read-only tables in full, every rule with its reason and action spelled out and the vendor's
// notes joined in: what users and docs/mappings.md read. The parser reads the short forms of `tables.ts` and
// never imports this file, so a bundle of `parseResponse` carries none of it.
import { type Action, CATEGORY_POLICY, type Category } from "@errnorm/core";
import { ruleOf } from "./codes.js";
import { TALVIEW_LOGICAL_CODE_NOTES } from "./logical-code-notes.js";
import { frozen } from "./safe.js";
import {
  type CodeRule,
  type CodeSpec,
  GRAPHQL_SERVER_CODES,
  HASURA_CODES,
  LOGICAL_CODES,
  type LogicalCode,
} from "./tables.js";

type Policy = typeof CATEGORY_POLICY;

/** `access-denied` -> `ACCESS_DENIED`, as `ruleOf` derives a reason from a code. */
export type UpperSnake<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Uppercase<Head>}_${UpperSnake<Tail>}`
  : Uppercase<S>;

/** The full rule a `CodeSpec` stands for, typed literally. */
export type ExpandedRule<Code extends string, Spec> = Spec extends Category
  ? { readonly category: Spec; readonly reason: UpperSnake<Code>; readonly action: Policy[Spec]["action"] }
  : Spec extends { readonly category: infer C extends Category }
    ? {
        readonly category: C;
        readonly reason: Spec extends { readonly reason: infer R extends string } ? R : UpperSnake<Code>;
        readonly action: Spec extends { readonly action: infer A extends Action } ? A : Policy[C]["action"];
      }
    : never;

/** A table of `CodeSpec`s with every rule expanded. */
export type ExpandedTable<T> = { readonly [Code in keyof T & string]: ExpandedRule<Code, T[Code]> };

const expand = <T extends Record<string, CodeSpec>>(table: T): ExpandedTable<T> =>
  frozen(
    Object.fromEntries(
      Object.entries(table).map(([code, spec]) => {
        const rule: CodeRule = ruleOf(code, spec);
        return [
          code,
          {
            category: rule.category,
            reason: rule.reason,
            action: rule.action ?? CATEGORY_POLICY[rule.category].action,
          },
        ];
      }),
    ),
  ) as ExpandedTable<T>;

/** A logical code of the vendor page, with its documented meaning and resolution. */
export interface LogicalCodeRule extends CodeRule {
  readonly action: Action;
  readonly retryable: boolean;
  /** The vendor's description, verbatim. */
  readonly description: string;
  /** The vendor's resolution, verbatim. */
  readonly resolution: string;
  /** Shown when the vendor sent the bare code and no prose. */
  readonly userMessage: string;
}

type Logical = typeof LOGICAL_CODES;

/** `TALVIEW_LOGICAL_CODES`, typed literally. */
export type LogicalCodeTable = {
  readonly [Code in LogicalCode]: Logical[Code] & {
    readonly reason: Code;
    readonly retryable: Policy[Logical[Code]["category"]]["retryable"];
  } & (typeof TALVIEW_LOGICAL_CODE_NOTES)[Code];
};

const documentLogicalCodes = (): LogicalCodeTable =>
  frozen(
    Object.fromEntries(
      Object.entries(LOGICAL_CODES).map(([code, rule]) => [
        code,
        {
          category: rule.category,
          reason: code,
          action: rule.action,
          retryable: CATEGORY_POLICY[rule.category].retryable,
          ...TALVIEW_LOGICAL_CODE_NOTES[code as LogicalCode],
          userMessage: rule.userMessage,
        },
      ]),
    ),
  ) as LogicalCodeTable;

/**
 * Every `extensions.code` (GraphQL) and `code` (REST) string of Hasura v2 (`Hasura.Base.Error`, `Code`),
 * which Talview runs on. Refined by message for token expiry, login failures and constraint kinds
 * (`TALVIEW_MESSAGE_RULES`).
 */
export const HASURA_CODE_TABLE = /* @__PURE__ */ expand(HASURA_CODES);

/**
 * Conventional GraphQL server codes (Apollo Server/Router, graphql-yoga) that a gateway in front of Hasura
 * may send (Talview publishes an Apollo "supergraph" host). Inferred, not documented by Talview.
 */
export const GRAPHQL_SERVER_CODE_TABLE = /* @__PURE__ */ expand(GRAPHQL_SERVER_CODES);

/**
 * The vendor page's "Common Logical Error Codes", with its description and resolution of each. They arrive
 * as the whole `error_message`, as its prefix (`SLOT_UNAVAILABLE: ...`) or as `extensions.code`; the reason
 * is the code itself.
 */
export const TALVIEW_LOGICAL_CODES = /* @__PURE__ */ documentLogicalCodes();
