import { fc } from "@fast-check/vitest";
import { ACTIONS, CATEGORIES, type NormalizedErrorInit } from "@errnorm/core";

export const reasonArb = fc.stringMatching(/^[A-Z][A-Z0-9_]{0,30}$/);

/** Any init a vendor adapter could produce, including unicode and long text. */
export const initArb: fc.Arbitrary<NormalizedErrorInit> = fc.record(
  {
    vendor: fc.constantFrom("talentlms", "talview", "acme"),
    category: fc.constantFrom(...CATEGORIES),
    reason: reasonArb,
    message: fc.string({ maxLength: 1_500, unit: "grapheme" }),
    status: fc.oneof(fc.constant(0), fc.integer({ min: 100, max: 599 })),
    retryAfterMs: fc.nat({ max: 10_000_000 }),
    action: fc.constantFrom(...ACTIONS),
    traceId: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() === s && s !== ""),
    userMessage: fc.string({ minLength: 1, maxLength: 200 }).filter((s) => s.trim() !== ""),
    vendorCode: fc.stringMatching(/^[a-z0-9_-]{1,20}$/),
    rateLimit: fc.record({ limit: fc.nat(), remaining: fc.nat(), resetAt: fc.nat() }, { requiredKeys: [] }),
    fieldErrors: fc.array(
      fc.record({ field: fc.stringMatching(/^[a-z_]{1,10}$/), message: fc.stringMatching(/^[A-Za-z ]{1,30}$/) }),
      { minLength: 1, maxLength: 5 },
    ),
    operation: fc.stringMatching(/^[a-z_]{1,20}$/),
    raw: fc.jsonValue({ maxDepth: 3 }),
    attempts: fc.integer({ min: 1, max: 10 }),
  },
  { requiredKeys: ["vendor", "category", "reason", "message", "status"] },
);
