import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { NormalizedError, WIRE_VERSION } from "@errnorm/core";
import { fromJSON, NormalizedErrorJsonSchema } from "@errnorm/core/json";
import { initArb } from "./arbitraries.js";

describe("toJSON / fromJSON", () => {
  test.prop([initArb])("fromJSON(toJSON(e)) round-trips any error, and toJSON validates against the schema", (init) => {
    const e = new NormalizedError(init);
    const json = e.toJSON();
    expect(NormalizedErrorJsonSchema.safeParse(json).success).toBe(true);
    const back = fromJSON(JSON.parse(JSON.stringify(e)));
    expect(back.isOk()).toBe(true);
    expect(back._unsafeUnwrap().toJSON()).toEqual(json);
  });

  it("writes a versioned plain object without a stack", () => {
    const json = new NormalizedError({
      vendor: "talentlms",
      category: "server",
      reason: "HTTP_500",
      message: "m",
      status: 500,
      cause: new Error("inner"),
    }).toJSON();
    expect(json.errnorm).toBe(WIRE_VERSION);
    expect(JSON.stringify(json)).not.toContain("stack");
    expect(json.cause).toEqual({ name: "Error", message: "inner" });
  });

  it.each([
    ["not JSON text", "{oops"],
    ["a wrong version", { errnorm: 2 }],
    ["null", null],
    [
      "an unknown category",
      {
        ...new NormalizedError({ vendor: "x", category: "server", reason: "R", message: "m", status: 500 }).toJSON(),
        category: "weird",
      },
    ],
  ])("returns err for %s", (_name, input) => {
    const result = fromJSON(input);
    expect(result.isErr()).toBe(true);
    expect(result._unsafeUnwrapErr().issues.length).toBeGreaterThan(0);
  });

  it("accepts JSON text", () => {
    const e = new NormalizedError({
      vendor: "x",
      category: "conflict",
      reason: "ALREADY_EXISTS",
      message: "m",
      status: 409,
    });
    expect(fromJSON(JSON.stringify(e))._unsafeUnwrap().reason).toBe("ALREADY_EXISTS");
  });
});

describe("toProblemDetails", () => {
  it("is RFC 9457 shaped with errnorm's fields as extensions", () => {
    const e = new NormalizedError({
      vendor: "talentlms",
      category: "invalid_request",
      reason: "VALIDATION_FAILED",
      message: "m",
      status: 422,
      fieldErrors: [{ field: "user.email", message: "is invalid" }],
      traceId: "t-1",
    });
    expect(e.toProblemDetails()).toEqual({
      type: "urn:errnorm:talentlms:VALIDATION_FAILED",
      title: "Invalid request",
      status: 422,
      detail: e.userMessage,
      vendor: "talentlms",
      category: "invalid_request",
      reason: "VALIDATION_FAILED",
      action: "fix_request",
      retryable: false,
      traceId: "t-1",
      errors: [{ detail: "is invalid", pointer: "#/user/email" }],
    });
  });

  it("leaves out status when no response arrived", () => {
    const e = new NormalizedError({ vendor: "x", category: "network", reason: "DNS_FAILURE", message: "m", status: 0 });
    expect(e.toProblemDetails()).not.toHaveProperty("status");
  });
});
