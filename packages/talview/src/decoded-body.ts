import { field } from "@errnorm/core/adapter";

/** `true` for a body a client already decoded to text or JSON; `false` for bytes, blobs and streams. */
export const isDecodedBody = (data: unknown): boolean => {
  if (data === null || typeof data !== "object") return true;
  if (data instanceof ArrayBuffer || ArrayBuffer.isView(data)) return false;
  if (typeof Blob !== "undefined" && data instanceof Blob) return false;
  return typeof field(data, "pipe") !== "function" && typeof field(data, "getReader") !== "function";
};
