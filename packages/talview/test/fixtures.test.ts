import { isRetryableCategory } from "@errnorm/core";
import { NormalizedErrorJsonSchema } from "@errnorm/core/json";
import { describe, expect, test } from "vitest";
import { parseResponse, partialDataOf, VENDOR } from "../src/index.js";
import { type Fixture, loadFixtures, wireBody } from "./support/fixtures.js";

const fixtures = loadFixtures();

const ERROR_FIELDS = [
  "category",
  "reason",
  "action",
  "retryable",
  "traceId",
  "userMessage",
  "vendorCode",
  "status",
  "retryAfterMs",
  "operation",
  "fieldErrors",
] as const;

const parse = (fixture: Fixture, body: unknown) =>
  parseResponse({ status: fixture.response.status, headers: fixture.response.headers, body }, fixture.options);

describe("fixture corpus", () => {
  test("is labelled, sourced and named after its files", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(60);
    for (const f of fixtures) {
      expect(["documented", "observed", "inferred"], f.file).toContain(f.label);
      expect(f.source.length, f.file).toBeGreaterThan(10);
      expect(`${f.id}.json`).toBe(f.file);
    }
  });

  test("covers every research fixture W1-W17 and every example of the vendor page", () => {
    const ids = fixtures.map((f) => f.id);
    for (let w = 1; w <= 17; w += 1) {
      expect(
        ids.some((id) => id.startsWith(`W${String(w).padStart(2, "0")}`)),
        `W${w}`,
      ).toBe(true);
    }
    const documentedStatuses = fixtures
      .filter((f) => f.label === "documented" && f.response.status !== 200)
      .map((f) => f.response.status);
    for (const status of [400, 401, 403, 422, 429, 500, 502]) expect(documentedStatuses).toContain(status);
    expect(ids).toContain("W09-doc-business-failure-prose");
  });

  test.each(fixtures.map((f) => [f.id, f] as const))("%s", (_id, fixture) => {
    const result = parse(fixture, wireBody(fixture));
    const { expect: want } = fixture;
    if (want.ok) {
      expect(result.isOk(), result.isErr() ? `${result.error.category} ${result.error.message}` : "").toBe(true);
      expect(result._unsafeUnwrap()).toEqual(want.value);
      return;
    }
    expect(result.isErr()).toBe(true);
    const error = result._unsafeUnwrapErr();
    expect(error.vendor).toBe(VENDOR);
    for (const field of ERROR_FIELDS) {
      if (field in want) expect(error[field], field).toEqual(want[field] ?? undefined);
    }
    expect(error.retryable).toBe(isRetryableCategory(error.category));
    expect(NormalizedErrorJsonSchema.safeParse(error.toJSON()).success).toBe(true);
    for (const banned of (want.userMessageExcludes as string[] | undefined) ?? [])
      expect(error.userMessage).not.toContain(banned);
    for (const banned of (want.messageExcludes as string[] | undefined) ?? [])
      expect(error.message).not.toContain(banned);
    if ("partialData" in want) {
      expect(partialDataOf(error)).toEqual(want.partialData);
      expect((error.raw as { data?: unknown } | unknown[]) ?? {}).toBeTruthy();
    }
    if ("rawErrorCount" in want)
      expect((error.raw as { errors: unknown[] }).errors).toHaveLength(want.rawErrorCount as number);
  });

  test.each(fixtures.filter((f) => typeof f.response.body !== "string").map((f) => [f.id, f] as const))(
    "%s: a parsed body normalizes exactly like its wire text",
    (_id, fixture) => {
      const fromText = parse(fixture, wireBody(fixture));
      const fromObject = parse(fixture, fixture.response.body);
      expect(fromObject.isOk()).toBe(fromText.isOk());
      if (fromText.isErr()) expect(fromObject._unsafeUnwrapErr().toJSON()).toEqual(fromText.error.toJSON());
      else expect(fromObject._unsafeUnwrap()).toEqual(fromText.value);
    },
  );
});
