import { fc, test } from "@fast-check/vitest";
import { type Action, type Category, DEFAULT_USER_MESSAGES, type HttpResponseLike } from "@errnorm/core";
import { decideRule, statusRule } from "@errnorm/core/adapter";
import { MAX_RETRY_AFTER_MS } from "@errnorm/core/internal/http";
import { anyBody, describeAdapterProperties, errorProblems } from "@errnorm/testkit/properties";
import { describe, expect, it } from "vitest";
import { normalizeError, parseResponse, VENDOR } from "@errnorm/talentlms";
import {
  matchMessageRule,
  TALENTLMS_FALLBACK_RULES,
  TALENTLMS_MESSAGE_RULES,
  TALENTLMS_REASON_NOTES,
  TALENTLMS_STATUS_TABLE,
  TALENTLMS_TYPE_TABLE,
} from "@errnorm/talentlms/tables";

const TYPES = ["invalid_request_error", "api_error"] as const;
const RULE_EXAMPLES = TALENTLMS_MESSAGE_RULES.map((rule) => rule.example);

/** Messages: the vendor's real strings, near misses, and anything at all. */
const messageArb = fc.oneof(
  fc.constantFrom(...RULE_EXAMPLES),
  fc.string({ maxLength: 300 }),
  fc.string({ unit: "grapheme", maxLength: 80 }),
);

/** Every body shape TalentLMS or something in front of it can send, as JSON values. */
const errorShapeArb = fc.oneof(
  fc.record({ error: fc.record({ type: fc.constantFrom(...TYPES), message: messageArb }, { requiredKeys: [] }) }),
  fc.record({ type: fc.oneof(fc.constantFrom(...TYPES), fc.string()), message: messageArb }, { requiredKeys: [] }),
  fc.record({
    message: messageArb,
    errors: fc.dictionary(fc.string({ maxLength: 10 }), fc.array(fc.string(), { maxLength: 3 })),
  }),
  fc.record({ error: fc.oneof(messageArb, fc.constant(null), fc.integer()) }),
);

/** The body as the client holds it (testkit's shapes: text, double-encoded, bytes, HTML, nothing), TalentLMS's first. */
const bodyArb = anyBody(errorShapeArb);
// TalentLMS's own header names (no reset header: the vendor sends none, and a reset time would make two reads of the
// same response differ).
const headerNameArb = fc.constantFrom(
  "Retry-After",
  "X-RateLimit-Limit",
  "X-RateLimit-Remaining",
  "X-Request-Id",
  "Content-Type",
  "cf-ray",
  "X-Anything",
);
const headerValueArb = fc.oneof(
  fc.nat({ max: 100_000 }).map(String),
  fc.string({ maxLength: 40 }),
  fc.constant("-5"),
  fc.constant("1e99"),
);
const headersArb = fc.dictionary(headerNameArb, headerValueArb, { maxKeys: 6 });

const statusArb = fc.integer({ min: 100, max: 599 });

/** A response of any status, shape, body and headers. */
const responseArb: fc.Arbitrary<HttpResponseLike> = fc.record({
  status: statusArb,
  headers: headersArb,
  body: bodyArb,
});

/** A response that is always an error: a 4xx or 5xx status. */
const errorResponseArb: fc.Arbitrary<HttpResponseLike> = fc.record({
  status: fc.integer({ min: 400, max: 599 }),
  headers: headersArb,
  body: bodyArb,
});

const urlArb = fc.option(
  fc.constantFrom(
    "https://acme.talentlms.com/api/v2/users",
    "http://acme.talentlms.com/api/v1/users",
    "http://127.0.0.1:8080/x",
  ),
  {
    nil: undefined,
  },
);

// The generic checks every errnorm adapter runs (@errnorm/testkit/properties): never throws, valid errors for any
// status and body (ok only for 2xx, status kept, retryable as the policy says), rules agree with CATEGORY_POLICY or
// say why, one reason one category. TalentLMS codes (`type`, messages) arrive in one place each: no placements.
describeAdapterProperties(
  {
    vendor: VENDOR,
    parseResponse,
    normalizeError,
    tables: { TALENTLMS_STATUS_TABLE, TALENTLMS_TYPE_TABLE, TALENTLMS_FALLBACK_RULES, TALENTLMS_MESSAGE_RULES },
    // Why these depart from CATEGORY_POLICY: the reason's documented meaning says what the caller must do.
    policyExceptions: Object.fromEntries(
      ["HTTPS_REQUIRED", "NOT_JSON_RESPONSE", "BODY_NOT_READ", "ACCOUNT_INACTIVE"].map((r) => [
        r,
        TALENTLMS_REASON_NOTES[r] ?? "",
      ]),
    ),
    bodies: errorShapeArb,
  },
  { numRuns: 500 },
);

describe("parseResponse properties", () => {
  it("survives hostile objects: throwing Proxies, cyclic bodies, throwing header getters", () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error("boom");
        },
        ownKeys: () => {
          throw new Error("boom");
        },
      },
    );
    const cyclic: Record<string, unknown> = { error: { message: "The requested user does not exist" } };
    cyclic.self = cyclic;
    for (const response of [
      hostile,
      { status: 404, body: hostile },
      { status: 500, headers: hostile },
      { status: 404, body: cyclic },
    ]) {
      const result = parseResponse(response as HttpResponseLike);
      expect(errorProblems(result._unsafeUnwrapErr(), { vendor: VENDOR })).toEqual([]);
    }
  });

  test.prop([responseArb, urlArb])("is deterministic: the same response gives the same result", (response, url) => {
    const a = parseResponse(response, { url });
    const b = parseResponse(response, { url });
    expect(a.isOk()).toBe(b.isOk());
    expect(JSON.stringify(a.isOk() ? a.value : a.error)).toBe(JSON.stringify(b.isOk() ? b.value : b.error));
  });

  const successBodyArb = fc
    .oneof(
      fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 5 }),
      fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 3 })),
    )
    .filter(
      (v) =>
        Array.isArray(v) || (!("error" in v) && !(TYPES as readonly unknown[]).includes(v.type) && !("errors" in v)),
    );

  test.prop([fc.integer({ min: 200, max: 299 }), successBodyArb, fc.boolean()])(
    "a 2xx without an error body is ok, with the body as JSON",
    (status, body, asText) => {
      const result = parseResponse({ status, body: asText ? JSON.stringify(body) : body });
      expect(result.isOk()).toBe(true);
      expect(result._unsafeUnwrap()).toEqual(asText ? JSON.parse(JSON.stringify(body)) : body);
    },
  );

  test.prop([fc.integer({ min: 200, max: 299 }), fc.constantFrom(...TYPES), messageArb, fc.boolean()])(
    "a 2xx whose body is a TalentLMS error (wrapped or flat) is an error",
    (status, type, message, wrapped) => {
      const body = wrapped ? { error: { type, message } } : { type, message };
      expect(parseResponse({ status, body: JSON.stringify(body) }).isErr()).toBe(true);
    },
  );

  const documentedStatusArb = fc.constantFrom(...Object.keys(TALENTLMS_STATUS_TABLE).map(Number));
  const unknownMessageArb = fc.string({ maxLength: 200 }).filter((m) => matchMessageRule(m) === undefined);
  const documentedBodyArb = fc.oneof(
    fc.constant(""),
    unknownMessageArb.map((message) => JSON.stringify({ type: "invalid_request_error", message })),
    unknownMessageArb.map((message) => JSON.stringify({ error: { type: "api_error", message } })),
    fc.string({ maxLength: 200 }).map((s) => `<html>${s}</html>`),
  );

  test.prop([
    documentedStatusArb,
    documentedBodyArb,
    fc.constantFrom(undefined, "https://acme.talentlms.com/api/v2/users"),
  ])(
    "every documented status maps as TALENTLMS_STATUS_TABLE says when no known message refines it",
    (status, body, url) => {
      const rule = TALENTLMS_STATUS_TABLE[status as keyof typeof TALENTLMS_STATUS_TABLE];
      const error = parseResponse({ status, body }, { url })._unsafeUnwrapErr();
      expect({ category: error.category, reason: error.reason, action: error.action }).toEqual({
        category: rule.category,
        reason: rule.reason,
        action: rule.action,
      });
    },
  );

  test.prop([fc.integer({ min: 100, max: 599 }).filter((s) => !(s in TALENTLMS_STATUS_TABLE) && (s < 200 || s > 299))])(
    "every other status falls back to core's statusRule (the vendor documents no meaning for it)",
    (status) => {
      const error = parseResponse({ status, body: "" })._unsafeUnwrapErr();
      const rule = decideRule(statusRule(status));
      expect([error.category, error.reason, error.action]).toEqual([rule.category, rule.reason, rule.action]);
    },
  );

  test.prop([errorResponseArb, urlArb])(
    "a reason always comes with its tables' category and action (HTTP_<n>: core's statusRule)",
    (response, url) => {
      const error = parseResponse(response, { url })._unsafeUnwrapErr();
      const fallback = decideRule(statusRule(error.status));
      const expected = REASONS.has(error.reason)
        ? `${error.reason}: ${REASONS.get(error.reason)}`
        : `${fallback.reason}: ${fallback.category}/${fallback.action}`;
      expect(`${error.reason}: ${error.category}/${error.action}`).toBe(expected);
    },
  );

  const retryableStatusArb = fc.constantFrom(429, 500, 502, 503, 504, 408);
  const retryAfterArb = fc.oneof(
    fc
      .nat({ max: 10_000_000_000 })
      .map((s) => ({ header: String(s), expected: Math.min(s * 1000, MAX_RETRY_AFTER_MS) as number | undefined })),
    fc
      .constantFrom("-1", "soon", "", "1e3", "NaN", "Infinity")
      .map((header) => ({ header, expected: undefined as number | undefined })),
  );

  test.prop([retryableStatusArb, retryAfterArb])(
    "retryAfterMs matches Retry-After seconds and is never negative",
    (status, { header, expected }) => {
      const error = parseResponse({ status, headers: { "Retry-After": header }, body: "" })._unsafeUnwrapErr();
      expect(error.retryAfterMs).toBe(expected);
    },
  );

  test.prop([retryableStatusArb, fc.integer({ min: -86_400, max: 86_400 })])(
    "retryAfterMs from an HTTP-date is the time until then, never negative",
    (status, offsetSeconds) => {
      const at = Math.floor(Date.now() / 1000) * 1000 + offsetSeconds * 1000;
      const before = Date.now();
      const error = parseResponse({
        status,
        headers: { "Retry-After": new Date(at).toUTCString() },
        body: "",
      })._unsafeUnwrapErr();
      const after = Date.now();
      expect(error.retryAfterMs).toBeGreaterThanOrEqual(Math.max(0, at - after));
      expect(error.retryAfterMs).toBeLessThanOrEqual(Math.max(0, at - before));
    },
  );

  test.prop([errorResponseArb, fc.nat({ max: 100_000 })])(
    "Retry-After seconds become retryAfterMs on a retryable error, and nothing on any other",
    (response, seconds) => {
      const headers = { ...response.headers, "Retry-After": String(seconds) };
      const error = parseResponse({ ...response, headers })._unsafeUnwrapErr();
      expect(error.retryAfterMs).toBe(error.retryable ? Math.min(seconds * 1000, MAX_RETRY_AFTER_MS) : undefined);
    },
  );

  it("leaves retryAfterMs undefined on a 429 without Retry-After and says so in the message", () => {
    const error = parseResponse({
      status: 429,
      headers: { "X-RateLimit-Remaining": "0" },
      body: "",
    })._unsafeUnwrapErr();
    expect(error.retryAfterMs).toBeUndefined();
    expect(error.message).toContain("how long to wait is unknown");
  });

  const vendorTextArb = fc
    .oneof(fc.constantFrom(...RULE_EXAMPLES), fc.string({ minLength: 12, maxLength: 200 }))
    .filter((m) => m.trim().length >= 12 && !Object.values(DEFAULT_USER_MESSAGES).some((d) => d.includes(m.trim())));
  const shapeArb = fc.constantFrom("wrapped", "flat", "error-string", "text");
  const shaped = (shape: string, message: string): string =>
    shape === "wrapped"
      ? JSON.stringify({ error: { type: "api_error", message } })
      : shape === "flat"
        ? JSON.stringify({ type: "api_error", message })
        : shape === "error-string"
          ? JSON.stringify({ error: message })
          : message;

  test.prop([fc.integer({ min: 500, max: 599 }), vendorTextArb, shapeArb])(
    "userMessage never holds the vendor's text for 5xx",
    (status, message, shape) => {
      const error = parseResponse({ status, body: shaped(shape, message) })._unsafeUnwrapErr();
      expect(error.userMessage).not.toContain(message.trim());
    },
  );

  test.prop([
    fc.integer({ min: 400, max: 499 }).filter((s) => s !== 429),
    fc.constantFrom(...TALENTLMS_MESSAGE_RULES),
    shapeArb,
  ])("userMessage is the vendor's text below 500 exactly when its rule marks it safe", (status, rule, shape) => {
    const error = parseResponse({ status, body: shaped(shape, rule.example) })._unsafeUnwrapErr();
    expect(error.userMessage === rule.example).toBe(rule.userSafe);
  });

  it("prefers the caller's catalog over the vendor's safe text", () => {
    const body = JSON.stringify({ error: { message: "A user with the same email address already exists" } });
    const error = parseResponse({ status: 400, body }, { messages: { conflict: "Ya existe." } })._unsafeUnwrapErr();
    expect(error.userMessage).toBe("Ya existe.");
  });
});

/** Every reason the adapter can give from its tables, with its one (category, action). */
const REASONS = (() => {
  const meanings = new Map<string, Set<string>>();
  const add = (rule: { category: Category; reason: string; action: Action }) => {
    const set = meanings.get(rule.reason) ?? new Set<string>();
    set.add(`${rule.category}/${rule.action}`);
    meanings.set(rule.reason, set);
  };
  for (const table of [TALENTLMS_STATUS_TABLE, TALENTLMS_TYPE_TABLE, TALENTLMS_FALLBACK_RULES])
    for (const rule of Object.values(table)) add(rule);
  for (const rule of TALENTLMS_MESSAGE_RULES) add(rule);
  return new Map([...meanings].map(([reason, set]) => [reason, [...set].join(" | ")]));
})();

describe("reasons", () => {
  it("are unique per meaning, action included: every reason in the tables maps to exactly one (category, action)", () => {
    for (const [reason, meaning] of REASONS) expect(meaning.split(" | "), reason).toHaveLength(1);
  });

  it("never collide with core's HTTP_<n> fallbacks except the documented 500", () => {
    expect([...REASONS.keys()].filter((reason) => /^HTTP_\d+$/.test(reason))).toEqual(["HTTP_500"]);
  });

  it("each have exactly one meaning: a note in TALENTLMS_REASON_NOTES, and no note without a rule", () => {
    const all = [TALENTLMS_STATUS_TABLE, TALENTLMS_TYPE_TABLE, TALENTLMS_FALLBACK_RULES].flatMap((t) =>
      Object.values(t),
    );
    for (const rule of [...all, ...TALENTLMS_MESSAGE_RULES]) {
      expect(TALENTLMS_REASON_NOTES[rule.reason], rule.reason).toMatch(/\w{3}/);
      expect(rule.meaning, rule.reason).toBe(TALENTLMS_REASON_NOTES[rule.reason]);
    }
    expect(Object.keys(TALENTLMS_REASON_NOTES).sort()).toEqual([...REASONS.keys()].sort());
  });
});
