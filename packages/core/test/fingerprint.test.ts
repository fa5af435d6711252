import { describe, expect, it } from "vitest";
import { fingerprint, NormalizedError, type NormalizedErrorInit } from "@errnorm/core";

const make = (init: Partial<NormalizedErrorInit>): NormalizedError =>
  new NormalizedError({
    vendor: "talentlms",
    category: "not_found",
    reason: "USER_NOT_FOUND",
    message: "m",
    status: 404,
    ...init,
  });

describe("fingerprint", () => {
  it("is stable across two errors of the same kind, whatever their message, trace id or status", () => {
    const a = make({ message: "The requested user does not exist", traceId: "a1", status: 404 });
    const b = make({ message: "another text", traceId: "b2", status: 410, operation: "getUser" });
    expect(fingerprint(a)).toEqual(["errnorm", "talentlms", "USER_NOT_FOUND"]);
    expect(fingerprint(b)).toEqual(fingerprint(a));
  });

  it("differs across reasons and vendors", () => {
    expect(fingerprint(make({ reason: "USER_DELETED" }))).not.toEqual(fingerprint(make({})));
    expect(fingerprint(make({ vendor: "acme" }))).not.toEqual(fingerprint(make({})));
  });

  it("adds the operation for Talview, whose reasons depend on it", () => {
    const booking = make({ vendor: "talview", reason: "VALIDATION_FAILED", operation: "booking_create" });
    const candidate = make({ vendor: "talview", reason: "VALIDATION_FAILED", operation: "candidate_create" });
    expect(fingerprint(booking)).toEqual(["errnorm", "talview", "VALIDATION_FAILED", "booking_create"]);
    expect(fingerprint(candidate)).not.toEqual(fingerprint(booking));
    expect(fingerprint(make({ vendor: "talview", reason: "VALIDATION_FAILED" }))).toEqual([
      "errnorm",
      "talview",
      "VALIDATION_FAILED",
    ]);
  });

  it("the operation option overrides the vendor table", () => {
    expect(fingerprint(make({ operation: "getUser" }), { operation: true })).toEqual([
      "errnorm",
      "talentlms",
      "USER_NOT_FOUND",
      "getUser",
    ]);
    expect(fingerprint(make({ vendor: "talview", operation: "x" }), { operation: false })).toHaveLength(3);
  });
});
