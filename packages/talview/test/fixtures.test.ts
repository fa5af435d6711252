import { describeFixtures, loadFixtures } from "@errnorm/testkit/fixtures";
import type { NormalizedError } from "@errnorm/core";
import { describe, expect, test } from "vitest";
import { parseResponse, partialDataOf, VENDOR } from "@errnorm/talview";

const fixtures = loadFixtures(new URL("./fixtures/", import.meta.url));

describe("fixture corpus", () => {
  test("is named after its files", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(60);
    for (const f of fixtures) expect(`${f.id}.json`).toBe(f.file);
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
});

// Talview fixtures name the fields that matter to each case; every form of the body (wire text, bytes, parsed
// JSON) must give the same answer.
describeFixtures(fixtures, {
  vendor: VENDOR,
  run: (fixture, response) => parseResponse(response, fixture.request),
  check: (fixture, result) => {
    if (!result.isErr()) return;
    const error = result.error as NormalizedError;
    if (fixture.extra && "partialData" in fixture.extra)
      expect(partialDataOf(error)).toEqual(fixture.extra.partialData);
    if (fixture.extra && "rawErrorCount" in fixture.extra)
      expect((error.raw as { errors: unknown[] }).errors).toHaveLength(fixture.extra.rawErrorCount as number);
  },
});
