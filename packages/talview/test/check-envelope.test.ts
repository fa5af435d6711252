import { describe, expect, test } from "vitest";
import { checkEnvelope } from "../src/index.js";

describe("checkEnvelope", () => {
  test("gives the inner data of a successful envelope", () => {
    expect(checkEnvelope({ success: true, error_message: null, data: { id: "b1" } })._unsafeUnwrap()).toEqual({
      id: "b1",
    });
  });

  test("reads the REST form without a data wrapper, by operation", () => {
    const body = {
      auth_user_login: { success: true, error_message: null, data: { access_token: "a", expires_in: 3600 } },
    };
    expect(checkEnvelope(body, { operation: "auth_user_login" })._unsafeUnwrap()).toEqual({
      access_token: "a",
      expires_in: 3600,
    });
    expect(checkEnvelope(body)._unsafeUnwrap()).toBe(body);
  });

  test("fails a failed envelope with the vendor's words and the given status", () => {
    const error = checkEnvelope(
      { success: false, error_message: "No available slots for selected date", data: null },
      { status: 201 },
    )._unsafeUnwrapErr();
    expect([error.category, error.reason, error.userMessage, error.status]).toEqual([
      "business_rule",
      "BUSINESS_RULE_FAILED",
      "No available slots for selected date",
      201,
    ]);
  });

  test("finds a failed envelope in any top-level field without operation, only the named one with it", () => {
    const data = {
      a: { success: true, data: 1 },
      b: { success: false, error_message: "SLOT_UNAVAILABLE", data: null },
    };
    expect(checkEnvelope(data)._unsafeUnwrapErr()).toMatchObject({ reason: "SLOT_UNAVAILABLE", operation: "b" });
    expect(checkEnvelope(data, { operation: "a" })._unsafeUnwrap()).toBe(1);
  });

  test("a failed envelope with no message still fails, with the safe message", () => {
    const error = checkEnvelope({ success: false, error_message: null, data: null })._unsafeUnwrapErr();
    expect(error.reason).toBe("BUSINESS_RULE_FAILED");
    expect(error.userMessage).toBe("This action is not allowed right now.");
  });

  test("passes through values that are not envelopes", () => {
    expect(checkEnvelope(null)._unsafeUnwrap()).toBeNull();
    expect(checkEnvelope([1, 2])._unsafeUnwrap()).toEqual([1, 2]);
    expect(checkEnvelope({ success: "false" })._unsafeUnwrap()).toEqual({ success: "false" });
  });

  test("never shows Hasura internals even if an envelope carries them", () => {
    const error = checkEnvelope({
      success: false,
      error_message: 'VALIDATION_ERROR: expecting a value for non-nullable variable: "external_id"',
    })._unsafeUnwrapErr();
    expect(error.reason).toBe("VALIDATION_ERROR");
    expect(error.userMessage).not.toContain("external_id");
  });
});
