import { isNormalizedError, isRetryableCategory, type NormalizedError } from "@errnorm/core";
import { NormalizedErrorJsonSchema } from "@errnorm/core/json";
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { checkEnvelope, normalizeError, parseResponse } from "../src/index.js";
import { TALVIEW_LOGICAL_CODES, TALVIEW_STATUS_TABLE } from "../src/reference-tables.js";
import {
  anyBody,
  anyHeaders,
  anyStatus,
  LOGICAL_CODES,
  prose,
  STATUS_CODES,
  traceId,
  unknownCode,
} from "./support/arbitraries.js";

const parse = (status: unknown, body: unknown, headers?: unknown, operation?: string) =>
  parseResponse(
    { status: status as number, headers: headers as Record<string, string>, body },
    operation ? { operation } : undefined,
  );

const failure = (status: unknown, body: unknown, headers?: unknown): NormalizedError =>
  parse(status, body, headers)._unsafeUnwrapErr();

const essence = (e: NormalizedError) => ({
  category: e.category,
  reason: e.reason,
  action: e.action,
  retryable: e.retryable,
  traceId: e.traceId,
  userMessage: e.userMessage,
  vendorCode: e.vendorCode,
});

const valid = (e: NormalizedError): boolean =>
  isNormalizedError(e) && e.vendor === "talview" && NormalizedErrorJsonSchema.safeParse(e.toJSON()).success;

/** The three placements of a logical code the vendor page names. */
const placements = {
  whole: (code: string, _text: string) => ({
    data: { booking_create: { success: false, error_message: code, data: null } },
  }),
  prefix: (code: string, text: string, sep = ": ") => ({
    data: { booking_create: { success: false, error_message: `${code}${sep}${text}`, data: null } },
  }),
  extensions: (code: string, text: string) => ({ errors: [{ message: text, extensions: { code, traceId: "t" } }] }),
} as const;
const placementName = fc.constantFrom("whole", "prefix", "extensions") as fc.Arbitrary<keyof typeof placements>;
const separator = fc.constantFrom(": ", ":", " - ", " | ", " — ", " ", "  :  ");

describe("parseResponse properties", () => {
  test.prop([anyStatus, anyBody, anyHeaders], { numRuns: 600 })(
    "is total: any status and any JSON or text body gives ok or a valid talview NormalizedError",
    (status, body, headers) => {
      const result = parse(status, body, headers);
      if (result.isErr()) expect(valid(result.error)).toBe(true);
      expect(() => JSON.stringify(result.isErr() ? result.error : null)).not.toThrow();
    },
  );

  test.prop([anyStatus, anyBody, anyHeaders], { numRuns: 300 })(
    "is deterministic: the same response twice gives the same answer",
    (status, body, headers) => {
      const a = parse(status, body, headers);
      const b = parse(status, body, headers);
      expect(a.isOk()).toBe(b.isOk());
      if (a.isErr()) expect(b._unsafeUnwrapErr().toJSON()).toEqual(a.error.toJSON());
      else expect(b._unsafeUnwrap()).toEqual(a.value);
    },
  );

  test.prop([anyStatus, anyBody, anyHeaders], { numRuns: 400 })(
    "retryable always agrees with the category",
    (status, body, headers) => {
      const result = parse(status, body, headers);
      if (result.isErr()) expect(result.error.retryable).toBe(isRetryableCategory(result.error.category));
    },
  );

  test.prop([fc.constantFrom(...LOGICAL_CODES), placementName, prose, separator])(
    "every logical code maps as TALVIEW_LOGICAL_CODES says, in each of its three placements",
    (code, where, text, sep) => {
      const rule = TALVIEW_LOGICAL_CODES[code];
      const error = failure(
        200,
        where === "prefix" ? placements.prefix(code, text, sep) : placements[where](code, text),
      );
      expect({
        category: error.category,
        action: error.action,
        retryable: error.retryable,
        reason: error.reason,
        vendorCode: error.vendorCode,
      }).toEqual({
        category: rule.category,
        action: rule.action,
        retryable: rule.retryable,
        reason: code,
        vendorCode: code,
      });
    },
  );

  test.prop([unknownCode, placementName, prose, separator])(
    "an unknown UPPER_SNAKE code in any placement is business_rule with the code as reason",
    (code, where, text, sep) => {
      const error = failure(
        200,
        where === "prefix" ? placements.prefix(code, text, sep) : placements[where](code, text),
      );
      expect([error.category, error.reason, error.retryable]).toEqual(["business_rule", code, false]);
    },
  );

  test.prop([
    fc.oneof(fc.constantFrom(...STATUS_CODES), fc.integer({ min: 400, max: 599 })),
    fc.oneof(
      prose,
      fc.constantFrom(
        "Token has expired",
        "Wrong username/password",
        "Too Many Requests",
        "Internal Server Error",
        "...",
      ),
    ),
    traceId,
  ])("status-independence: HTTP n with a bare body equals HTTP 200 with extensions.code n", (code, message, trace) => {
    const bare = failure(code, { extensions: { code, traceId: trace }, message });
    const wrapped = failure(200, { errors: [{ extensions: { code, traceId: trace }, message }] });
    const codeAsText = failure(200, { errors: [{ extensions: { code: String(code), traceId: trace }, message }] });
    const statusOnly = failure(code, { message });
    const bareAt200 = failure(200, { extensions: { code, traceId: trace }, message });
    expect(essence(wrapped)).toEqual(essence(bare));
    expect(essence(bareAt200)).toEqual(essence(bare));
    expect(essence(codeAsText)).toEqual(essence(bare));
    expect({ ...essence(statusOnly), traceId: trace }).toEqual(essence(bare));
    const table = (TALVIEW_STATUS_TABLE as Record<number, { category: string }>)[code];
    if (table && message === "...") expect(bare.category).toBe(table.category);
  });

  test.prop([traceId, fc.constantFrom("bare", "errors", "second-error", "header")])(
    "traceId is preserved byte for byte",
    (trace, where) => {
      const body =
        where === "bare"
          ? { extensions: { code: 500, traceId: trace }, message: "Internal Server Error" }
          : where === "errors"
            ? { errors: [{ extensions: { code: 422, traceId: trace }, message: "Candidate Creation failed" }] }
            : where === "second-error"
              ? {
                  errors: [
                    { extensions: { code: "unexpected" }, message: "internal error" },
                    { extensions: { code: 500, traceId: trace }, message: "x" },
                  ],
                }
              : { message: "Too Many Requests" };
      const error = failure(
        where === "header" ? 429 : 500,
        body,
        where === "header" ? { "x-request-id": trace } : undefined,
      );
      expect(error.traceId).toBe(trace);
    },
  );

  test.prop([
    fc.oneof(fc.constantFrom(...LOGICAL_CODES), unknownCode),
    fc.constantFrom("prefix", "extensions", "prose"),
    prose,
    separator,
  ])(
    "userMessage of an actionable failure is the vendor's message after cleaning (leading code cut, trimmed)",
    (code, where, text, sep) => {
      const body =
        where === "prose"
          ? { data: { booking_create: { success: false, error_message: `  ${text} `, data: null } } }
          : where === "prefix"
            ? placements.prefix(code, text, sep)
            : placements.extensions(code, text);
      expect(failure(200, body).userMessage).toBe(text.trim());
    },
  );

  test.prop([prose])("prose without a code is a business_rule failure", (text) => {
    const error = failure(200, { data: { booking_create: { success: false, error_message: text, data: null } } });
    expect([error.category, error.reason]).toEqual(["business_rule", "BUSINESS_RULE_FAILED"]);
  });
});

describe("normalizeError and checkEnvelope properties", () => {
  test.prop([fc.anything()], { numRuns: 400 })(
    "normalizeError is total and consistent over any thrown value",
    (thrown) => {
      const error = normalizeError(thrown);
      expect(valid(error)).toBe(true);
      expect(error.retryable).toBe(isRetryableCategory(error.category));
    },
  );

  test.prop([fc.anything(), fc.option(fc.string())])("checkEnvelope is total", (value, operation) => {
    const result = checkEnvelope(value, operation === null ? undefined : { operation });
    if (result.isErr()) expect(valid(result.error)).toBe(true);
  });

  test.prop([fc.constantFrom(...LOGICAL_CODES), prose])(
    "checkEnvelope and parseResponse agree on an envelope",
    (code, text) => {
      const body = placements.prefix(code, text);
      expect(essence(checkEnvelope(body.data)._unsafeUnwrapErr())).toEqual(essence(failure(200, body)));
    },
  );
});
