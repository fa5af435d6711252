// Hostile-input speed, against a baseline measured in the same run: JSON.parse of the same text is the floor any
// parser pays; parseResponse should stay near it (message rules read only the first 500 characters).
import { bench, describe } from "vitest";
import { importPacked } from "../../../test-support/packed-import.js";
import { matchMessageRule } from "@errnorm/talentlms/tables";

// The packed dist, as users import it (`pnpm bench` packs first).
const { parseResponse } = await importPacked<typeof import("@errnorm/talentlms")>("@errnorm/talentlms");

const TEN_MB = JSON.stringify({
  error: { type: "invalid_request_error", message: `The requested user ${"x".repeat(10_000_000)}` },
});
const HUGE_MESSAGE = `the requested ${"a".repeat(5_000_000)} does not exist`;
const SHORT_MESSAGE = "The requested user does not exist";

describe("a 10 MB error body", () => {
  bench("baseline: JSON.parse of the same text", () => {
    JSON.parse(TEN_MB);
  });
  bench("parseResponse", () => {
    parseResponse({ status: 404, body: TEN_MB });
  });
});

describe("a 5 MB vendor message", () => {
  bench("baseline: matchMessageRule of a 33-character message", () => {
    matchMessageRule(SHORT_MESSAGE);
  });
  bench("matchMessageRule", () => {
    matchMessageRule(HUGE_MESSAGE);
  });
});
