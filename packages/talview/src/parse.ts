import type { HttpResponseLike, NormalizedError } from "@errnorm/core";
import {
  type AdapterOptions,
  buildError,
  type DecodedBody,
  decodeBody,
  field,
  isSuccessStatus,
  normalizeStatus,
  readAdapterOptions,
  type Rule,
} from "@errnorm/core/adapter";
import { err, ok, type Result } from "neverthrow";
import { classify } from "./classify.js";
import { unwrap } from "./envelope-read.js";
import { errorEvidence, type ResponseContext } from "./error-evidence.js";
import type { Issue } from "./issue.js";
import { pickLead } from "./lead.js";
import type { TalviewParseOptions } from "./options.js";
import { rememberPartialData } from "./partial-data.js";
import { readBody } from "./read-body.js";
import { FALLBACK_RULES } from "./tables.js";
import { VENDOR } from "./vendor.js";

/** One NormalizedError for all the errors of one response: the lead decides, `raw` keeps them all. */
export const issuesError = (
  issues: readonly Issue[],
  ctx: ResponseContext,
  options: AdapterOptions,
  data?: unknown,
): NormalizedError => {
  const all = issues.map((issue) => classify(issue, ctx.status));
  const lead = pickLead(all);
  return rememberPartialData(buildError(VENDOR, lead.rule, errorEvidence(lead, all, ctx, options), options), data);
};

const rawOf = (decoded: DecodedBody): unknown =>
  decoded.kind === "json" ? decoded.value : decoded.kind === "text" ? decoded.text : undefined;

/** A response no vendor error describes: no valid status, or a 2xx whose body is not JSON or is missing. */
const withoutIssues = (status: number, decoded: DecodedBody): { rule: Rule; message: string } | undefined => {
  if (status === 0) return { rule: FALLBACK_RULES.invalidStatus, message: "The response has no valid HTTP status" };
  if (decoded.kind === "text")
    return { rule: FALLBACK_RULES.invalidBody, message: `HTTP ${status} with a non-JSON body` };
  if (decoded.kind === "empty" && status !== 204)
    return { rule: FALLBACK_RULES.emptyBody, message: `HTTP ${status} with an empty body` };
  return undefined;
};

/** Reads a response: decode, read the body's issues, classify, build. `cause` is the client error it came from. Never throws. */
export const evaluate = <T>(
  response: unknown,
  options: AdapterOptions,
  cause?: unknown,
): Result<T, NormalizedError> => {
  let ctx: ResponseContext = { status: 0, cause };
  try {
    const status = normalizeStatus(field(response, "status"));
    const decoded = decodeBody(field(response, "body"));
    ctx = { status, headers: field(response, "headers"), raw: rawOf(decoded), cause };
    const reading = readBody(decoded, status, options.operation);
    let issues: readonly Issue[] = reading.issues;
    if (issues.length === 0 && status !== 0 && !isSuccessStatus(status)) {
      const note = decoded.kind === "text" ? ` (non-JSON body, ${decoded.length} characters)` : "";
      issues = [{ source: "status", code: status, message: `HTTP ${status}${note}` }];
    }
    if (issues.length > 0) return err(issuesError(issues, ctx, options, reading.data));
    const failure = withoutIssues(status, decoded);
    if (failure) return err(buildError(VENDOR, failure.rule, { ...ctx, message: failure.message }, options));
    // An empty 204 reads as no container, which unwraps to `undefined`.
    return ok(unwrap(reading.container, options.operation) as T);
  } catch (thrown) {
    // The last resort reads nothing of the response again: its headers or body may be what threw.
    const evidence = { status: ctx.status, message: "The response could not be read", cause: cause ?? thrown };
    return err(buildError(VENDOR, FALLBACK_RULES.unreadable, evidence, options));
  }
};

/**
 * Reads a Talview response: `ok(data)` only for a real success; otherwise `err(NormalizedError)` for every
 * shape the API sends (bare `{extensions, message}` bodies at any status, GraphQL `errors` at HTTP 200,
 * `success: false` envelopes, Hasura REST `{path, error, code}`, HTML and gateway bodies). Never throws.
 *
 * @example
 * const result = parseResponse<{ id: string }>({ status: res.status, headers: res.headers, body: await res.text() }, { operation: "booking_create" });
 * if (result.isErr()) console.log(result.error.category, result.error.traceId);
 */
export const parseResponse = <T = unknown>(
  response: HttpResponseLike,
  options?: TalviewParseOptions,
): Result<T, NormalizedError> => evaluate<T>(response, readAdapterOptions(options));
