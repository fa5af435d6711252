import { type HttpResponseLike, type NormalizedError } from "@errnorm/core";
import { isSuccessStatus, normalizeStatus } from "@errnorm/core/adapter";
import { err, ok, type Result } from "neverthrow";
import { buildError, ruleError } from "./build-error.js";
import { classify } from "./classify.js";
import { snapshotHeaders } from "./headers.js";
import { isPlainHttp, type ReadOptions, readOptions, type TalentlmsParseOptions } from "./options.js";
import { readBody } from "./read-body.js";
import { get } from "./safe.js";
import { FALLBACK_RULES } from "./tables.js";

/**
 * Reads any response-shaped value; `cause` is the client error it came from, if any. `options` are checked only
 * when there is an error, so a success costs no URL parsing. Never throws.
 */
export const evaluate = <T>(
  response: unknown,
  options: TalentlmsParseOptions | ReadOptions | undefined,
  cause?: unknown,
): Result<T, NormalizedError> => {
  let status = 0;
  let read: ReadOptions | undefined;
  try {
    status = normalizeStatus(get(response, "status"));
    const body = readBody(get(response, "body"));
    const success = isSuccessStatus(status) && !body.isError && (body.kind === "json" || body.kind === "empty");
    if (success) return ok((body.kind === "json" ? body.raw : undefined) as T);
    read = readOptions(options);
    const sourceHeaders = get(response, "headers");
    const headers = snapshotHeaders(sourceHeaders);
    const classification = classify(status, body, isPlainHttp(read.url));
    return err(buildError(classification, { status, headers, sourceHeaders, body, options: read, cause }));
  } catch (thrown) {
    return err(
      ruleError(
        FALLBACK_RULES.unreadable,
        "The response could not be read",
        status,
        read ?? readOptions(undefined),
        cause ?? thrown,
      ),
    );
  }
};

/**
 * Reads a TalentLMS response: `ok(body)` for a success (`ok(undefined)` for 204 or an empty body; arrays are
 * successes), otherwise `err(NormalizedError)`, including a 2xx whose body is an `error` object or not JSON at
 * all. `body` may be the raw text, bytes or already-parsed JSON. Never throws.
 *
 * @example
 * const res = await fetch(url, { headers: { "X-API-Key": key } });
 * const result = parseResponse({ status: res.status, headers: res.headers, body: await res.text() }, { url });
 * if (result.isErr()) console.log(result.error.reason, result.error.userMessage);
 */
export const parseResponse = <T = unknown>(
  response: HttpResponseLike,
  options?: TalentlmsParseOptions,
): Result<T, NormalizedError> => evaluate<T>(response, options);
