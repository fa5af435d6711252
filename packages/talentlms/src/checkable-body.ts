import { field } from "@errnorm/core/adapter";

const TEXTUAL = /^(?:text\/|application\/(?:[\w.+-]*\+)?(?:json|xml|x-www-form-urlencoded)\b)/i;

/**
 * `true` when a success's body is worth reading for an error: text or JSON, or no content type at all. Binary
 * downloads and streams pass through unread (the API answers JSON; a file is the caller's business).
 */
export const isTextualType = (contentType: string | undefined): boolean =>
  contentType === undefined || contentType.trim() === "" || TEXTUAL.test(contentType.trim());

/** `true` for a body a client already decoded to text or JSON; `false` for bytes, blobs and streams. */
export const isDecodedBody = (data: unknown): boolean => {
  if (data === null || typeof data !== "object") return true;
  if (data instanceof ArrayBuffer || ArrayBuffer.isView(data)) return false;
  if (typeof Blob !== "undefined" && data instanceof Blob) return false;
  return typeof field(data, "pipe") !== "function" && typeof field(data, "getReader") !== "function";
};
