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

/** The options with only well-typed values kept (a hostile object never makes a parse throw). */
export const readOptions = (options: unknown): TalviewParseOptions => {
  if (options === null || typeof options !== "object") return {};
  try {
    const { operation, messages, secrets } = options as Record<string, unknown>;
    return {
      ...(typeof operation === "string" && operation !== "" && { operation }),
      ...(messages !== null &&
        typeof messages === "object" && { messages: messages as TalviewParseOptions["messages"] }),
      ...(secrets !== null &&
        typeof secrets === "object" &&
        Symbol.iterator in secrets && { secrets: secrets as Iterable<string> }),
    };
  } catch {
    return {};
  }
};
