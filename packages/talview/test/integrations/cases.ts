// The Talview failures every integration is tested on, provoked from the testkit emulator (payloads labelled in
// testkit's talview/messages.ts). Expectations follow the README's category table.
import type { Category } from "@errnorm/core";
import { TALVIEW_LOGICAL_CODES, type TalviewEmulator } from "@errnorm/testkit";
import { BOOK, SLOTS } from "./clients.js";

export interface TalviewCase {
  readonly name: string;
  readonly query: string;
  readonly variables?: Record<string, unknown>;
  readonly mutation?: boolean;
  /** `"valid"` (default) sends a fresh token, a string sends that token, `false` none. */
  readonly token?: "valid" | string | false;
  readonly arrange?: (emulator: TalviewEmulator) => void;
  readonly expected: {
    readonly category: Category;
    readonly reason: string;
    readonly retryable: boolean;
    readonly status: number;
    readonly retryAfterMs?: number;
  };
}

const booking = { query: BOOK, variables: { external_id: "cand-1", slot_id: "slot-1" }, mutation: true } as const;

const DOCUMENTED: readonly TalviewCase[] = (
  [
    [400, "invalid_request", "BAD_REQUEST", false],
    [401, "authentication", "UNAUTHENTICATED", false],
    [403, "authentication", "TOKEN_EXPIRED", false],
    [422, "business_rule", "UNPROCESSABLE_ENTITY", false],
    [429, "rate_limited", "RATE_LIMITED", true],
    [500, "server", "INTERNAL_SERVER_ERROR", true],
    [502, "unavailable", "BAD_GATEWAY", true],
  ] as const
).map(([status, category, reason, retryable]) => ({
  name: `documented bare body at ${status}`,
  query: SLOTS,
  arrange: (e: TalviewEmulator) => e.failNext(1, { type: "documented", status }),
  expected: { category, reason, retryable, status },
}));

/** The category of each logical code (README: VALIDATION_ERROR is invalid input, BOOKING_NOT_FOUND not found). */
const BUSINESS_CATEGORY = {
  VALIDATION_ERROR: "invalid_request",
  SLOT_UNAVAILABLE: "business_rule",
  BOOKING_NOT_FOUND: "not_found",
  RESCHEDULE_NOT_ALLOWED: "business_rule",
  PAYMENT_REQUIRED: "business_rule",
  IDENTITY_VERIFICATION_FAILED: "business_rule",
} as const satisfies Record<(typeof TALVIEW_LOGICAL_CODES)[number], Category>;

const BUSINESS: readonly TalviewCase[] = TALVIEW_LOGICAL_CODES.map((code) => ({
  name: `success: false ${code} at 200`,
  ...booking,
  arrange: (e: TalviewEmulator) => e.failNext(1, { business: code }),
  expected: { category: BUSINESS_CATEGORY[code], reason: code, retryable: false, status: 200 },
}));

export const TALVIEW_CASES: readonly TalviewCase[] = [
  ...DOCUMENTED,
  {
    name: "429 with Retry-After",
    query: SLOTS,
    arrange: (e) => e.failNext(1, { type: "rateLimited", retryAfterSeconds: 3 }),
    expected: { category: "rate_limited", reason: "RATE_LIMITED", retryable: true, status: 429, retryAfterMs: 3000 },
  },
  {
    name: "Hasura invalid-jwt at 200",
    query: SLOTS,
    token: "not-a-jwt",
    expected: { category: "authentication", reason: "INVALID_JWT", retryable: false, status: 200 },
  },
  {
    name: "Hasura validation-failed at 200",
    query: BOOK,
    variables: { slot_id: "slot-1" },
    mutation: true,
    expected: { category: "invalid_request", reason: "VALIDATION_FAILED", retryable: false, status: 200 },
  },
  {
    name: "Hasura constraint-violation at 200",
    ...booking,
    arrange: (e) =>
      e.failNext(1, {
        type: "graphqlError",
        message: 'Uniqueness violation. duplicate key value violates unique constraint "booking_pkey"',
        extensions: { path: "$.selectionSet.booking_create", code: "constraint-violation" },
      }),
    expected: { category: "conflict", reason: "UNIQUENESS_VIOLATION", retryable: false, status: 200 },
  },
  ...BUSINESS,
];
