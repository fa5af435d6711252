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
import { readBody } from "./read-body.js";
import { VENDOR } from "./vendor.js";

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
    // decode -> read the body's evidence -> classify -> build, each once.
    const status = normalizeStatus(field(response, "status"));
    const body = decodeBody(field(response, "body"));
    const evidence = readBody(body);
    if (isSuccessStatus(status) && body.kind !== "text" && evidence === undefined)
      return ok((body.kind === "json" ? body.value : undefined) as T);
    const rule = classify(status, body, evidence);
    return err(
      buildError(
        VENDOR,
        rule,
        {
          status,
          headers: field(response, "headers"),
          message: evidence?.message ?? `Quillpad answered HTTP ${status} (${rule.reason})`,
          vendorCode: evidence?.code,
          traceId: evidence?.requestId,
          fieldErrors: evidence?.fieldErrors,
          raw: body.kind === "json" ? body.value : body.kind === "text" ? body.text : undefined,
        },
        readAdapterOptions(options),
      ),
    );
  } catch {
    return err(unreadableError(VENDOR));
  }
};
