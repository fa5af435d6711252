import type { Issue } from "./issue.js";
import { get, isRecord, keysOf, text } from "./safe.js";

/** Top-level fields of `data` searched for envelopes when no `operation` is given. */
const MAX_FIELDS = 50;

/** A `{ success, error_message, data }` object: the vendor's mutation and REST result envelope. */
export const isEnvelope = (value: unknown): value is Record<string, unknown> =>
  isRecord(value) && typeof get(value, "success") === "boolean";

const failureOf = (envelope: Record<string, unknown>, operation: string | undefined): Issue => ({
  source: "envelope",
  // Not documented: a separate code field, if Talview ever sends one, beats a code in the prose.
  code: get(envelope, "error_code") ?? get(envelope, "code"),
  message: text(get(envelope, "error_message")) ?? text(get(envelope, "message")) ?? "",
  operation,
});

/**
 * Failed envelopes in a result: the value itself, the `operation` field, or (without `operation`) every
 * top-level field, as the vendor page's best practice 1 says ("check `success` first").
 */
export const envelopeFailures = (container: unknown, operation?: string): Issue[] => {
  if (isEnvelope(container)) return get(container, "success") === false ? [failureOf(container, operation)] : [];
  if (!isRecord(container)) return [];
  if (operation !== undefined) {
    const field = get(container, operation);
    return isEnvelope(field) && get(field, "success") === false ? [failureOf(field, operation)] : [];
  }
  const failures: Issue[] = [];
  for (const key of keysOf(container, MAX_FIELDS)) {
    const field = get(container, key);
    if (isEnvelope(field) && get(field, "success") === false) failures.push(failureOf(field, key));
  }
  return failures;
};

/** The value a caller wants: the envelope's `data`, the `operation` field's (or its envelope's) `data`, else as is. */
export const unwrap = (container: unknown, operation?: string): unknown => {
  if (isEnvelope(container)) return get(container, "data");
  if (operation === undefined) return container;
  const field = get(container, operation);
  return isEnvelope(field) ? get(field, "data") : field;
};
