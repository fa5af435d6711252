import { isObjectLike, isRecord, safeGet, safeIsArray, safeKeys } from "../safe.js";

// Readers for untrusted vendor bodies: every one survives throwing getters, Proxies and cycles, and is bounded.

export { isRecord };

/** `value[key]`, or `undefined` when `value` is not an object or the read throws. */
export const field = (value: unknown, key: PropertyKey): unknown => safeGet(value, key);

/** An array (never throws on a revoked Proxy). */
export const isList = (value: unknown): value is unknown[] => safeIsArray(value);

/** The first `max` own keys of an object. */
export const keysOf = (value: unknown, max: number): string[] =>
  isObjectLike(value) ? safeKeys(value).slice(0, max) : [];

/** The first `max` items of an array. */
export const itemsOf = (value: unknown, max: number): unknown[] => {
  if (!safeIsArray(value)) return [];
  const length = Math.min(Number(safeGet(value, "length")) || 0, max);
  const out: unknown[] = [];
  for (let i = 0; i < length; i += 1) out.push(safeGet(value, i));
  return out;
};

/** A string with something other than spaces in it, else `undefined`; finite numbers as decimal text (codes, ids). */
export const textOf = (value: unknown): string | undefined => {
  if (typeof value === "string") return value.trim() === "" ? undefined : value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return undefined;
};
