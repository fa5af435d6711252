/** A key lower-cased with separators removed (`X-API-Key` becomes `xapikey`); only its first 100 characters count. */
export const normalizeKey = (key: string): string =>
  key
    .slice(0, 100)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");

/**
 * A test for keys that contain one of `fragments` or are one of `exact` (both normalized). Answers are remembered,
 * bounded: vendors reuse a handful of keys, so the error path stays cheap.
 */
export const keyMatcher = (fragments: readonly string[], exact: readonly string[]): ((key: string) => boolean) => {
  const cache = new Map<string, boolean>();
  return (key) => {
    let found = cache.get(key);
    if (found === undefined) {
      const k = normalizeKey(key);
      found = exact.includes(k) || fragments.some((f) => k.includes(f));
      if (key.length <= 100) {
        if (cache.size >= 1_000) cache.clear();
        cache.set(key, found);
      }
    }
    return found;
  };
};
