import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { parseResponse } from "../src/index.js";
import { MESSAGE_MATCH_LENGTH, normalizeMessage } from "../src/match-message.js";
import { matchMessageRule, TALENTLMS_MESSAGE_EVIDENCE, TALENTLMS_MESSAGE_RULES } from "../src/reference-tables.js";

/**
 * Every exact v1 message string in research/vendors.md §1 ("Exact v1 message strings", from
 * ib1984/py-talentlms exceptions.py; greenriver confirms the first), with the reason it must get.
 */
const V1_MESSAGES: readonly (readonly [string, string, string])[] = [
  ["The requested user does not exist", "USER_NOT_FOUND", "not_found"],
  ["The requested course does not exist", "COURSE_NOT_FOUND", "not_found"],
  ["The requested branch does not exist", "BRANCH_NOT_FOUND", "not_found"],
  ["The requested category does not exist", "CATEGORY_NOT_FOUND", "not_found"],
  ["The requested group does not exist", "GROUP_NOT_FOUND", "not_found"],
  ["The requested unit does not exist", "UNIT_NOT_FOUND", "not_found"],
  ["There is no group with such key", "GROUP_KEY_NOT_FOUND", "not_found"],
  ["Invalid arguments provided", "INVALID_ARGUMENTS", "invalid_request"],
  ["The requested API action does not exist", "ACTION_NOT_FOUND", "invalid_request"],
  ["A user with the same email address already exists", "USER_ALREADY_EXISTS", "conflict"],
  ["A user with the same login already exists", "USER_ALREADY_EXISTS", "conflict"],
  ["The requested user is no longer available", "USER_DELETED", "not_found"],
  ["The requested user is already enrolled in this course", "ALREADY_ENROLLED", "conflict"],
  ["The requested user is already a member of this branch", "ALREADY_MEMBER", "conflict"],
  ["The requested user is already a member of this group", "ALREADY_MEMBER", "conflict"],
  ["The requested user is not enrolled in this course", "NOT_ENROLLED", "not_found"],
  ["The requested user is not a member of this branch", "NOT_MEMBER", "not_found"],
  ["The requested user is not a member of this group", "NOT_MEMBER", "not_found"],
  ["The requested course is already a member of this branch", "ALREADY_MEMBER", "conflict"],
  ["The requested course is already a member of this group", "ALREADY_MEMBER", "conflict"],
  ["User does not have a progress registered for the test", "PROGRESS_NOT_FOUND", "not_found"],
  ["User does not have a progress registered for the survey", "PROGRESS_NOT_FOUND", "not_found"],
  [
    "Your login or password is incorrect. Please try again, making sure that CAPS LOCK key is off",
    "LOGIN_INCORRECT",
    "authentication",
  ],
  [
    "Your account is inactive. Please activate the account using the instructions sent to you via e-mail. If you did not receive the e-mail, check your spam folder.",
    "ACCOUNT_INACTIVE",
    "authentication",
  ],
  [
    "Password is not strong enough (should have at least (1) upper case letter, at least (1) lower case letter, at least (1) number, at least (8) characters in length)",
    "WEAK_PASSWORD",
    "invalid_request",
  ],
];

/** The first rule in table order that matches: what "checked in order" promises. */
const firstInOrder = (message: string) => {
  const text = normalizeMessage(message);
  return TALENTLMS_MESSAGE_RULES.find((rule) =>
    rule.equals !== undefined
      ? rule.equals === text
      : rule.startsWith !== undefined &&
        text.startsWith(rule.startsWith) &&
        (rule.endsWith === undefined || text.endsWith(rule.endsWith)),
  );
};

describe("TALENTLMS_MESSAGE_RULES", () => {
  it.each(V1_MESSAGES)("knows the v1 string %j", (message, reason, category) => {
    expect(matchMessageRule(message)).toMatchObject({ reason, category });
  });

  it("covers all 25 v1 strings of the research notes", () => {
    expect(V1_MESSAGES).toHaveLength(25);
  });

  it.each(TALENTLMS_MESSAGE_RULES.map((rule) => [rule.reason, rule.example, rule] as const))(
    "%s: its example matches it, and it is the first match in table order",
    (_reason, example, rule) => {
      expect(matchMessageRule(example)).toBe(rule);
      expect(firstInOrder(example)).toBe(rule);
    },
  );

  it("stores every text already normalized, with a label, a source and exactly one way to match", () => {
    for (const rule of TALENTLMS_MESSAGE_RULES) {
      for (const text of [rule.equals, rule.startsWith])
        if (text !== undefined) expect(normalizeMessage(text).trimEnd()).toBe(text.trimEnd());
      if (rule.endsWith !== undefined) expect(normalizeMessage(`x${rule.endsWith}`)).toBe(`x${rule.endsWith}`);
      expect((rule.equals === undefined) !== (rule.startsWith === undefined)).toBe(true);
      expect(["documented", "observed", "inferred"]).toContain(rule.label);
      expect(rule.source.length).toBeGreaterThan(5);
    }
  });

  it("has evidence for every rule, keyed by its equals or startsWith text, and no evidence without a rule", () => {
    const keys = TALENTLMS_MESSAGE_RULES.map((rule) => rule.equals ?? rule.startsWith);
    expect(new Set(keys).size).toBe(keys.length);
    expect(Object.keys(TALENTLMS_MESSAGE_EVIDENCE).sort()).toEqual([...keys].sort());
    for (const rule of TALENTLMS_MESSAGE_RULES)
      expect(rule).toMatchObject(TALENTLMS_MESSAGE_EVIDENCE[rule.equals ?? rule.startsWith ?? ""] ?? { example: "?" });
  });

  it("keeps documentation off the parser's path: only reference-tables.ts (the /tables entry) imports the documentation modules", () => {
    const src = new URL("../src/", import.meta.url);
    const importers = readdirSync(src)
      .filter((file) =>
        /"\.\/(reason-notes|message-evidence|reference-tables)\.js"/.test(readFileSync(new URL(file, src), "utf8")),
      )
      .sort();
    expect(importers).toEqual(["reference-tables.ts"]);
  });

  it("matches case-insensitively, ignoring extra spaces and a trailing period", () => {
    expect(matchMessageRule("  THE REQUESTED USER   DOES NOT EXIST.  ")?.reason).toBe("USER_NOT_FOUND");
    expect(matchMessageRule("the requested\tcourse\ndoes not exist")?.reason).toBe("COURSE_NOT_FOUND");
  });

  it("is anchored: text before or after an exact message does not match it", () => {
    expect(matchMessageRule("Error: The requested user does not exist")).toBeUndefined();
    expect(matchMessageRule("The requested user does not exist in branch 4")).toBeUndefined();
    expect(matchMessageRule("Note: invalid arguments provided")).toBeUndefined();
    expect(matchMessageRule("")).toBeUndefined();
  });

  it("falls back to the generic not-found for other 'The requested … does not exist' messages", () => {
    expect(matchMessageRule("The requested learning path does not exist")?.reason).toBe("NOT_FOUND");
  });

  it("looks only at the first 500 characters, so megabyte messages never match a suffix", () => {
    const huge = `the requested ${"a".repeat(5_000_000)} does not exist`;
    expect(matchMessageRule(huge)).toBeUndefined();
    expect(matchMessageRule(`Invalid API key provided${" x".repeat(3_000_000)}`)?.reason).toBe("API_KEY_INVALID");
    expect(normalizeMessage(huge).length).toBeLessThanOrEqual(MESSAGE_MATCH_LENGTH);
  });

  it("parses a 10 MB error body into a bounded error (its speed: bench/hostile.bench.ts)", () => {
    const body = JSON.stringify({
      error: { type: "invalid_request_error", message: `The requested user ${"x".repeat(10_000_000)}` },
    });
    const result = parseResponse({ status: 404, body });
    expect(result.isErr() && result.error.reason).toBe("NOT_FOUND");
    expect(result.isErr() && result.error.message.length).toBeLessThanOrEqual(1_000);
  });
});
