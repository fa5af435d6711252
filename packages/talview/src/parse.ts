import { type HttpResponseLike, type NormalizedError } from "@errnorm/core";
import { decodeBody, isSuccessStatus, normalizeStatus } from "@errnorm/core/adapter";
import { err, ok, type Result } from "neverthrow";
import { buildError, type ErrorContext, ruleError } from "./build-error.js";
import { classify } from "./classify.js";
import { unwrap } from "./envelope-read.js";
import type { Issue } from "./issue.js";
import { readOptions, type TalviewParseOptions } from "./options.js";
import { type BodyReading, readBody } from "./read-body.js";
import { get } from "./safe.js";
import { FALLBACK_RULES } from "./tables.js";

const NOTHING: BodyReading = { issues: [], container: undefined, data: undefined, hasData: false };

/** Reads a response; `cause` is the client error it came from, if any. Never throws. */
export const evaluate = <T>(
  response: unknown,
  options: TalviewParseOptions,
  cause?: unknown,
): Result<T, NormalizedError> => {
  let ctx: ErrorContext = { status: 0, headers: undefined, raw: undefined, options, cause };
  try {
    const status = normalizeStatus(get(response, "status"));
    const headers = get(response, "headers");
    const decoded = decodeBody(get(response, "body"));
    const raw = decoded.kind === "json" ? decoded.value : decoded.kind === "text" ? decoded.text : undefined;
    ctx = { status, headers, raw, options, cause };
    const reading = decoded.kind === "json" ? readBody(decoded.value, status, options.operation) : NOTHING;
    let issues: readonly Issue[] = reading.issues;
    if (issues.length === 0 && status !== 0 && !isSuccessStatus(status)) {
      const note = decoded.kind === "text" ? ` (non-JSON body, ${decoded.length} characters)` : "";
      issues = [{ source: "status", code: status, message: `HTTP ${status}${note}` }];
    }
    if (issues.length > 0) {
      const classified = issues.map((issue) => classify(issue, status));
      return err(buildError(classified, { ...ctx, data: reading.hasData ? reading.data : undefined }));
    }
    if (status === 0) return err(ruleError(FALLBACK_RULES.invalidStatus, "The response has no valid HTTP status", ctx));
    if (decoded.kind === "text")
      return err(ruleError(FALLBACK_RULES.invalidBody, `HTTP ${status} with a non-JSON body`, ctx));
    if (decoded.kind === "empty") {
      return status === 204
        ? ok(undefined as T)
        : err(ruleError(FALLBACK_RULES.emptyBody, `HTTP ${status} with an empty body`, ctx));
    }
    return ok(unwrap(reading.container, options.operation) as T);
  } catch (thrown) {
    return err(
      ruleError(FALLBACK_RULES.unreadable, "The response could not be read", {
        ...ctx,
        raw: undefined,
        cause: cause ?? thrown,
      }),
    );
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
): Result<T, NormalizedError> => evaluate<T>(response, readOptions(options));
