/** Exit codes of `errnorm`: the contract scripts rely on. */
export const EXIT_CODES = {
  /** No error found (a success, or a HAR without failures). */
  ok: 0,
  /** At least one error found. */
  errorsFound: 1,
  /** Bad input or usage: unreadable file, invalid JSON or HAR, unknown vendor, bad option. */
  badInput: 2,
} as const;

/** One of the exit codes in `EXIT_CODES`. */
export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];
