import { field, isRecord, keysOf, textOf } from "@errnorm/core/adapter";
import type { Issue } from "./issue.js";

/** Top-level fields of `data` searched for envelopes when no `operation` is given. */
const MAX_FIELDS = 50;

/** A `{ success, error_message, data }` object: the vendor's mutation and REST result envelope. */
export const isEnvelope = (value: unknown): value is Record<string, unknown> =>
  isRecord(value) && typeof field(value, "success") === "boolean";

const failureOf = (envelope: Record<string, unknown>, operation: string | undefined): Issue => ({
  source: "envelope",
  // Not documented: a separate code field, if Talview ever sends one, beats a code in the prose.
  code: field(envelope, "error_code") ?? field(envelope, "code"),
  message: textOf(field(envelope, "error_message")) ?? textOf(field(envelope, "message")) ?? "",
  operation,
});

/**
 * Failed envelopes in a result: the value itself, the `operation` field, or (without `operation`) every
 * top-level field, as the vendor page's best practice 1 says ("check `success` first").
 */
export const envelopeFailures = (container: unknown, operation?: string): Issue[] => {
  if (isEnvelope(container)) return field(container, "success") === false ? [failureOf(container, operation)] : [];
  if (!isRecord(container)) return [];
  if (operation !== undefined) {
    const entry = field(container, operation);
    return isEnvelope(entry) && field(entry, "success") === false ? [failureOf(entry, operation)] : [];
  }
  const failures: Issue[] = [];
  for (const key of keysOf(container, MAX_FIELDS)) {
    const entry = field(container, key);
    if (isEnvelope(entry) && field(entry, "success") === false) failures.push(failureOf(entry, key));
  }
  return failures;
};

/** The value a caller wants: the envelope's `data`, the `operation` field's (or its envelope's) `data`, else as is. */
export const unwrap = (container: unknown, operation?: string): unknown => {
  if (isEnvelope(container)) return field(container, "data");
  if (operation === undefined) return container;
  const entry = field(container, operation);
  return isEnvelope(entry) ? field(entry, "data") : entry;
};
