// Safe accessors come from core; these are the local names this package's files use.
export { deepFreeze as frozen, safeGet as get, isRecord, safeIsArray as isList } from "@errnorm/core";
import { safeKeys } from "@errnorm/core/internal/safe";

/** The first `max` own keys, read safely. */
export const keysOf = (value: object, max: number): string[] => safeKeys(value).slice(0, max);

/** A string with something in it, or `undefined`. */
export const nonEmptyText = (value: unknown): string | undefined =>
  typeof value === "string" && value.trim() !== "" ? value : undefined;
