import { type DecodedBody, field, isList, isRecord, isSuccessStatus, itemsOf, textOf } from "@errnorm/core/adapter";
import { isHasuraCode } from "./codes.js";
import { envelopeFailures } from "./envelope-read.js";
import type { Issue } from "./issue.js";

/** Errors read from one body, at most (the rest stay in `raw`). */
const MAX_ERRORS = 50;

/** What a decoded JSON body says. */
export interface BodyReading {
  readonly issues: Issue[];
  /** Where operation fields live: `data` of a GraphQL body, or the body itself (REST, no `data` wrapper). */
  readonly container: unknown;
  /** `data` as sent (partial data when errors came too); `undefined` when the body had none. */
  readonly data?: unknown;
}

const NOTHING: BodyReading = { issues: [], container: undefined };

const traceIdOf = (extensions: unknown): string | undefined =>
  textOf(field(extensions, "traceId")) ?? textOf(field(extensions, "trace_id")) ?? textOf(field(extensions, "traceid"));

const graphqlIssue = (error: unknown): Issue => {
  if (!isRecord(error)) return { source: "graphql", message: textOf(error) ?? "" };
  const extensions = field(error, "extensions");
  return {
    source: "graphql",
    code: field(extensions, "code") ?? field(error, "code"),
    message: textOf(field(error, "message")) ?? "",
    traceId: traceIdOf(extensions),
    field: textOf(field(error, "field")),
  };
};

/** The `errors` a body sent: a list, one error, or a non-standard value ("boom", true), which is still an error. */
const sentErrors = (errors: unknown): unknown[] => {
  if (isList(errors)) return itemsOf(errors, MAX_ERRORS);
  return errors === undefined || errors === null || errors === false || errors === "" ? [] : [errors];
};

/** A body without `errors` or `data`: the documented bare object, Hasura REST, a login failure, a gateway. */
const bareIssue = (body: Record<string, unknown>, status: number): Issue | undefined => {
  const extensions = field(body, "extensions");
  const message = textOf(field(body, "message"));
  const error = field(body, "error");
  if (isRecord(extensions) && (field(extensions, "code") !== undefined || message !== undefined)) {
    return {
      source: "bare",
      code: field(extensions, "code") ?? field(body, "code"),
      message: message ?? textOf(error) ?? "",
      traceId: traceIdOf(extensions),
    };
  }
  // Hasura REST `{ path, error, code }`: its code makes it an error even when `error` is empty.
  if (typeof error === "string" && (error !== "" || isHasuraCode(field(body, "code"))))
    return { source: "rest", code: field(body, "code"), message: error };
  const errorMessage = textOf(field(error, "message"));
  if (isRecord(error) && errorMessage !== undefined)
    return { source: "rest", code: field(error, "code") ?? field(body, "code"), message: errorMessage };
  // `{"message": "..."}` is an error only at an error status (an API gateway's 429, 403, 502).
  if (message !== undefined && !isSuccessStatus(status)) return { source: "bare", code: field(body, "code"), message };
  return undefined;
};

const readObject = (body: Record<string, unknown>, status: number, operation: string | undefined): BodyReading => {
  const issues = sentErrors(field(body, "errors")).map(graphqlIssue);
  const data = field(body, "data");
  const hasData = data !== undefined;
  if (issues.length === 0 && !hasData) {
    const bare = bareIssue(body, status);
    if (bare) return { issues: [bare], container: undefined };
  }
  const container = hasData ? data : body;
  issues.push(...envelopeFailures(container, operation));
  return { issues, container, data };
};

const readValue = (value: unknown, status: number, operation: string | undefined): BodyReading => {
  if (isRecord(value)) return readObject(value, status, operation);
  const elements = itemsOf(value, MAX_ERRORS);
  const batched = elements.some(
    (e) => isRecord(e) && (field(e, "data") !== undefined || field(e, "errors") !== undefined),
  );
  if (!batched) return { issues: [], container: value };
  // A batched response: one `{ data, errors }` result per query.
  const issues: Issue[] = [];
  const results: unknown[] = [];
  let hasData = false;
  for (const element of elements) {
    const reading = isRecord(element) ? readObject(element, status, operation) : NOTHING;
    issues.push(...reading.issues.slice(0, MAX_ERRORS - issues.length));
    results.push(reading.data ?? null);
    hasData ||= reading.data !== undefined;
  }
  return { issues, container: results, data: hasData ? results : undefined };
};

/**
 * Reads errors, envelopes and data from a decoded body (core's `decodeBody`): a JSON object, a batched array of
 * them, or a primitive. Text and empty bodies say nothing here. Never throws.
 */
export const readBody = (decoded: DecodedBody, status: number, operation?: string): BodyReading =>
  decoded.kind === "json" ? readValue(decoded.value, status, operation) : NOTHING;
