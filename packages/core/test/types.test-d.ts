import { match } from "ts-pattern";
import { describe, expectTypeOf, it } from "vitest";
import type { Action, Category, NormalizedError, NormalizedErrorJson } from "@errnorm/core";
import { ACTIONS, CATEGORIES } from "@errnorm/core";
import { fromJSON } from "@errnorm/core/json";
import type { Result } from "neverthrow";
import type * as z from "zod/mini";
import type { NormalizedErrorJsonSchema } from "@errnorm/core/json";

describe("public types", () => {
  it("Category and Action are closed unions equal to their arrays", () => {
    expectTypeOf<Category>().toEqualTypeOf<(typeof CATEGORIES)[number]>();
    expectTypeOf<Category>().toEqualTypeOf<
      | "invalid_request"
      | "authentication"
      | "permission"
      | "not_found"
      | "conflict"
      | "business_rule"
      | "rate_limited"
      | "server"
      | "unavailable"
      | "timeout"
      | "network"
      | "cancelled"
      | "unknown"
    >();
    expectTypeOf<"teapot">().not.toMatchTypeOf<Category>();
    expectTypeOf<Action>().toEqualTypeOf<(typeof ACTIONS)[number]>();
    expectTypeOf<"refresh_token">().toMatchTypeOf<Action>();
  });

  it("fields have the documented types", () => {
    expectTypeOf<NormalizedError["retryAfterMs"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<NormalizedError["status"]>().toEqualTypeOf<number>();
    expectTypeOf<NormalizedError>().toMatchTypeOf<Error>();
    expectTypeOf<ReturnType<NormalizedError["toJSON"]>>().toEqualTypeOf<NormalizedErrorJson>();
    expectTypeOf(fromJSON).returns.toMatchTypeOf<Result<NormalizedError, Error>>();
    expectTypeOf<NormalizedErrorJson>().toMatchTypeOf<z.infer<typeof NormalizedErrorJsonSchema>>();
  });

  it("a ts-pattern exhaustive match over category compiles only when complete", () => {
    const describe = (e: NormalizedError) =>
      match(e.category)
        .with("invalid_request", "not_found", "conflict", "business_rule", () => "fix")
        .with("authentication", "permission", () => "auth")
        .with("rate_limited", "server", "unavailable", "timeout", "network", () => "retry")
        .with("cancelled", "unknown", () => "other")
        .exhaustive();
    expectTypeOf(describe).returns.toEqualTypeOf<string>();

    const incomplete = (e: NormalizedError) =>
      match(e.category)
        .with("invalid_request", () => "fix")
        // @ts-expect-error the other twelve categories are not handled
        .exhaustive();
    expectTypeOf(incomplete).toBeFunction();
  });
});
