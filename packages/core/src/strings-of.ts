/**
 * The strings among the first `max` items of a caller's iterable (secrets, personal-data keys). A non-iterable gives
 * nothing; a hostile iterator (one that throws, or never ends) gives what it yielded before. Never throws.
 */
export const stringsOf = (values: unknown, max: number): string[] => {
  if (values === null || typeof values !== "object" || !(Symbol.iterator in values)) return [];
  const out: string[] = [];
  let read = 0;
  try {
    for (const value of values as Iterable<unknown>) {
      if (typeof value === "string") out.push(value);
      if ((read += 1) >= max) break;
    }
  } catch {
    // keep what was read
  }
  return out;
};
