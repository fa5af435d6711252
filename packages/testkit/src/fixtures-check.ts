import { isDeepStrictEqual } from "node:util";
import { DEFAULT_USER_MESSAGES, isNormalizedError, type NormalizedError } from "@errnorm/core";
import { fromJSON } from "@errnorm/core/json";
import { ERROR_FIELDS, type ErrorField, type Fixture } from "./fixtures-format.js";
import type { ResultLike } from "./properties-types.js";
import { errorProblems } from "./properties-valid.js";

/** Fields an exhaustive fixture lists whenever they have a value: absent means `undefined`. */
const ABSENT_MEANS_UNDEFINED: readonly ErrorField[] = [
  "vendorCode",
  "retryAfterMs",
  "rateLimit",
  "traceId",
  "fieldErrors",
];

/** How the fixture's fields are read. */
export interface ExpectationMode {
  readonly vendor: string;
  /**
   * `true`: the fixture names every field that has a value, so an unlisted `vendorCode`, `retryAfterMs`,
   * `rateLimit`, `traceId` or `fieldErrors` must be absent and an unlisted `userMessage` is the category's
   * default. `false` (default): unlisted fields are not checked.
   */
  readonly exhaustive?: boolean | undefined;
}

/** A NormalizedError, or its wire form (what the CLI prints) read back with `fromJSON`. */
export const errorFrom = (value: unknown): NormalizedError | string => {
  if (isNormalizedError(value)) return value;
  const revived = fromJSON(value);
  return revived.isOk() ? revived.value : `not a NormalizedError nor its wire form: ${revived.error.message}`;
};

const show = (value: unknown): string => JSON.stringify(value) ?? String(value);

const fieldProblems = (error: NormalizedError, fixture: Fixture, mode: ExpectationMode): string[] => {
  const want = fixture.expect as Record<string, unknown>;
  const problems: string[] = [];
  for (const field of ERROR_FIELDS) {
    let expected: unknown;
    if (field in want) expected = want[field] ?? undefined;
    else if (field === "status") expected = fixture.response.status;
    else if (mode.exhaustive && field === "userMessage") expected = DEFAULT_USER_MESSAGES[error.category];
    else if (mode.exhaustive && ABSENT_MEANS_UNDEFINED.includes(field)) expected = undefined;
    else continue;
    const actual = error[field] as unknown;
    if (!isDeepStrictEqual(actual === undefined ? undefined : JSON.parse(JSON.stringify(actual)), expected))
      problems.push(`${field}: got ${show(actual)}, expected ${show(expected)}`);
  }
  const texts = want as { messageIncludes?: string[]; messageExcludes?: string[]; userMessageExcludes?: string[] };
  for (const part of texts.messageIncludes ?? [])
    if (!error.message.includes(part)) problems.push(`message ${show(error.message)} lacks ${show(part)}`);
  for (const part of texts.messageExcludes ?? [])
    if (error.message.includes(part)) problems.push(`message ${show(error.message)} holds ${show(part)}`);
  for (const part of texts.userMessageExcludes ?? [])
    if (error.userMessage.includes(part)) problems.push(`userMessage ${show(error.userMessage)} holds ${show(part)}`);
  return problems;
};

/**
 * Why `result` does not answer `fixture` (empty when it does): a success with the expected value, or a valid error
 * of the vendor (`errorProblems`) with every expected field.
 */
export const fixtureResultProblems = (fixture: Fixture, result: ResultLike, mode: ExpectationMode): string[] => {
  const { expect: want } = fixture;
  if (!result.isErr()) {
    if (!want.ok) return [`a success, expected a ${String(want.reason ?? "failure")}`];
    const { value } = result;
    return isDeepStrictEqual(value, want.value) ? [] : [`value ${show(value)}, expected ${show(want.value)}`];
  }
  const error = errorFrom(result.error);
  if (typeof error === "string") return [error];
  if (want.ok) return [`an error (${error.category} ${error.reason}: ${error.message}), expected a success`];
  return [...errorProblems(error, { vendor: mode.vendor }), ...fieldProblems(error, fixture, mode)];
};
