import { field, isList, isRecord, isSuccessStatus } from "@errnorm/core/adapter";

/** What a GraphQL client's error says about the response it failed on. */
export type ClientFailure =
  | { readonly kind: "response"; readonly status: number; readonly headers?: unknown; readonly body?: unknown }
  | { readonly kind: "transport"; readonly error: unknown };

const APOLLO_BRAND = Symbol.for("apollo.error");

/** Apollo Client 4 brands its errors with `Symbol.for("apollo.error")` = class name; older copies by `name`. */
const apolloKind = (thrown: object): unknown => field(thrown, APOLLO_BRAND) ?? field(thrown, "name");

const statusOf = (value: unknown): number | undefined => {
  const status = field(value, "status") ?? field(value, "statusCode");
  return typeof status === "number" ? status : undefined;
};

const apollo = (thrown: object): ClientFailure | undefined => {
  const kind = apolloKind(thrown);
  if (kind === "CombinedGraphQLErrors" && isList(field(thrown, "errors"))) {
    // Apollo keeps no status for GraphQL errors; with `application/json` they only arrive at 2xx.
    return { kind: "response", status: 200, body: { errors: field(thrown, "errors"), data: field(thrown, "data") } };
  }
  if (kind === "ServerError" || kind === "ServerParseError") {
    const response = field(thrown, "response");
    return {
      kind: "response",
      status: statusOf({ status: field(thrown, "statusCode") }) ?? statusOf(response) ?? 0,
      headers: field(response, "headers"),
      body: field(thrown, "bodyText"),
    };
  }
  return undefined;
};

const urql = (thrown: object): ClientFailure | undefined => {
  const graphQLErrors = field(thrown, "graphQLErrors");
  if (field(thrown, "name") !== "CombinedError" || !isList(graphQLErrors)) return undefined;
  const response = field(thrown, "response");
  const status = statusOf(response);
  const headers = field(response, "headers");
  if (graphQLErrors.length > 0)
    return { kind: "response", status: status ?? 200, headers, body: { errors: graphQLErrors } };
  // urql has read (and dropped) the body by now: only the status is left to classify.
  if (status !== undefined && !isSuccessStatus(status)) return { kind: "response", status, headers };
  const networkError = field(thrown, "networkError");
  return networkError === undefined ? undefined : { kind: "transport", error: networkError };
};

/** graphql-request's `ClientError` (`response: { status, headers, body, errors, data }`), axios-like errors, a thrown `Response`. */
const withResponse = (thrown: object): ClientFailure | undefined => {
  const response = field(thrown, "response");
  const status = statusOf(response);
  if (status !== undefined && isRecord(response)) {
    const body = field(response, "body");
    const errors = field(response, "errors");
    const payload =
      typeof body === "string" && body !== ""
        ? body
        : isList(errors)
          ? { errors, data: field(response, "data") }
          : field(response, "data");
    return { kind: "response", status, headers: field(response, "headers"), body: payload };
  }
  const own = statusOf(thrown);
  const headers = field(thrown, "headers");
  if (own !== undefined && typeof field(thrown, "ok") === "boolean" && isRecord(headers))
    return { kind: "response", status: own, headers };
  return undefined;
};

/** Recognises the errors of graphql-request, Apollo Client 4 and urql by shape, without importing them. */
export const clientFailureOf = (thrown: unknown): ClientFailure | undefined => {
  if (thrown === null || typeof thrown !== "object") return undefined;
  return apollo(thrown) ?? urql(thrown) ?? withResponse(thrown);
};
