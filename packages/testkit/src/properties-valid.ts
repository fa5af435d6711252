import { isDeepStrictEqual } from "node:util";
import { ACTIONS, CATEGORIES, CATEGORY_POLICY, type Category, isNormalizedError } from "@errnorm/core";
import { fromJSON } from "@errnorm/core/json";

const UPPER_SNAKE = /^[A-Z][A-Z0-9_]*$/;

/** What a valid error of this adapter must also say. */
export interface ValidErrorExpectation {
  readonly vendor: string;
  /** The status it must carry (the response's), when known. */
  readonly status?: number | undefined;
}

const wireProblems = (error: { toJSON(): unknown }): string[] => {
  let wire: unknown;
  try {
    wire = error.toJSON();
    JSON.stringify(error);
  } catch (thrown) {
    return [`toJSON or JSON.stringify threw: ${String(thrown)}`];
  }
  const revived = fromJSON(wire);
  if (revived.isErr()) return [`fromJSON(toJSON()) refused it: ${revived.error.message}`];
  return isDeepStrictEqual(revived.value.toJSON(), wire) ? [] : ["fromJSON(toJSON()).toJSON() differs from toJSON()"];
};

/**
 * Why `error` is not a valid NormalizedError of this adapter (empty when it is): the brand, vendor, closed
 * category and action, retryable as `CATEGORY_POLICY` says, an UPPER_SNAKE reason, the expected status, and a
 * wire form that `fromJSON` takes back unchanged.
 */
export const errorProblems = (error: unknown, want: ValidErrorExpectation): string[] => {
  if (!isNormalizedError(error)) return [`not a NormalizedError: ${String(error)}`];
  const problems: string[] = [];
  if (error.vendor !== want.vendor) problems.push(`vendor ${error.vendor}, expected ${want.vendor}`);
  if (!(CATEGORIES as readonly string[]).includes(error.category)) problems.push(`category ${error.category}`);
  else if (error.retryable !== CATEGORY_POLICY[error.category as Category].retryable)
    problems.push(`retryable ${error.retryable} for ${error.category}`);
  if (!(ACTIONS as readonly string[]).includes(error.action)) problems.push(`action ${error.action}`);
  if (!UPPER_SNAKE.test(error.reason)) problems.push(`reason ${JSON.stringify(error.reason)} is not UPPER_SNAKE`);
  if (want.status !== undefined && error.status !== want.status)
    problems.push(`status ${error.status}, expected ${want.status}`);
  problems.push(...wireProblems(error));
  return problems;
};
