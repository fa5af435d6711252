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

/** The first `max` items of an array-like, read safely. */
export const items = (value: unknown, max: number): unknown[] => {
  if (!isList(value)) return [];
  const length = Math.min(Number(get(value, "length")) || 0, max);
  const out: unknown[] = [];
  for (let i = 0; i < length; i += 1) out.push(get(value, i));
  return out;
};

/** The first `max` own keys, read safely. */
export const keysOf = (value: object, max: number): string[] => {
  try {
    return Object.keys(value).slice(0, max);
  } catch {
    return [];
  }
};

/** A non-empty string, or `undefined`. Numbers become their decimal text (trace ids, codes). */
export const text = (value: unknown): string | undefined => {
  if (typeof value === "string") return value === "" ? undefined : value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return undefined;
};

/** Recursively freezes a table so the exported data cannot be changed at runtime. */
export const frozen = <T>(value: T): T => {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) frozen((value as Record<string, unknown>)[key]);
  }
  return value;
};
