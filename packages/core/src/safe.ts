/** Property access that survives throwing getters and hostile Proxies. */
export const safeGet = (value: unknown, key: PropertyKey): unknown => {
  if (value === null || (typeof value !== "object" && typeof value !== "function")) return undefined;
  try {
    return (value as Record<PropertyKey, unknown>)[key];
  } catch {
    return undefined;
  }
};

export const safeKeys = (value: object): string[] => {
  try {
    return Object.keys(value);
  } catch {
    return [];
  }
};

export const isObjectLike = (value: unknown): value is object => value !== null && typeof value === "object";

export const safeIsArray = (value: unknown): value is unknown[] => {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
};

/** The first `max` items of an array (`[]` for anything else), each read safely. */
export const itemsOf = (value: unknown, max: number): unknown[] => {
  if (!safeIsArray(value)) return [];
  const length = Math.min(Number(safeGet(value, "length")) || 0, max);
  const out: unknown[] = [];
  for (let i = 0; i < length; i += 1) out.push(safeGet(value, i));
  return out;
};

/** Defines a key on a plain object without ever touching a prototype (`__proto__` stays data). */
export const defineEntry = (target: Record<string, unknown>, key: string, value: unknown): void => {
  if (key === "__proto__")
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
};

/** A non-array object (plain JSON object, class instance or Proxy). */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  isObjectLike(value) && !safeIsArray(value);

/** Freezes a value and everything in it, so exported tables and kept bodies cannot change at run time. */
export const deepFreeze = <T>(value: T): T => {
  if (isObjectLike(value) && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
};
