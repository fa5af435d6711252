import { fc } from "@fast-check/vitest";
import {
  GRAPHQL_SERVER_CODE_TABLE,
  HASURA_CODE_TABLE,
  TALVIEW_LOGICAL_CODES,
  TALVIEW_STATUS_TABLE,
} from "../../src/reference-tables.js";

export const LOGICAL_CODES = Object.keys(TALVIEW_LOGICAL_CODES) as (keyof typeof TALVIEW_LOGICAL_CODES)[];
export const HASURA_CODES = Object.keys(HASURA_CODE_TABLE);
export const STATUS_CODES = Object.keys(TALVIEW_STATUS_TABLE).map(Number);

/** Words that trigger no message rule, no redaction pattern and no code detection: plain vendor prose. */
const WORDS = [
  "No",
  "available",
  "slots",
  "for",
  "the",
  "selected",
  "date",
  "Your",
  "booking",
  "cannot",
  "be",
  "moved",
  "now",
  "please",
  "choose",
  "another",
  "time",
  "exam",
  "fee",
  "is",
  "due",
  "photo",
  "does",
  "not",
  "match",
  "ID",
  "card",
  "réservation",
  "日付",
  "🙂",
  "10:00",
  "24",
  "hours",
  "window",
  "closed",
  "—",
  ",",
  ".",
  "(2/3)",
  "Ünïcödé",
];

/**
 * Vendor prose: 1..20 words, at most 300 characters, never starting with a code or with a code separator
 * (`:`, `|`, `-`, `–`, `—`): in "CODE — text" the dash belongs to the separator, by design.
 */
export const prose = fc
  .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 20 })
  .map((words) => words.join(" "))
  .filter((p) => /^[^A-Z:|\u2013\u2014-]|^[A-Z][a-z]/.test(p) && p.length <= 300);

/** An UPPER_SNAKE code no table knows: a "new" logical code. */
export const unknownCode = fc
  .tuple(fc.stringMatching(/^[A-Z]{2,10}$/), fc.stringMatching(/^[A-Z]{2,10}$/))
  .map(([a, b]) => `${a}_${b}`)
  .filter((c) => !(c in TALVIEW_LOGICAL_CODES) && !(c in GRAPHQL_SERVER_CODE_TABLE));

/** A trace id as a vendor could send it: no surrounding whitespace, well-formed, at most 200 characters. */
export const traceId = fc
  .string({ minLength: 1, maxLength: 200, unit: "binary" })
  .filter((s) => s === s.trim() && (s as string & { isWellFormed(): boolean }).isWellFormed());

const anyCode = fc.oneof(
  fc.integer({ min: 100, max: 999 }),
  fc.constantFrom(...HASURA_CODES, ...LOGICAL_CODES, ...Object.keys(GRAPHQL_SERVER_CODE_TABLE)),
  fc.string(),
  fc.constantFrom(null, true, "403", " 422 "),
);

const message = fc.oneof(
  fc.string(),
  prose,
  fc.constantFrom(
    "Token has expired",
    "Could not verify JWT: JWTExpired",
    "Wrong username/password",
    "Uniqueness violation. x",
    "SLOT_UNAVAILABLE: gone",
  ),
);

const graphqlError = fc.record(
  {
    message,
    extensions: fc.record(
      { code: anyCode, traceId: fc.oneof(fc.string(), fc.integer()), path: fc.string() },
      { requiredKeys: [] },
    ),
    field: fc.string(),
  },
  { requiredKeys: [] },
);

const envelope = fc.record(
  { success: fc.boolean(), error_message: fc.option(message), data: fc.jsonValue() },
  { requiredKeys: ["success"] },
);

/** Bodies in the vendor's shapes (and broken variants of them). */
export const talviewBody = fc.oneof(
  fc.record(
    {
      errors: fc.oneof(fc.array(graphqlError, { maxLength: 4 }), graphqlError, fc.anything()),
      data: fc.option(fc.dictionary(fc.string(), fc.oneof(envelope, fc.jsonValue()))),
    },
    { requiredKeys: [] },
  ),
  fc.record(
    { extensions: fc.record({ code: anyCode, traceId: fc.string() }, { requiredKeys: [] }), message },
    { requiredKeys: [] },
  ),
  fc.record({ data: fc.dictionary(fc.string(), fc.oneof(envelope, fc.jsonValue())) }),
  fc.dictionary(fc.string(), envelope),
  envelope,
  fc.record({ path: fc.constant("$"), error: message, code: anyCode }, { requiredKeys: ["error"] }),
  fc.array(
    fc.record({ data: fc.jsonValue(), errors: fc.array(graphqlError, { maxLength: 2 }) }, { requiredKeys: [] }),
    { maxLength: 3 },
  ),
);

/** Any body at all: vendor shapes, any JSON, JSON text, any text, any value. */
export const anyBody = fc.oneof(
  talviewBody,
  talviewBody.map((b) => JSON.stringify(b)),
  fc.jsonValue(),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.string(),
  fc.anything(),
);

export const anyStatus = fc.oneof(
  fc.constantFrom(200, 201, 204, 400, 401, 403, 404, 409, 422, 429, 500, 502, 503, 504),
  fc.integer({ min: -5, max: 1200 }),
  fc.anything(),
);

/** Deterministic headers (Retry-After as seconds: an HTTP-date would depend on the clock). */
export const anyHeaders = fc.option(
  fc.record(
    {
      "retry-after": fc.nat({ max: 100_000 }).map(String),
      "x-request-id": fc.string(),
      "x-ratelimit-remaining": fc.nat().map(String),
      "content-type": fc.constantFrom("application/json", "text/html"),
    },
    { requiredKeys: [] },
  ),
);
