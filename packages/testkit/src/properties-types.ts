import type { HttpResponseLike, NormalizedError } from "@errnorm/core";
import type { Arbitrary } from "fast-check";

/** What `parseResponse` returns, read structurally (neverthrow's `Result` fits). */
export interface ResultLike {
  isErr(): boolean;
  /** The success value (neverthrow's `Ok`). */
  readonly value?: unknown;
  /** The failure (neverthrow's `Err`): a NormalizedError, or its wire form. */
  readonly error?: unknown;
}

/** One rule of a mapping table, as the checks read it: core's `Rule`, plus an optional `retryable`. */
export interface TableRule {
  readonly category: string;
  readonly reason: string;
  readonly action?: string | undefined;
  readonly retryable?: boolean | undefined;
  /** Why this rule departs from `CATEGORY_POLICY` (the other way to document an exception). */
  readonly policyException?: string | undefined;
}

/** A mapping table: rules by key (status, code) or a list of rules (message rules). */
export type RuleTable = Readonly<Record<string | number, unknown>> | readonly unknown[];

/**
 * Where one vendor code can arrive (an `extensions.code`, an envelope's message prefix, a REST `code`...). The
 * adapter places `code` in `placement` of a response with `status`; every placement and status must give the same
 * category.
 */
export interface CodePlacements {
  readonly codes: readonly (string | number)[];
  readonly placements: readonly string[];
  /** Statuses a placed code may arrive with (default: 200). */
  readonly statuses?: readonly number[] | undefined;
  place(code: string | number, placement: string, status: number): HttpResponseLike;
}

/** An adapter's public pieces, as the generic checks of `@errnorm/testkit/properties` take them. */
export interface AdapterUnderTest {
  readonly vendor: string;
  readonly parseResponse: (response: HttpResponseLike, options?: never) => ResultLike;
  readonly normalizeError: (thrown: unknown, options?: never) => NormalizedError;
  /** Every mapping table, by name (the name appears in failure messages). */
  readonly tables: Readonly<Record<string, RuleTable>>;
  /** Reasons whose rules depart from `CATEGORY_POLICY` (action or retryable), each with why. */
  readonly policyExceptions?: Readonly<Record<string, string>> | undefined;
  /** Where codes arrive, for adapters whose codes come in several placements. */
  readonly codePlacements?: CodePlacements | undefined;
  /** Bodies in the vendor's own shapes, mixed into the generic arbitrary bodies. */
  readonly bodies?: Arbitrary<unknown> | undefined;
}

/** How hard the fast-check properties try. */
export interface PropertyRunOptions {
  /** Runs per property (default 300). */
  readonly numRuns?: number | undefined;
  /** Replay a failure: the seed fast-check printed. */
  readonly seed?: number | undefined;
}
