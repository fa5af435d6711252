import { field, isList } from "@errnorm/core/adapter";

/**
 * Makes an axios instance keep each response's body text as received (axios parses JSON before any interceptor
 * runs, and `null` or `"1"` would no longer read as the body the server sent): a first `transformResponse` notes
 * the text under the request config axios passes it as `this`, which is the `config` of the response and the
 * error. A request with its own `transformResponse` replaces the instance's, and is read as parsed. Returns the
 * lookup.
 */
export const keepRawBodies = (instance: unknown): ((config: unknown) => string | undefined) => {
  const raw = new WeakMap<object, string>();
  const defaults = field(instance, "defaults");
  const current = field(defaults, "transformResponse");
  function note(this: unknown, data: unknown): unknown {
    if (typeof data === "string" && typeof this === "object" && this !== null) raw.set(this, data);
    return data;
  }
  if (typeof defaults === "object" && defaults !== null) {
    const rest = isList(current) ? current : typeof current === "function" ? [current] : [];
    (defaults as { transformResponse: unknown }).transformResponse = [note, ...rest];
  }
  return (config) => (typeof config === "object" && config !== null ? raw.get(config) : undefined);
};
