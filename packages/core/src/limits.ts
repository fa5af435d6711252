/** Output caps: every normalized error stays small whatever the vendor sent. Documented in the README. */
export const LIMITS = {
  /** `message`, in UTF-16 code units. */
  messageLength: 1_000,
  /** `userMessage`. */
  userMessageLength: 300,
  /** Any single string inside `raw`. */
  rawStringLength: 2_000,
  /** Nesting depth kept in `raw`; deeper values become "[Truncated]". */
  rawDepth: 8,
  /** Keys kept per object and items per array in `raw`. */
  rawEntries: 50,
  /** All the text kept in `raw` together; past it, strings become "[Truncated]". */
  rawTotalLength: 32_000,
  /** A text (non-JSON) body kept in `raw`. */
  textBody: 2_000,
  /** `fieldErrors` entries. */
  fieldErrors: 50,
  /** Links of a `cause` chain kept. */
  causeDepth: 5,
  /** Longest body we try to parse as JSON; longer text is kept as truncated text. */
  jsonParseLength: 16 * 1024 * 1024,
} as const;
