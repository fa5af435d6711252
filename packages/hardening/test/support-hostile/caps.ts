// Size caps of one NormalizedError, derived from core's LIMITS (the numbers the README documents).
import { LIMITS } from "@errnorm/core";

/** JSON.stringify writes one UTF-16 code unit as at most 6 characters (`\u001f`). */
export const JSON_ESCAPE = 6;

/** Caps core applies to fields LIMITS does not name (see packages/core/src/error.ts). */
const FIELD_CAPS = {
  vendor: 64,
  reason: 100,
  traceId: 200,
  vendorCode: 100,
  operation: 200,
  fieldName: 200,
  causeName: 100,
} as const;

/** Keys, punctuation, numbers, booleans, enums, rate limit: generous room for everything of fixed size. */
const FIXED_OVERHEAD = 1_024;

/** Every field of the wire object except `raw`, at its cap and fully escaped. */
export const FIELDS_JSON_CAP =
  FIXED_OVERHEAD +
  JSON_ESCAPE *
    (LIMITS.messageLength + // message
      LIMITS.userMessageLength + // userMessage
      FIELD_CAPS.vendor +
      FIELD_CAPS.reason +
      FIELD_CAPS.traceId +
      FIELD_CAPS.vendorCode +
      FIELD_CAPS.operation +
      FIELD_CAPS.causeName +
      LIMITS.messageLength + // cause.message
      LIMITS.fieldErrors * (FIELD_CAPS.fieldName + LIMITS.userMessageLength + 32));

/**
 * What `raw` may take: as much as one object of `rawEntries` strings of `rawStringLength` each, escaped.
 * LIMITS caps depth, entries per container, string length and a non-JSON body, but not the total: the only bound
 * they imply is about (rawEntries * 20 containers) * rawEntries * rawStringLength = 100 M characters, far too
 * large to mean anything. This is the bound a caller of an error path can live with.
 */
export const RAW_JSON_CAP = JSON_ESCAPE * LIMITS.rawEntries * LIMITS.rawStringLength;

/** `JSON.stringify(err).length` never exceeds this (about 0.78 M characters with the current LIMITS). */
export const ERROR_JSON_CAP = FIELDS_JSON_CAP + RAW_JSON_CAP;

/** The longest string `raw` may hold: a JSON string value, or a whole non-JSON body. */
export const RAW_STRING_CAP = Math.max(LIMITS.rawStringLength, LIMITS.textBody);
