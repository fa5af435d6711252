import { describeFixtures, loadFixtures } from "@errnorm/testkit/fixtures";
import { describe, expect, it } from "vitest";
import { parseResponse, readRateLimitInfo, VENDOR } from "@errnorm/talentlms";
import { TALENTLMS_STATUS_TABLE, TALENTLMS_SUCCESS_STATUSES } from "@errnorm/talentlms/tables";

const fixtures = loadFixtures(new URL("./fixtures/", import.meta.url));

/** Fixed clock for `readRateLimitInfo` (paceMs depends on it). */
const NOW = 1_699_999_000_000;

describe("fixture corpus", () => {
  it("holds every research fixture T1–T18", () => {
    const ids = new Set(fixtures.map((f) => f.id.replace(/[a-z]$/, "")));
    for (let n = 1; n <= 18; n += 1) expect(ids, `T${n}`).toContain(`T${n}`);
  });

  it("holds every documented status, error and success", () => {
    const statuses = new Set(fixtures.map((f) => f.response.status));
    for (const status of [...Object.keys(TALENTLMS_STATUS_TABLE).map(Number), ...TALENTLMS_SUCCESS_STATUSES]) {
      expect(statuses, `HTTP ${status}`).toContain(status);
    }
  });

  it("has at least 40 cases", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(40);
  });
});

// Exhaustive: a TalentLMS fixture lists every field that has a value (the userMessage is the category's default
// unless it says otherwise). Each runs as fetch, a byte-oriented client and axios hold it.
describeFixtures(fixtures, {
  vendor: VENDOR,
  exhaustive: true,
  run: (fixture, response) => parseResponse(response, fixture.request),
  check: (fixture, result, response) => {
    const info = fixture.extra?.rateLimitInfo;
    if (info !== undefined) expect(readRateLimitInfo(response, NOW)).toEqual(info);
    if (result.isErr() && fixture.response.body !== "") expect((result.error as { raw?: unknown }).raw).toBeDefined();
  },
});
