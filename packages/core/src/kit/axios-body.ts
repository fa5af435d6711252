import { field, isList } from "./read.js";

// axios is read by shape: the kit imports no client library.

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

/** `true` for a body a client already decoded to text or JSON; `false` for bytes, blobs and streams. */
export const isDecodedBody = (data: unknown): boolean => {
  if (data === null || typeof data !== "object") return true;
  if (data instanceof ArrayBuffer || ArrayBuffer.isView(data)) return false;
  if (typeof Blob !== "undefined" && data instanceof Blob) return false;
  return typeof field(data, "pipe") !== "function" && typeof field(data, "getReader") !== "function";
};
