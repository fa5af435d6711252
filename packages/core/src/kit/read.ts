import { isObjectLike, isRecord, itemsOf, safeGet, safeIsArray, safeKeys } from "../safe.js";

// Readers for untrusted vendor bodies: every one survives throwing getters, Proxies and cycles, and is bounded.

export { isRecord, itemsOf };

/** `value[key]`, or `undefined` when `value` is not an object or the read throws. */
export const field = (value: unknown, key: PropertyKey): unknown => safeGet(value, key);

/** An array (never throws on a revoked Proxy). */
export const isList = (value: unknown): value is unknown[] => safeIsArray(value);

/** The first `max` own keys of an object. */
export const keysOf = (value: unknown, max: number): string[] =>
  isObjectLike(value) ? safeKeys(value).slice(0, max) : [];

/** A string with something other than spaces in it, else `undefined`; finite numbers as decimal text (codes, ids). */
export const textOf = (value: unknown): string | undefined => {
  if (typeof value === "string") return value.trim() === "" ? undefined : value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return undefined;
};
