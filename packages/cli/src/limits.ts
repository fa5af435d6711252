/** Input caps of the CLI, documented in the README. Reads stop at the cap instead of exhausting memory. */
export const CLI_LIMITS = {
  /** Largest input `explain` reads (a body or a raw response): 16 MiB, core's JSON parse limit. */
  explainBytes: 16 * 1024 * 1024,
  /** Largest HAR file `har` reads: 256 MiB, well under V8's longest string. */
  harBytes: 256 * 1024 * 1024,
  /** Longest response body taken from one HAR entry (decoded); the rest is cut. */
  harBodyChars: 16 * 1024 * 1024,
  /** Longest request or response body parsed only to learn secrets (tokens in JSON) from it. */
  secretScanChars: 1024 * 1024,
  /** Malformed HAR entries described one by one; beyond this only counted. */
  describedProblems: 20,
} as const;
