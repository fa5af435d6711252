/** `[name, value]` header pairs, as read from a raw response, `--header` options or a HAR entry. */
export type HeaderPairs = readonly (readonly [string, string])[];

/** Pairs as a record with lower-case names; repeated headers are joined with ", " (`Set-Cookie` with "\n"). */
export const headerRecord = (pairs: HeaderPairs): Record<string, string> => {
  const record: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [name, value] of pairs) {
    const key = name.toLowerCase();
    const previous = record[key];
    record[key] = previous === undefined ? value : `${previous}${key === "set-cookie" ? "\n" : ", "}${value}`;
  }
  return record;
};

/** `base` with every header named in `overrides` replaced by the override's values. */
export const overrideHeaders = (base: HeaderPairs, overrides: HeaderPairs): HeaderPairs => {
  const replaced = new Set(overrides.map(([name]) => name.toLowerCase()));
  return [...base.filter(([name]) => !replaced.has(name.toLowerCase())), ...overrides];
};
