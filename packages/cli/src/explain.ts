import type { NormalizedError } from "@errnorm/core";
import { decodeBody, learnSecrets } from "@errnorm/core/adapter";
import { err, ok, type Result } from "neverthrow";
import { detectVendor } from "./detect-vendor.js";
import { type HeaderPairs, headerRecord, overrideHeaders } from "./headers.js";
import { InputError } from "./input-error.js";
import { parseRawResponse } from "./raw-http.js";
import { VENDOR_NAMES, type VendorName, VENDORS } from "./vendors.js";

/** What `explain` reads: a body, or a whole raw HTTP response, plus what the caller knows. */
export interface ExplainInput {
  /** A response body, or a raw response: status line, headers, blank line, body. */
  readonly text: string;
  /** Skips detection. */
  readonly vendor?: VendorName | undefined;
  /** Wins over the status line; without both, 200 is assumed and the body decides. */
  readonly status?: number | undefined;
  /** Added to (and replacing same-named) headers of a raw response. */
  readonly headers?: HeaderPairs | undefined;
}

/** Where the status came from. */
export type StatusSource = "option" | "status line" | "assumed";

/** The answer of `explain`: the canonical error, or `undefined` for a success. */
export interface Explanation {
  readonly vendor: VendorName;
  /** What in the input pointed to the vendor; `undefined` when the caller named it. */
  readonly evidence?: string | undefined;
  readonly status: number;
  readonly statusSource: StatusSource;
  readonly error: NormalizedError | undefined;
}

/** `true` for an HTTP status the CLI accepts: an integer from 100 to 599. */
export const isHttpStatus = (status: unknown): status is number =>
  typeof status === "number" && Number.isInteger(status) && status >= 100 && status <= 599;

/**
 * Explains one captured response with the vendor's adapter: `ok({ error })` (`error` undefined for a success)
 * or `err(InputError)` for input that cannot be explained (empty, a malformed raw response, an unknown vendor).
 *
 * @example
 * explain({ text: '{"error":{"type":"invalid_request_error","message":"The requested user does not exist"}}', status: 404 })
 * // ok({ vendor: "talentlms", status: 404, error: NormalizedError { category: "not_found", reason: "USER_NOT_FOUND" } })
 */
export const explain = (input: ExplainInput): Result<Explanation, InputError> => {
  const raw = parseRawResponse(input.text);
  if (raw.isErr()) return err(raw.error);
  const { body } = raw.value;
  if (raw.value.status === undefined && body.trim() === "")
    return err(new InputError("the input is empty: give a response body or a raw HTTP response"));
  if (input.status !== undefined && !isHttpStatus(input.status))
    return err(new InputError(`the status ${String(input.status)} is not an HTTP status from 100 to 599`));
  const headers = overrideHeaders(raw.value.headers, input.headers ?? []);
  const [status, statusSource]: [number, StatusSource] =
    input.status !== undefined
      ? [input.status, "option"]
      : raw.value.status !== undefined
        ? [raw.value.status, "status line"]
        : [200, "assumed"];

  let vendor = input.vendor;
  let evidence: string | undefined;
  if (vendor === undefined) {
    const decoded = decodeBody(body);
    const detection = detectVendor(decoded.kind === "json" ? decoded.value : undefined, headers);
    if (!detection) {
      return err(
        new InputError(`cannot tell the vendor from this input: pass --vendor ${VENDOR_NAMES.join(" or --vendor ")}`),
      );
    }
    ({ vendor, evidence } = detection);
  }

  const secrets = new Set(learnSecrets(headers));
  const result = VENDORS[vendor].parse({ response: { status, headers: headerRecord(headers), body }, secrets });
  return ok({ vendor, evidence, status, statusSource, error: result.isErr() ? result.error : undefined });
};
