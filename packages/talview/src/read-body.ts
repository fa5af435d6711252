import type { Issue } from "./issue.js";
import { envelopeFailures } from "./envelope-read.js";
import { get, isList, isRecord, items, text } from "./safe.js";

/** Errors read from one body, at most (the rest stay in `raw`). */
const MAX_ERRORS = 50;

/** What a decoded JSON body says. */
export interface BodyReading {
  readonly issues: Issue[];
  /** Where operation fields live: `data` of a GraphQL body, or the body itself (REST, no `data` wrapper). */
  readonly container: unknown;
  /** `data` as sent (partial data when errors came too). */
  readonly data: unknown;
  readonly hasData: boolean;
}

const traceIdOf = (extensions: unknown): string | undefined =>
  text(get(extensions, "traceId")) ?? text(get(extensions, "trace_id")) ?? text(get(extensions, "traceid"));

const graphqlIssue = (error: unknown): Issue => {
  if (!isRecord(error)) return { source: "graphql", message: text(error) ?? "" };
  const extensions = get(error, "extensions");
  return {
    source: "graphql",
    code: get(extensions, "code") ?? get(error, "code"),
    message: text(get(error, "message")) ?? "",
    traceId: traceIdOf(extensions),
    field: text(get(error, "field")),
  };
};

/** A body without `errors` or `data`: the documented bare object, Hasura REST, a login failure, a gateway. */
const bareIssue = (body: Record<string, unknown>, status: number): Issue | undefined => {
  const extensions = get(body, "extensions");
  const message = text(get(body, "message"));
  const error = get(body, "error");
  if (isRecord(extensions) && (get(extensions, "code") !== undefined || message !== undefined)) {
    return {
      source: "bare",
      code: get(extensions, "code") ?? get(body, "code"),
      message: message ?? text(error) ?? "",
      traceId: traceIdOf(extensions),
    };
  }
  if (typeof error === "string" && error !== "") return { source: "rest", code: get(body, "code"), message: error };
  if (isRecord(error) && text(get(error, "message")) !== undefined) {
    return {
      source: "rest",
      code: get(error, "code") ?? get(body, "code"),
      message: text(get(error, "message")) ?? "",
    };
  }
  // `{"message": "..."}` is an error only at an error status (an API gateway's 429, 403, 502).
  if (message !== undefined && (status < 200 || status > 299))
    return { source: "bare", code: get(body, "code"), message };
  return undefined;
};

const readObject = (body: Record<string, unknown>, status: number, operation: string | undefined): BodyReading => {
  const issues: Issue[] = [];
  const errors = get(body, "errors");
  if (isList(errors)) for (const error of items(errors, MAX_ERRORS)) issues.push(graphqlIssue(error));
  else if (isRecord(errors)) issues.push(graphqlIssue(errors));
  // A non-standard `errors` value ("boom", true) is still an error, never a success.
  else if (errors !== undefined && errors !== null && errors !== false && errors !== "")
    issues.push(graphqlIssue(text(errors) ?? ""));
  const data = get(body, "data");
  const hasData = data !== undefined;
  if (issues.length === 0 && !hasData) {
    const bare = bareIssue(body, status);
    if (bare) return { issues: [bare], container: undefined, data: undefined, hasData: false };
  }
  const container = hasData ? data : body;
  issues.push(...envelopeFailures(container, operation));
  return { issues, container, data, hasData };
};

/** Reads errors, envelopes and data from a decoded JSON body, a batched array of them, or a primitive. */
export const readBody = (value: unknown, status: number, operation?: string): BodyReading => {
  if (isRecord(value)) return readObject(value, status, operation);
  const elements = items(value, MAX_ERRORS);
  const batched = elements.some((e) => isRecord(e) && (get(e, "data") !== undefined || get(e, "errors") !== undefined));
  if (!batched) return { issues: [], container: value, data: undefined, hasData: false };
  // A batched response: one `{ data, errors }` result per query.
  const issues: Issue[] = [];
  const results: unknown[] = [];
  let hasData = false;
  for (const element of elements) {
    const reading = isRecord(element) ? readObject(element, status, operation) : readBody(undefined, status);
    issues.push(...reading.issues.slice(0, MAX_ERRORS - issues.length));
    results.push(reading.hasData ? reading.data : null);
    hasData ||= reading.hasData;
  }
  return { issues, container: results, data: results, hasData };
};
