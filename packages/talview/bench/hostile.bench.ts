// Hostile-input speed, against baselines measured in the same run: a typical small error, and JSON.parse of the
// same text. Inputs are shaped to make backtracking patterns explode (every pattern's own linearity is checked in
// packages/hardening/test/redos.test.ts).
import { bench, describe } from "vitest";
import { importPacked } from "../../../test-support/packed-import.js";

// The packed dist, as users import it (`pnpm bench` packs first).
const { parseResponse } = await importPacked<typeof import("@errnorm/talview")>("@errnorm/talview");

const ADVERSARIAL = [
  "token ".repeat(20_000),
  `token${" ".repeat(100_000)}`,
  `violates ${"a-".repeat(50_000)}`,
  `wrong username ${" ".repeat(100_000)}`,
  `missing '${"'".repeat(100_000)}`,
  `[${"A_".repeat(50_000)}`,
  `${"A".repeat(100_000)}!`,
  "SLOT_UNAVAILABLE:".repeat(6_000),
  "SLOT_UNAVAILABLE".repeat(70_000),
  `token ${" ".repeat(1_000_000)}x`,
  "Uniqueness violation".repeat(50_000),
];
const envelope = (message: string) => ({ data: { op: { success: false, error_message: message } } });
const coded = (message: string) => ({ errors: [{ message, extensions: { code: "constraint-violation" } }] });
const TEN_MB_HTML = `<html>${"x".repeat(10 * 1024 * 1024)}`;
const TYPICAL = envelope("SLOT_UNAVAILABLE: No available slots for selected date");

describe("adversarial vendor messages (11 inputs, 100 KB to 1 MB)", () => {
  bench("baseline: 11 typical envelope failures", () => {
    for (let i = 0; i < ADVERSARIAL.length; i += 1) parseResponse({ status: 200, body: TYPICAL });
  });
  bench("parseResponse, success-envelope placement", () => {
    for (const message of ADVERSARIAL) parseResponse({ status: 200, body: envelope(message) });
  });
  bench("parseResponse, GraphQL errors placement", () => {
    for (const message of ADVERSARIAL) parseResponse({ status: 200, body: coded(message) });
  });
});

describe("a 10 MB HTML body", () => {
  bench("baseline: String.prototype.indexOf over it", () => {
    TEN_MB_HTML.indexOf("</html>");
  });
  bench("parseResponse", () => {
    parseResponse({ status: 502, body: TEN_MB_HTML });
  });
});
