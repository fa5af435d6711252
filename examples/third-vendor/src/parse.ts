import type { HttpResponseLike, NormalizedError } from "@errnorm/core";
import {
  buildError,
  decodeBody,
  field,
  isSuccessStatus,
  normalizeStatus,
  readAdapterOptions,
  unreadableError,
} from "@errnorm/core/adapter";
import { err, ok, type Result } from "neverthrow";
import { classify } from "./classify.js";
import type { QuillpadOptions } from "./options.js";
import { readFailure } from "./read-body.js";
import { FALLBACK_RULES } from "./tables.js";
import { VENDOR } from "./vendor.js";

const failed = (response: unknown, options: unknown): NormalizedError => {
  const settings = readAdapterOptions(options);
  const status = normalizeStatus(field(response, "status"));
  const headers = field(response, "headers");
  const body = decodeBody(field(response, "body"));
  const evidence = readFailure(body);
  const raw = body.kind === "json" ? body.value : body.kind === "text" ? body.text : undefined;
  const rule =
    evidence === undefined && body.kind === "text" && isSuccessStatus(status)
      ? FALLBACK_RULES.notJson
      : classify(status, evidence);
  return buildError(
    VENDOR,
    rule,
    {
      status,
      headers,
      message: evidence?.message ?? `Quillpad answered HTTP ${status} (${rule.reason})`,
      vendorCode: evidence?.code,
      traceId: evidence?.requestId,
      fieldErrors: evidence?.fieldErrors,
      raw,
    },
    settings,
  );
};

/**
 * A Quillpad response as a `Result`: the decoded body of a 2xx without a failure in it, else the NormalizedError
 * it stands for (batch failures at 200 included). Never throws.
 *
 * @example
 * const notes = parseResponse({ status: res.status, headers: res.headers, body: await res.text() });
 */
export const parseResponse = <T = unknown>(
  response: HttpResponseLike,
  options?: QuillpadOptions,
): Result<T, NormalizedError> => {
  try {
    const status = normalizeStatus(field(response, "status"));
    if (isSuccessStatus(status)) {
      const body = decodeBody(field(response, "body"));
      if (body.kind !== "text" && readFailure(body) === undefined)
        return ok((body.kind === "json" ? body.value : undefined) as T);
    }
    return err(failed(response, options));
  } catch {
    return err(unreadableError(VENDOR));
  }
};
