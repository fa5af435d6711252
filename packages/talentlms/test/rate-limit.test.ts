import { createThrottle } from "@errnorm/core";
import { describe, expect, it } from "vitest";
import { parseResponse, readRateLimitInfo, TALENTLMS_RATE_LIMITS } from "../src/index.js";

describe("TALENTLMS_RATE_LIMITS", () => {
  it("holds the documented limits: 200 calls per 5 s, 2,000 or 10,000 per hour, no wait headers", () => {
    expect(TALENTLMS_RATE_LIMITS.burst).toEqual({ limit: 200, intervalMs: 5_000 });
    expect(TALENTLMS_RATE_LIMITS.hourlyByPlan).toEqual([2_000, 10_000]);
    expect(TALENTLMS_RATE_LIMITS.hourlyIntervalMs).toBe(3_600_000);
    expect(TALENTLMS_RATE_LIMITS.sendsRetryAfter).toBe(false);
    expect(Object.isFrozen(TALENTLMS_RATE_LIMITS.burst)).toBe(true);
  });

  it("is what a 429 without Retry-After tells the developer", () => {
    const { burst, hourlyByPlan } = TALENTLMS_RATE_LIMITS;
    const result = parseResponse({ status: 429, body: "" });
    expect(result.isErr() && result.error.message).toContain(
      `(documented limits: ${burst.limit} calls per ${burst.intervalMs / 1000} s, ${hourlyByPlan.join(" or ")} per hour by plan)`,
    );
  });

  it("plugs straight into core's createThrottle", () => {
    expect(() => createThrottle(TALENTLMS_RATE_LIMITS.burst)).not.toThrow();
  });
});

describe("readRateLimitInfo", () => {
  it("reads the headers of a success, so callers can slow down before a 429", () => {
    const headers = new Headers({ "X-RateLimit-Limit": "2000", "X-RateLimit-Remaining": "5" });
    expect(parseResponse({ status: 200, headers, body: "{}" }).isOk()).toBe(true);
    expect(readRateLimitInfo({ headers })).toEqual({ limit: 2000, remaining: 5, source: "headers", exhausted: false });
  });

  it("marks an exhausted window and invents no reset time", () => {
    const info = readRateLimitInfo({ headers: { "x-ratelimit-limit": "200", "x-ratelimit-remaining": "0" } });
    expect(info).toEqual({ limit: 200, remaining: 0, source: "headers", exhausted: true });
    expect(info?.paceMs).toBeUndefined();
  });

  it("reads v1's GET /ratelimit body and paces the remaining calls until the reset", () => {
    const now = 1_700_000_000_000 - 60_000;
    const body = '{"limit":"2000","remaining":120,"reset":"1700000000","formatted_reset":"14/11/2023"}';
    expect(readRateLimitInfo({ body }, now)).toEqual({
      limit: 2000,
      remaining: 120,
      resetAt: 1_700_000_000_000,
      source: "body",
      exhausted: false,
      paceMs: 500,
    });
    expect(readRateLimitInfo({ body: { limit: 2000, remaining: 0, reset: 1_700_000_000 } }, now)?.paceMs).toBe(60_000);
  });

  it("says nothing when the response says nothing, and never throws", () => {
    expect(readRateLimitInfo({ headers: {}, body: '{"_data":[]}' })).toBeUndefined();
    expect(readRateLimitInfo({})).toBeUndefined();
    expect(
      readRateLimitInfo(
        new Proxy(
          {},
          {
            get: () => {
              throw new Error("boom");
            },
          },
        ),
      ),
    ).toBeUndefined();
    expect(readRateLimitInfo({ headers: { "X-RateLimit-Remaining": "-4" } })).toBeUndefined();
  });
});
