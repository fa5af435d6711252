import { DEFAULT_USER_MESSAGES, type HttpResponseLike } from "@errnorm/core";
import { NormalizedErrorJsonSchema } from "@errnorm/core/json";
import { describe, expect, it } from "vitest";
import { parseResponse, readRateLimitInfo, TALENTLMS_STATUS_TABLE, TALENTLMS_SUCCESS_STATUSES } from "../src/index.js";
import { bodyText, type Fixture, loadFixtures } from "./support/fixtures.js";

const fixtures = loadFixtures();

/** Fixed clock for `readRateLimitInfo` (paceMs depends on it). */
const NOW = 1_699_999_000_000;

interface Variant {
  readonly name: string;
  readonly response: HttpResponseLike;
}

/** The same response the way fetch (text, `Headers`), a byte-oriented client and axios (parsed JSON) hold it. */
const variants = (f: Fixture): Variant[] => {
  const text = bodyText(f);
  const list: Variant[] = [
    { name: "text body, Headers", response: { status: f.status, headers: new Headers(f.headers), body: text } },
    {
      name: "bytes body, record headers",
      response: { status: f.status, headers: f.headers, body: new TextEncoder().encode(text) },
    },
  ];
  if (typeof f.body !== "string")
    list.push({ name: "parsed JSON body (axios)", response: { status: f.status, headers: f.headers, body: f.body } });
  return list;
};

describe("fixture corpus", () => {
  it("holds every research fixture T1–T18", () => {
    const ids = new Set(fixtures.map((f) => f.id.replace(/[a-z]$/, "")));
    for (let n = 1; n <= 18; n += 1) expect(ids, `T${n}`).toContain(`T${n}`);
  });

  it("holds every documented status, error and success", () => {
    const statuses = new Set(fixtures.map((f) => f.status));
    for (const status of [...Object.keys(TALENTLMS_STATUS_TABLE).map(Number), ...TALENTLMS_SUCCESS_STATUSES]) {
      expect(statuses, `HTTP ${status}`).toContain(status);
    }
  });

  it("labels every fixture documented, observed or inferred, with a source, and keeps ids unique", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(40);
    for (const f of fixtures) {
      expect(["documented", "observed", "inferred"], f.file).toContain(f.label);
      expect(f.source.length, f.file).toBeGreaterThan(5);
      expect(typeof f.status, f.file).toBe("number");
      expect(typeof f.expect.ok, f.file).toBe("boolean");
      if (!f.expect.ok) expect(f.expect.reason, f.file).toMatch(/^[A-Z][A-Z0-9_]*$/);
    }
    expect(new Set(fixtures.map((f) => f.id)).size).toBe(fixtures.length);
  });
});

describe.each(fixtures)("$file [$label] HTTP $status", (f) => {
  const options = f.request?.url === undefined ? undefined : { url: f.request.url };

  it.each(variants(f))("$name", ({ response }) => {
    const result = parseResponse(response, options);
    const want = f.expect;
    if (want.ok) {
      expect(result.isOk(), result.isErr() ? result.error.message : "").toBe(true);
      if (result.isOk()) expect(result.value).toEqual(want.empty ? undefined : want.value);
    } else {
      expect(result.isErr()).toBe(true);
      if (!result.isErr()) return;
      const e = result.error;
      expect(NormalizedErrorJsonSchema.safeParse(e.toJSON()).success).toBe(true);
      expect({
        vendor: e.vendor,
        status: e.status,
        category: e.category,
        reason: e.reason,
        action: e.action,
        retryable: e.retryable,
        vendorCode: e.vendorCode,
        userMessage: e.userMessage,
        retryAfterMs: e.retryAfterMs,
        rateLimit: e.rateLimit,
        traceId: e.traceId,
        fieldErrors: e.fieldErrors,
      }).toEqual({
        vendor: "talentlms",
        status: f.status,
        category: want.category,
        reason: want.reason,
        action: want.action,
        retryable: want.retryable,
        vendorCode: want.vendorCode,
        // The vendor's text only where the fixture says so; otherwise the category's safe default.
        userMessage: want.userMessage ?? DEFAULT_USER_MESSAGES[e.category],
        retryAfterMs: want.retryAfterMs ?? undefined,
        rateLimit: want.rateLimit,
        traceId: want.traceId,
        fieldErrors: want.fieldErrors,
      });
      if (want.message !== undefined) expect(e.message).toBe(want.message);
      for (const part of want.messageIncludes ?? []) expect(e.message).toContain(part);
      if (bodyText(f) !== "") expect(e.raw).toBeDefined();
    }
    if (want.rateLimitInfo !== undefined) expect(readRateLimitInfo(response, NOW)).toEqual(want.rateLimitInfo);
  });
});
