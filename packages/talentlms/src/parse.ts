import type { HttpResponseLike, NormalizedError } from "@errnorm/core";
import {
  type AdapterOptions,
  buildError,
  decodeBody,
  field,
  normalizeStatus,
  readAdapterOptions,
} from "@errnorm/core/adapter";
import { err, ok, type Result } from "neverthrow";
import { classify, isSuccess } from "./classify.js";
import { errorEvidence } from "./error-evidence.js";
import { isPlainHttp, type TalentlmsParseOptions } from "./options.js";
import { isUnreadBody, readBody, UNREAD_BODY } from "./read-body.js";
import { FALLBACK_RULES } from "./tables.js";
import { VENDOR } from "./vendor.js";

/**
 * Reads any response-shaped value: decode, read the body's evidence, classify, build. `cause` is the client error
 * it came from, if any. `options` are checked only when there is an error, so a success costs no URL parsing.
 * Never throws.
 */
export const evaluate = <T>(
  response: unknown,
  options: TalentlmsParseOptions | AdapterOptions | undefined,
  cause?: unknown,
): Result<T, NormalizedError> => {
  let status = 0;
  let read: AdapterOptions | undefined;
  try {
    status = normalizeStatus(field(response, "status"));
    const sent = field(response, "body");
    const body = isUnreadBody(sent) ? UNREAD_BODY : readBody(decodeBody(sent));
    if (isSuccess(status, body)) return ok((body.kind === "json" ? body.raw : undefined) as T);
    read = readAdapterOptions(options);
    const classification = classify(status, body, isPlainHttp(read.url));
    const context = { status, headers: field(response, "headers"), body, cause };
    return err(buildError(VENDOR, classification.rule, errorEvidence(classification, context), read));
  } catch (thrown) {
    const message = "The response could not be read";
    const evidence = { status, message, cause: cause ?? thrown };
    return err(buildError(VENDOR, FALLBACK_RULES.unreadable, evidence, read ?? readAdapterOptions(undefined)));
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
