import type { ParseOptions } from "@errnorm/core";

/** What `parseResponse` and `normalizeError` accept. */
export interface QuillpadOptions extends ParseOptions {
  /** The request URL: a `?api_key=` in it is scrubbed from the error. */
  url?: string | URL | undefined;
  /** The REST action, kept as the error's `operation` (`notes.create`). */
  operation?: string | undefined;
}
