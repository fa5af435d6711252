import { describe, expect, test } from "vitest";
import { cleanVendorMessage, INTERNAL_DETAIL_PATTERN, parseResponse, TALVIEW_MESSAGE_RULES } from "../src/index.js";

/** Inputs shaped to make a backtracking pattern explode, 100 KB each (the parser cuts earlier still). */
const ADVERSARIAL = [
  "token ".repeat(20_000),
  `token${" ".repeat(100_000)}`,
  `violates ${"a-".repeat(50_000)}`,
  `wrong username ${" ".repeat(100_000)}`,
  `missing '${"'".repeat(100_000)}`,
  `[${"A_".repeat(50_000)}`,
  `${"A".repeat(100_000)}!`,
  "SLOT_UNAVAILABLE:".repeat(6_000),
];

describe("every pattern is linear", () => {
  test.each(TALVIEW_MESSAGE_RULES.map((r) => [r.reason, r.pattern] as const))("message rule %s", (_reason, pattern) => {
    const started = performance.now();
    for (const input of ADVERSARIAL) pattern.test(input);
    expect(performance.now() - started).toBeLessThan(250);
  });

  test("the internal-detail pattern and the code prefix cleaning", () => {
    const started = performance.now();
    for (const input of ADVERSARIAL) {
      INTERNAL_DETAIL_PATTERN.test(input);
      cleanVendorMessage(input);
      parseResponse({ status: 200, body: { data: { op: { success: false, error_message: input } } } });
    }
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
