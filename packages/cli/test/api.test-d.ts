import type { NormalizedError } from "@errnorm/core";
import type { Result } from "neverthrow";
import { describe, expectTypeOf, it } from "vitest";
import {
  type Explanation,
  explain,
  type HarSummary,
  type InputError,
  summarizeHar,
  type VendorName,
} from "../src/index.js";

describe("public types", () => {
  it("explain and summarizeHar return neverthrow Results with InputError for bad input", () => {
    expectTypeOf(explain).returns.toEqualTypeOf<Result<Explanation, InputError>>();
    expectTypeOf(summarizeHar).returns.toEqualTypeOf<Result<HarSummary, InputError>>();
  });

  it("an explanation carries the error, or undefined for a success", () => {
    expectTypeOf<Explanation["error"]>().toEqualTypeOf<NormalizedError | undefined>();
    expectTypeOf<HarSummary["failures"][number]["error"]>().toEqualTypeOf<NormalizedError>();
  });

  it("vendors are a closed union", () => {
    expectTypeOf<VendorName>().toEqualTypeOf<"talentlms" | "talview">();
    // @ts-expect-error: an unknown vendor is a compile error
    explain({ text: "{}", vendor: "moodle" });
  });
});
