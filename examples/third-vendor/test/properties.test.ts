import { fc, test } from "@fast-check/vitest";
import { describeAdapterProperties } from "@errnorm/testkit/properties";
import { expect } from "vitest";
import {
  CODE_RULES,
  FALLBACK_RULES,
  normalizeError,
  parseResponse,
  POLICY_EXCEPTIONS,
  STATUS_RULES,
  VENDOR,
} from "../src/index.js";

const CODES = Object.keys(CODE_RULES) as (keyof typeof CODE_RULES)[];

/** Quillpad's two placements of a code: the `error` object of a failed request, and a batch's `errors` list. */
const place = (code: string | number, placement: string, status: number) => ({
  status,
  body:
    placement === "error"
      ? { error: { code, message: "something went wrong" } }
      : { results: [], errors: [{ code, message: "something went wrong" }] },
});

// The generic checks of @errnorm/testkit/properties: never throws, rules agree with CATEGORY_POLICY (or say why),
// one reason one meaning, valid errors for any input, and the same code gives the same category anywhere.
describeAdapterProperties({
  vendor: VENDOR,
  parseResponse,
  normalizeError,
  tables: { STATUS_RULES, CODE_RULES, FALLBACK_RULES },
  policyExceptions: POLICY_EXCEPTIONS,
  codePlacements: { codes: CODES, placements: ["error", "batch"], statuses: [200, 400, 404, 500, 503], place },
  bodies: fc.record({
    error: fc.record({ code: fc.constantFrom(...CODES), message: fc.string() }, { requiredKeys: [] }),
  }),
});

// Quillpad's own invariant: a known code decides, whatever the status says.
test.prop([fc.constantFrom(...CODES), fc.integer({ min: 400, max: 599 })])(
  "a known code gives its table's category and reason at any error status",
  (code, status) => {
    const error = parseResponse(place(code, "error", status))._unsafeUnwrapErr();
    expect([error.category, error.reason]).toEqual([CODE_RULES[code].category, CODE_RULES[code].reason]);
  },
);
