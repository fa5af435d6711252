import { Kind, type OperationDefinitionNode, parse } from "graphql";
import type { GraphqlRequestSummary } from "../shared/request-log.js";

/** A GraphQL request as far as the emulator needs it before handing it to graphql-yoga. */
export interface ParsedGraphqlRequest {
  readonly summary: GraphqlRequestSummary;
  readonly operation: OperationDefinitionNode | undefined;
  readonly variables: Readonly<Record<string, unknown>>;
}

const EMPTY: ParsedGraphqlRequest = {
  summary: { operationName: undefined, operationType: undefined, fields: [] },
  operation: undefined,
  variables: {},
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const readParams = (method: string, url: URL, body: string): Record<string, unknown> | undefined => {
  if (method === "GET") {
    const variables = url.searchParams.get("variables");
    let parsed: unknown = {};
    try {
      parsed = variables === null ? {} : JSON.parse(variables);
    } catch {
      parsed = {};
    }
    return {
      query: url.searchParams.get("query"),
      operationName: url.searchParams.get("operationName"),
      variables: parsed,
    };
  }
  try {
    const value: unknown = JSON.parse(body);
    return isRecord(value) ? value : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Reads query, variables and operation from a GraphQL HTTP request. Anything unreadable yields an empty
 * summary and is left for graphql-yoga to reject in its own words.
 */
export const parseGraphqlRequest = (method: string, url: URL, body: string): ParsedGraphqlRequest => {
  const params = readParams(method, url, body);
  if (params === undefined || typeof params["query"] !== "string") return EMPTY;
  let operations: OperationDefinitionNode[];
  try {
    operations = parse(params["query"], { noLocation: true }).definitions.filter(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    );
  } catch {
    return EMPTY;
  }
  const wanted = typeof params["operationName"] === "string" ? params["operationName"] : undefined;
  const operation =
    wanted === undefined
      ? operations.length === 1
        ? operations[0]
        : undefined
      : operations.find((o) => o.name?.value === wanted);
  if (operation === undefined) return EMPTY;
  const fields = operation.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []));
  return {
    summary: { operationName: operation.name?.value ?? wanted, operationType: operation.operation, fields },
    operation,
    variables: isRecord(params["variables"]) ? params["variables"] : {},
  };
};

/** The first non-null variable without a default that the request leaves out (Hasura checks this before running). */
export const firstMissingVariable = (request: ParsedGraphqlRequest): string | undefined => {
  for (const definition of request.operation?.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const required = definition.type.kind === Kind.NON_NULL_TYPE && definition.defaultValue === undefined;
    if (required && request.variables[name] === undefined) return name;
  }
  return undefined;
};
