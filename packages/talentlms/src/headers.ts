import { get, isList, isRecord, keysOf } from "./safe.js";

/** Most header entries read; a response with more is not a TalentLMS response anyway. */
const MAX_ENTRIES = 100;

/** Headers after one pass: lookups by lower-case name. Core's `readHeader` calls `get` when there is one. */
export interface HeaderLookup {
  get(name: string): unknown;
}

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
  if (isList(headers))
    return fromEntries(headers.slice(0, MAX_ENTRIES).filter(isList) as unknown as (readonly [unknown, unknown])[]);
  if (isRecord(headers) && typeof get(headers, "get") !== "function") {
    return fromEntries(keysOf(headers, MAX_ENTRIES).map((key) => [key, get(headers, key)] as const));
  }
  return undefined;
};

/**
 * Response headers of any shape (WHATWG `Headers`, a record, `[name, value]` pairs) read once into a map, so the
 * many later lookups (rate limit, Retry-After, nine request-id names) cost one map access each. Values stay as
 * sent (string, list or number): core's `readHeader` bounds and joins them. Anything else is returned unchanged.
 */
export const snapshotHeaders = (headers: unknown): unknown => {
  try {
    const map = toMap(headers);
    return map === undefined
      ? headers
      : ({ get: (name: string) => map.get(name.toLowerCase()) } satisfies HeaderLookup);
  } catch {
    return headers;
  }
};
