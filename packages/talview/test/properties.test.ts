import type { NormalizedError } from "@errnorm/core";
import { checkCodePlacements, describeAdapterProperties, errorProblems } from "@errnorm/testkit/properties";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { checkEnvelope, normalizeError, parseResponse, VENDOR } from "@errnorm/talview";
import {
  GRAPHQL_SERVER_CODE_TABLE,
  HASURA_CODE_TABLE,
  TALVIEW_FALLBACK_RULES,
  TALVIEW_LOGICAL_CODES,
  TALVIEW_MESSAGE_RULES,
  TALVIEW_STATUS_TABLE,
} from "@errnorm/talview/tables";
import {
  anyBody,
  anyHeaders,
  anyStatus,
  HASURA_CODES,
  LOGICAL_CODES,
  prose,
  STATUS_CODES,
  talviewBody,
  traceId,
  unknownCode,
} from "./support/arbitraries.js";

/** Why these reasons depart from CATEGORY_POLICY: the tables' comments, and the vendor's resolution of each code. */
const POLICY_EXCEPTIONS = {
  UNAUTHENTICATED: 'The vendor: a "missing or invalid" token; "Re-authenticate to obtain a new access token".',
  FORBIDDEN: 'The vendor: "expired or does not have sufficient permissions", "refresh the token on 401/403" first.',
  INVALID_JWT: "Expired, malformed or wrongly signed: a fresh token is the fix.",
  TOKEN_EXPIRED: "An expired token: a fresh token is the fix, not other credentials.",
  MISSING_TOKEN: "No token was sent: obtaining one and sending it is the fix.",
  INVALID_CONFIGURATION: "A misconfigured server fails the same way on every retry until the vendor fixes it.",
  REMOTE_SCHEMA_CONFLICTS: "Conflicting remote schemas fail the same way on every retry until the vendor fixes them.",
  SLOT_UNAVAILABLE: TALVIEW_LOGICAL_CODES.SLOT_UNAVAILABLE.resolution,
  PAYMENT_REQUIRED: TALVIEW_LOGICAL_CODES.PAYMENT_REQUIRED.resolution,
  IDENTITY_VERIFICATION_FAILED: TALVIEW_LOGICAL_CODES.IDENTITY_VERIFICATION_FAILED.resolution,
};

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

/** Where a logical code arrives, as `place` for the harness: every placement must give the same category. */
const placeLogical = (code: string | number, where: string, status: number) => ({
  status,
  body: placements[where as keyof typeof placements](String(code), "Something happened"),
});

/** Where a Hasura code arrives: a GraphQL error at 200, a bare body, a Hasura REST error. */
const placeHasura = (code: string | number, where: string, status: number) => ({
  status,
  body:
    where === "errors"
      ? { errors: [{ message: "Something happened", extensions: { code } }] }
      : where === "bare"
        ? { extensions: { code }, message: "Something happened" }
        : { path: "$", error: "Something happened", code },
});

const adapter = {
  vendor: VENDOR,
  parseResponse,
  normalizeError,
  tables: {
    TALVIEW_STATUS_TABLE,
    HASURA_CODE_TABLE,
    GRAPHQL_SERVER_CODE_TABLE,
    TALVIEW_LOGICAL_CODES,
    TALVIEW_MESSAGE_RULES,
    TALVIEW_FALLBACK_RULES,
  },
  policyExceptions: POLICY_EXCEPTIONS,
  codePlacements: { codes: LOGICAL_CODES, placements: Object.keys(placements), statuses: [200], place: placeLogical },
  bodies: talviewBody,
};

// The generic checks every errnorm adapter runs (@errnorm/testkit/properties), logical codes placed three ways.
describeAdapterProperties(adapter, { numRuns: 400 });

it("a Hasura code gives the same category in a GraphQL error, a bare body and a REST error, at any status", () => {
  checkCodePlacements(
    {
      ...adapter,
      codePlacements: {
        codes: HASURA_CODES,
        placements: ["errors", "bare", "rest"],
        statuses: [200, 400, 500],
        place: placeHasura,
      },
    },
    { numRuns: 400 },
  );
});

describe("parseResponse properties", () => {
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
  });

  test.prop([fc.constantFrom(...STATUS_CODES), fc.constantFrom(200, "status" as const), traceId])(
    "a documented numeric code with no telling message gets TALVIEW_STATUS_TABLE's category, as a status or as extensions.code",
    (code, at, trace) => {
      const error = failure(at === "status" ? code : 200, { extensions: { code, traceId: trace }, message: "..." });
      expect(error.category).toBe((TALVIEW_STATUS_TABLE as Record<number, { category: string }>)[code]?.category);
    },
  );

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

  test.prop([fc.constantFrom(...LOGICAL_CODES), fc.constantFrom("prefix", "extensions"), prose, separator])(
    "a caller's catalog for the category wins over the vendor's words, as in TalentLMS",
    (code, where, text, sep) => {
      const body = where === "prefix" ? placements.prefix(code, text, sep) : placements.extensions(code, text);
      const category = failure(200, body).category;
      const error = parseResponse({ status: 200, body }, { messages: { [category]: "Bitte erneut versuchen." } });
      expect(error._unsafeUnwrapErr().userMessage).toBe("Bitte erneut versuchen.");
    },
  );

  test.prop([prose])("prose without a code is a business_rule failure", (text) => {
    const error = failure(200, { data: { booking_create: { success: false, error_message: text, data: null } } });
    expect([error.category, error.reason]).toEqual(["business_rule", "BUSINESS_RULE_FAILED"]);
  });
});

describe("normalizeError and checkEnvelope properties", () => {
  test.prop([fc.anything(), fc.option(fc.string())])("checkEnvelope never throws", (value, operation) => {
    expect(() => checkEnvelope(value, operation === null ? undefined : { operation })).not.toThrow();
  });

  test.prop([fc.option(fc.oneof(prose, fc.string(), fc.anything())), fc.jsonValue(), fc.option(fc.string())])(
    "checkEnvelope answers any failed envelope with a valid talview error",
    (message, data, operation) => {
      const envelope = { success: false, error_message: message, data };
      const result = checkEnvelope(envelope, operation === null ? undefined : { operation });
      expect(errorProblems(result._unsafeUnwrapErr(), { vendor: VENDOR })).toEqual([]);
    },
  );

  test.prop([fc.constantFrom(...LOGICAL_CODES), prose])(
    "checkEnvelope and parseResponse agree on an envelope",
    (code, text) => {
      const body = placements.prefix(code, text);
      expect(essence(checkEnvelope(body.data)._unsafeUnwrapErr())).toEqual(essence(failure(200, body)));
    },
  );
});
