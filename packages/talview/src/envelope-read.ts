import { field, isRecord, keysOf, textOf } from "@errnorm/core/adapter";
import type { Issue } from "./issue.js";

/** Top-level fields of `data` searched for envelopes when no `operation` is given. */
const MAX_FIELDS = 50;

/** A `{ success, error_message, data }` object: the vendor's mutation and REST result envelope. */
export const isEnvelope = (value: unknown): value is Record<string, unknown> =>
  isRecord(value) && typeof field(value, "success") === "boolean";

/** The failure a `success: false` envelope reports, else none. */
const failuresOf = (value: unknown, operation: string | undefined): Issue[] =>
  isRecord(value) && field(value, "success") === false
    ? [
        {
          source: "envelope",
          // Not documented: a separate code field, if Talview ever sends one, beats a code in the prose.
          code: field(value, "error_code") ?? field(value, "code"),
          message: textOf(field(value, "error_message")) ?? textOf(field(value, "message")) ?? "",
          operation,
        },
      ]
    : [];

/**
 * Failed envelopes in a result: the value itself, the `operation` field, or (without `operation`) every
 * top-level field, as the vendor page's best practice 1 says ("check `success` first").
 */
export const envelopeFailures = (container: unknown, operation?: string): Issue[] => {
  if (isEnvelope(container)) return failuresOf(container, operation);
  if (!isRecord(container)) return [];
  const keys = operation !== undefined ? [operation] : keysOf(container, MAX_FIELDS);
  return keys.flatMap((key) => failuresOf(field(container, key), key));
};

/** The value a caller wants: the envelope's `data`, the `operation` field's (or its envelope's) `data`, else as is. */
export const unwrap = (container: unknown, operation?: string): unknown => {
  if (isEnvelope(container)) return field(container, "data");
  if (operation === undefined) return container;
  const entry = field(container, operation);
  return isEnvelope(entry) ? field(entry, "data") : entry;
};
