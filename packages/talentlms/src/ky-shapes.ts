import { field } from "@errnorm/core/adapter";

// ky 1 calls hooks with positional arguments; ky 2 with one state object. These read either.

/** `afterResponse`: ky 1 `(request, options, response, state?)`, ky 2 `({ request, options, response, retryCount })`. */
export const afterResponseArgs = (args: readonly unknown[]): { request: unknown; response: unknown } =>
  args.length === 1
    ? { request: field(args[0], "request"), response: field(args[0], "response") }
    : { request: args[0], response: args[2] };

/**
 * `beforeError`: ky 1 `(httpError, state?)` is called before ky's retry step decides; ky 2 `({ error, retryCount,
 * ... })` is called once, for every error, when ky is done (`final`).
 */
export const beforeErrorArgs = (
  args: readonly unknown[],
): { error: unknown; retryCount: number | undefined; final: boolean } => {
  const [first, second] = args;
  const ky2 = !(first instanceof Error) && field(first, "error") instanceof Error;
  const error = ky2 ? field(first, "error") : first;
  const count = field(ky2 ? first : second, "retryCount");
  return { error, retryCount: typeof count === "number" ? count : undefined, final: ky2 };
};
