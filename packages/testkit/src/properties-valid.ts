import { isDeepStrictEqual } from "node:util";
import { CATEGORY_POLICY, isAction, isCategory, isNormalizedError } from "@errnorm/core";
import { fromJSON } from "@errnorm/core/json";
import { UPPER_SNAKE } from "./properties-rules.js";

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
  if (!isCategory(error.category)) problems.push(`category ${error.category}`);
  else if (error.retryable !== CATEGORY_POLICY[error.category].retryable)
    problems.push(`retryable ${error.retryable} for ${error.category}`);
  if (!isAction(error.action)) problems.push(`action ${error.action}`);
  if (!UPPER_SNAKE.test(error.reason)) problems.push(`reason ${JSON.stringify(error.reason)} is not UPPER_SNAKE`);
  if (want.status !== undefined && error.status !== want.status)
    problems.push(`status ${error.status}, expected ${want.status}`);
  problems.push(...wireProblems(error));
  return problems;
};
