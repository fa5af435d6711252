import { isRecord, safeGet, safeIsArray, safeKeys } from "../safe.js";

/** Most header entries read; a response with more is not a vendor's API response anyway. */
const MAX_ENTRIES = 100;

const fromEntries = (entries: Iterable<readonly [unknown, unknown]>): Map<string, unknown> => {
  const map = new Map<string, unknown>();
  for (const [name, value] of entries) {
    if (map.size >= MAX_ENTRIES) break;
    if (typeof name !== "string") continue;
    const key = name.toLowerCase();
    if (!map.has(key)) map.set(key, value);
  }
  return map;
};

const toMap = (headers: unknown): Map<string, unknown> | undefined => {
  if (typeof Headers !== "undefined" && headers instanceof Headers) return fromEntries(headers);
  if (safeIsArray(headers))
    return fromEntries(headers.slice(0, MAX_ENTRIES).filter(safeIsArray) as unknown as (readonly [unknown, unknown])[]);
  if (isRecord(headers) && typeof safeGet(headers, "get") !== "function") {
    return fromEntries(
      safeKeys(headers)
        .slice(0, MAX_ENTRIES)
        .map((key) => [key, safeGet(headers, key)] as const),
    );
  }
  return undefined;
};

/**
 * Response headers of any shape (WHATWG `Headers`, a record, `[name, value]` pairs) read once into a lookup, so the
 * later reads (rate limit, Retry-After, the request-id names) cost one map access each. Values stay as sent;
 * `readHeader` bounds and joins them. Anything else is returned unchanged. Never throws.
 */
export const snapshotHeaders = (headers: unknown): unknown => {
  try {
    const map = toMap(headers);
    return map === undefined ? headers : { get: (name: string) => map.get(name.toLowerCase()) };
  } catch {
    return headers;
  }
};
