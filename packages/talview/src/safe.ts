// Safe accessors come from core; these are the local names this package's files use.
export { deepFreeze as frozen, safeGet as get, isRecord, safeIsArray as isList } from "@errnorm/core";
import { safeGet as get, safeIsArray as isList, safeKeys } from "@errnorm/core/internal/safe";

/** The first `max` own keys, read safely. */
export const keysOf = (value: object, max: number): string[] => safeKeys(value).slice(0, max);

/** The first `max` items of an array-like, read safely. */
export const items = (value: unknown, max: number): unknown[] => {
  if (!isList(value)) return [];
  const length = Math.min(Number(get(value, "length")) || 0, max);
  const out: unknown[] = [];
  for (let i = 0; i < length; i += 1) out.push(get(value, i));
  return out;
};

/** A non-empty string, or `undefined`. Numbers become their decimal text (trace ids, codes). */
export const text = (value: unknown): string | undefined => {
  if (typeof value === "string") return value === "" ? undefined : value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return undefined;
};
