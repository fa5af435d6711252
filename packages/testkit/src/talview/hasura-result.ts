import { type ExecutionResult, GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";

type AnyResult = ExecutionResult | readonly ExecutionResult[] | AsyncIterable<unknown>;

const ROOT_TYPES: ReadonlySet<string> = new Set(["query_root", "mutation_root"]);

/** graphql-js says `Cannot query field "x" on type "T".`; Hasura says `field 'x' not found in type: 'T'`. */
const hasuraValidationError = (message: string): unknown => {
  const unknownField = /^Cannot query field "(\w+)" on type "(\w+)"\./.exec(message.slice(0, 500));
  if (unknownField === null) return { extensions: { path: "$", code: "validation-failed" }, message };
  const [, field = "", type = ""] = unknownField;
  const path = ROOT_TYPES.has(type) ? `$.selectionSet.${field}` : "$";
  return { extensions: { path, code: "validation-failed" }, message: `field '${field}' not found in type: '${type}'` };
};

const toHasuraError = (error: GraphQLError): unknown => {
  const original = error.originalError;
  // Hasura hides a failing handler behind "internal error" (research W16, hasura discussion #10097).
  if (original !== undefined && original !== null && !(original instanceof GraphQLError)) {
    return { extensions: { path: "$", code: "unexpected" }, message: "internal error" };
  }
  // Parse, validation and variable-coercion errors: Hasura reports them all as `validation-failed`.
  return hasuraValidationError(error.message);
};

const toHasuraBody = (result: ExecutionResult): unknown => {
  const errors = result.errors ?? [];
  // Hasura never sends partial data: any error fails the whole request, with no `data` key.
  if (errors.length > 0) return { errors: errors.map(toHasuraError) };
  return { data: result.data ?? null };
};

const isAsyncIterable = (value: AnyResult): value is AsyncIterable<unknown> =>
  typeof (value as Partial<AsyncIterable<unknown>>)[Symbol.asyncIterator] === "function";

/** Makes graphql-yoga answer like Hasura's `/v1/graphql`: always HTTP 200, kebab-case `code`, string `path`. */
export const useHasuraResponses = (): Plugin => ({
  onResultProcess({ setResultProcessor }) {
    setResultProcessor((result, fetchAPI) => {
      const input = result as AnyResult;
      const body = isAsyncIterable(input)
        ? {
            errors: [
              { extensions: { path: "$", code: "validation-failed" }, message: "subscriptions are not supported" },
            ],
          }
        : Array.isArray(input)
          ? input.map(toHasuraBody)
          : toHasuraBody(input as ExecutionResult);
      return new fetchAPI.Response(JSON.stringify(body), {
        status: 200,
        headers: { "content-type": "application/json; charset=utf-8" },
      });
    }, "application/json");
  },
});
