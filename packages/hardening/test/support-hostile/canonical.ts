// The one check every hostile output must pass: a real, canonical, bounded, printable NormalizedError.
import { inspect } from "node:util";
import { isNormalizedError, LIMITS, type NormalizedError } from "@errnorm/core";
import { wellFormed } from "@errnorm/core/internal/text";
import { NormalizedErrorJsonSchema } from "@errnorm/core/json";
import type { Result } from "neverthrow";
import { expect } from "vitest";
import { ERROR_JSON_CAP, RAW_STRING_CAP } from "./caps.js";

/** Walks `raw` and fails on a value deeper, wider or longer than LIMITS allow, or that JSON cannot carry. */
const expectRawBounded = (value: unknown, depth = 0): void => {
  if (typeof value === "string") {
    expect(value.length, "a string in raw").toBeLessThanOrEqual(RAW_STRING_CAP);
    expect(wellFormed(value) === value, "a string in raw is well-formed UTF-16").toBe(true);
    return;
  }
  if (value === null || typeof value === "boolean") return;
  if (typeof value === "number") {
    expect(Number.isFinite(value), "a number in raw is finite").toBe(true);
    return;
  }
  expect(typeof value, "raw holds only JSON values").toBe("object");
  expect(depth, "raw depth").toBeLessThanOrEqual(LIMITS.rawDepth);
  expect(Object.isFrozen(value), "raw is frozen").toBe(true);
  const children = Array.isArray(value) ? value : Object.values(value as object);
  expect(children.length, "entries of one container in raw").toBeLessThanOrEqual(LIMITS.rawEntries);
  for (const child of children) expectRawBounded(child, depth + 1);
};

/** Fails unless `value` is a NormalizedError that validates, stays within the caps and prints without throwing. */
export const expectCanonical = (value: unknown): NormalizedError => {
  expect(isNormalizedError(value), "a NormalizedError").toBe(true);
  const error = value as NormalizedError;
  const parsed = NormalizedErrorJsonSchema.safeParse(error.toJSON());
  if (!parsed.success) expect.fail(`toJSON() does not validate: ${parsed.error.message}`);
  const text = JSON.stringify(error);
  expect(NormalizedErrorJsonSchema.safeParse(JSON.parse(text)).success, "the JSON text validates too").toBe(true);
  expect(text.length, "JSON.stringify(err).length").toBeLessThanOrEqual(ERROR_JSON_CAP);
  expect(error.message.length).toBeLessThanOrEqual(LIMITS.messageLength);
  expect(error.userMessage.length).toBeLessThanOrEqual(LIMITS.userMessageLength);
  if (error.raw !== undefined) expectRawBounded(error.raw);
  String(error);
  inspect(error, { depth: Infinity, showHidden: true });
  JSON.stringify(error.toProblemDetails());
  return error;
};

/** Fails unless a parseResponse result is a Result: ok(anything), or err(canonical error). */
export const expectResult = (result: Result<unknown, NormalizedError>): void => {
  expect(typeof result?.isErr, "a neverthrow Result").toBe("function");
  if (result.isErr()) expectCanonical(result.error);
};

/** What was thrown, as text, even when it is a Proxy that throws on every trap. */
export const describeThrown = (thrown: unknown): string => {
  try {
    return thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : `${typeof thrown}: ${String(thrown)}`;
  } catch {
    return `an unprintable ${typeof thrown} (a Proxy that throws on every trap?)`;
  }
};

/**
 * Runs an adapter call and turns anything it throws into a plain Error: a thrown hostile Proxy would otherwise
 * reach vitest, which cannot serialise it and kills the worker.
 */
export const mustNotThrow = <T>(label: string, run: () => T): T => {
  try {
    return run();
  } catch (thrown) {
    throw new Error(`${label} threw ${describeThrown(thrown)}`);
  }
};
