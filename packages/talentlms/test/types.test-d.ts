import type { NormalizedError, VendorAdapter } from "@errnorm/core";
import type { Result, ResultAsync } from "neverthrow";
import { describe, expectTypeOf, it } from "vitest";
import { fromFetch, normalizeError, parseResponse, talentlms, type TalentlmsParseOptions } from "../src/index.js";
import { TALENTLMS_STATUS_TABLE } from "../src/reference-tables.js";

describe("public types", () => {
  it("parseResponse returns a Result of the caller's type", () => {
    expectTypeOf(parseResponse({ status: 200 })).toEqualTypeOf<Result<unknown, NormalizedError>>();
    expectTypeOf(parseResponse<{ id: number }>({ status: 200 })).toEqualTypeOf<
      Result<{ id: number }, NormalizedError>
    >();
  });

  it("fromFetch takes a promise, a fetch tuple or fetch's arguments", () => {
    expectTypeOf(fromFetch(fetch("https://x"))).toEqualTypeOf<ResultAsync<unknown, NormalizedError>>();
    expectTypeOf(fromFetch(["https://x", { method: "GET" }])).toEqualTypeOf<ResultAsync<unknown, NormalizedError>>();
    expectTypeOf(fromFetch<string[]>("https://x", {}, { url: "https://x" })).toEqualTypeOf<
      ResultAsync<string[], NormalizedError>
    >();
    // @ts-expect-error a number is not a fetch input
    fromFetch(42);
  });

  it("normalizeError always gives a NormalizedError", () => {
    expectTypeOf(normalizeError(undefined)).toEqualTypeOf<NormalizedError>();
  });

  it("talentlms is a VendorAdapter with the adapter's options", () => {
    expectTypeOf(talentlms).toMatchTypeOf<VendorAdapter<TalentlmsParseOptions>>();
  });

  it("the status table is read-only data", () => {
    expectTypeOf(TALENTLMS_STATUS_TABLE[401].reason).toEqualTypeOf<"API_KEY_REJECTED">();
    // @ts-expect-error read-only
    TALENTLMS_STATUS_TABLE[401].reason = "X";
  });
});
