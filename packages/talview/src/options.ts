import type { ParseOptions } from "@errnorm/core";

/** Options of `parseResponse`, `checkEnvelope` and `normalizeError`. */
export interface TalviewParseOptions extends ParseOptions {
  /**
   * The top-level field of `data` this call is about (`"booking_create"`): its envelope is checked and its
   * inner `data` returned. Without it every top-level field is checked and `data` is returned whole.
   */
  operation?: string | undefined;
  /** Secret values to scrub from the error (the bearer token you sent, for example). */
  secrets?: Iterable<string> | undefined;
}
