import { ACTIONS, CATEGORIES, CATEGORY_POLICY, isRetryableCategory } from "@errnorm/core";
import { statusRule } from "@errnorm/core/adapter";
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { parseResponse, talview, VENDOR } from "../src/index.js";
import {
  TALVIEW_FALLBACK_RULES as FALLBACK_RULES,
  GRAPHQL_SERVER_CODE_TABLE,
  HASURA_CODE_TABLE,
  TALVIEW_LOGICAL_CODE_NOTES,
  TALVIEW_LOGICAL_CODES,
  TALVIEW_MESSAGE_RULES,
  TALVIEW_STATUS_TABLE,
} from "../src/reference-tables.js";
import { LEAD_PRIORITY } from "../src/tables.js";

/** The code list of the research notes (section 3), which the table must cover. */
const RESEARCH_HASURA_CODES = [
  "access-denied",
  "invalid-jwt",
  "jwt-invalid-claims",
  "jwt-missing-role-claims",
  "invalid-headers",
  "validation-failed",
  "parse-failed",
  "bad-request",
  "not-found",
  "not-exists",
  "method-not-allowed",
  "permission-denied",
  "permission-error",
  "constraint-violation",
  "constraint-error",
  "data-exception",
  "coercion-error",
  "conflict",
  "already-exists",
  "unexpected",
  "postgres-error",
  "postgres-max-connections-error",
  "remote-schema-error",
];

/** Hasura's `Code` type (`Hasura.Base.Error`, `instance ToJSON Code`), every constructor with a fixed string. */
const HASURA_SOURCE_CODES = [
  ...RESEARCH_HASURA_CODES,
  "already-tracked",
  "already-untracked",
  "bigquery-error",
  "busy",
  "cyclic-dependency",
  "dependency-error",
  "invalid-configuration",
  "invalid-json",
  "invalid-params",
  "mssql-error",
  "not-supported",
  "remote-schema-conflicts",
  "start-failed",
  "unexpected-payload",
];

const rules = [
  ...Object.values(TALVIEW_STATUS_TABLE),
  ...Object.values(HASURA_CODE_TABLE),
  ...Object.values(GRAPHQL_SERVER_CODE_TABLE),
  ...Object.values(TALVIEW_LOGICAL_CODES),
  ...Object.values(FALLBACK_RULES),
  ...TALVIEW_MESSAGE_RULES,
];

describe("mapping tables", () => {
  test("cover every Hasura code of the research notes and of Hasura's source", () => {
    for (const code of HASURA_SOURCE_CODES) expect(Object.keys(HASURA_CODE_TABLE), code).toContain(code);
  });

  test("cover every status of the vendor page and agree with core on the class of each status", () => {
    for (const status of [400, 401, 403, 422, 429, 500, 502])
      expect(TALVIEW_STATUS_TABLE).toHaveProperty(String(status));
    // Where Talview differs from RFC defaults, it says so: 422 is a business rule on the vendor page.
    const differences = Object.entries(TALVIEW_STATUS_TABLE)
      .filter(([s, r]) => statusRule(Number(s)).category !== r.category)
      .map(([s]) => s);
    expect(differences).toEqual(["422"]);
  });

  test("list the vendor page's six logical codes with its resolutions as actions", () => {
    expect(Object.keys(TALVIEW_LOGICAL_CODES)).toEqual([
      "VALIDATION_ERROR",
      "SLOT_UNAVAILABLE",
      "BOOKING_NOT_FOUND",
      "RESCHEDULE_NOT_ALLOWED",
      "PAYMENT_REQUIRED",
      "IDENTITY_VERIFICATION_FAILED",
    ]);
    expect(TALVIEW_LOGICAL_CODES.SLOT_UNAVAILABLE.action).toBe("refresh_availability");
    expect(TALVIEW_LOGICAL_CODES.PAYMENT_REQUIRED.action).toBe("complete_payment");
    expect(TALVIEW_LOGICAL_CODES.IDENTITY_VERIFICATION_FAILED.action).toBe("verify_identity");
    expect(TALVIEW_LOGICAL_CODES.BOOKING_NOT_FOUND.category).toBe("not_found");
    expect(TALVIEW_LOGICAL_CODES.RESCHEDULE_NOT_ALLOWED).toMatchObject({ category: "business_rule", retryable: false });
    for (const [code, rule] of Object.entries(TALVIEW_LOGICAL_CODES)) {
      expect(rule.reason).toBe(code);
      expect(rule.retryable, code).toBe(isRetryableCategory(rule.category));
    }
  });

  test("join the vendor page's description and resolution to every logical code, and hold no note without a code", () => {
    expect(Object.keys(TALVIEW_LOGICAL_CODE_NOTES)).toEqual(Object.keys(TALVIEW_LOGICAL_CODES));
    for (const [code, rule] of Object.entries(TALVIEW_LOGICAL_CODES)) {
      const note = TALVIEW_LOGICAL_CODE_NOTES[code as keyof typeof TALVIEW_LOGICAL_CODE_NOTES];
      expect(rule, code).toMatchObject(note);
      expect(note.description.length, code).toBeGreaterThan(10);
      expect(note.resolution.length, code).toBeGreaterThan(10);
    }
    expect(TALVIEW_LOGICAL_CODES.SLOT_UNAVAILABLE.resolution).toBe("Refresh slot availability and select a new slot.");
  });

  test("spell out every Hasura and GraphQL server rule in full: the code in UPPER_SNAKE as reason unless a table says otherwise", () => {
    const overrides: Record<string, string> = {
      "postgres-max-connections-error": "POSTGRES_MAX_CONNECTIONS",
      TOO_MANY_REQUESTS: "RATE_LIMITED",
    };
    for (const [code, rule] of [...Object.entries(HASURA_CODE_TABLE), ...Object.entries(GRAPHQL_SERVER_CODE_TABLE)]) {
      expect(Object.keys(rule).sort(), code).toEqual(["action", "category", "reason"]);
      expect(rule.reason, code).toBe(overrides[code] ?? code.toUpperCase().replaceAll("-", "_"));
      expect(ACTIONS, code).toContain(rule.action);
    }
    expect(HASURA_CODE_TABLE["invalid-jwt"].action).toBe("refresh_token");
    expect(HASURA_CODE_TABLE["access-denied"].action).toBe(CATEGORY_POLICY.permission.action);
  });

  test("say what the parser does: every Hasura and GraphQL server code decides as its table says", () => {
    for (const [code, rule] of [...Object.entries(HASURA_CODE_TABLE), ...Object.entries(GRAPHQL_SERVER_CODE_TABLE)]) {
      const error = parseResponse({
        status: 200,
        body: { errors: [{ message: "x", extensions: { code } }] },
      })._unsafeUnwrapErr();
      expect({ category: error.category, reason: error.reason, action: error.action }, code).toEqual(rule);
    }
  });

  test("keep documentation off the parser's path: only reference-tables.ts (the /tables entry) imports the documentation modules", () => {
    const src = new URL("../src/", import.meta.url);
    const importers = readdirSync(src)
      .filter((file) =>
        /"\.\/(logical-code-notes|reference-tables)\.js"/.test(readFileSync(new URL(file, src), "utf8")),
      )
      .sort();
    expect(importers).toEqual(["reference-tables.ts"]);
  });

  test("hold only known categories, actions and UPPER_SNAKE reasons", () => {
    for (const rule of rules) {
      expect(CATEGORIES).toContain(rule.category);
      if (rule.action) expect(ACTIONS).toContain(rule.action);
      expect(rule.reason).toMatch(/^[A-Z][A-Z0-9_]{0,99}$/);
    }
  });

  test("give each reason one meaning (same reason, same category)", () => {
    const seen = new Map<string, string>();
    for (const rule of rules) {
      const before = seen.get(rule.reason);
      if (before !== undefined) expect(`${rule.reason}: ${rule.category}`).toBe(`${rule.reason}: ${before}`);
      seen.set(rule.reason, rule.category);
    }
  });

  test("rank every category for choosing the lead error", () => {
    expect(Object.keys(LEAD_PRIORITY).sort()).toEqual([...CATEGORIES].sort());
    expect(new Set(Object.values(LEAD_PRIORITY)).size).toBe(CATEGORIES.length);
  });

  test("are read-only at runtime", () => {
    expect(Object.isFrozen(HASURA_CODE_TABLE)).toBe(true);
    expect(Object.isFrozen(HASURA_CODE_TABLE["invalid-jwt"])).toBe(true);
    expect(Object.isFrozen(TALVIEW_LOGICAL_CODES.SLOT_UNAVAILABLE)).toBe(true);
    expect(Object.isFrozen(TALVIEW_MESSAGE_RULES)).toBe(true);
    expect(() => {
      (TALVIEW_STATUS_TABLE as unknown as Record<number, unknown>)[400] = { category: "server" };
    }).toThrow(TypeError);
  });

  test("the adapter object implements core's contract", () => {
    expect(talview.vendor).toBe(VENDOR);
    expect(VENDOR).toBe("talview");
    expect(typeof talview.parseResponse).toBe("function");
    expect(typeof talview.normalizeError).toBe("function");
    expect(CATEGORY_POLICY.business_rule.retryable).toBe(false);
  });
});
