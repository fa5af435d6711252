/** Property access that survives throwing getters and hostile Proxies. */
export const get = (value: unknown, key: PropertyKey): unknown => {
  if (value === null || (typeof value !== "object" && typeof value !== "function")) return undefined;
  try {
    return (value as Record<PropertyKey, unknown>)[key];
  } catch {
    return undefined;
  }
};

/** A non-array object (plain JSON object, class instance or Proxy). */
export const isRecord = (value: unknown): value is Record<string, unknown> => {
  if (value === null || typeof value !== "object") return false;
  try {
    return !Array.isArray(value);
  } catch {
    return false;
  }
};

export const isList = (value: unknown): value is readonly unknown[] => {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
};

/** The first `max` own keys, read safely. */
export const keysOf = (value: object, max: number): string[] => {
  try {
    return Object.keys(value).slice(0, max);
  } catch {
    return [];
  }
};

/** A string with something in it, or `undefined`. */
export const nonEmptyText = (value: unknown): string | undefined =>
  typeof value === "string" && value.trim() !== "" ? value : undefined;

/** Recursively freezes a table so the exported data cannot be changed at runtime. */
export const frozen = <T>(value: T): T => {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) frozen((value as Record<string, unknown>)[key]);
  }
  return value;
};
