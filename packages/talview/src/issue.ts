/** Where an error was found in the response. */
export type IssueSource = "graphql" | "bare" | "rest" | "envelope" | "status";

/** One error as the vendor sent it, before classification. */
export interface Issue {
  readonly source: IssueSource;
  /** `extensions.code`, REST `code`, an envelope's `error_code`, or the HTTP status for `status` issues. */
  readonly code?: unknown;
  readonly message: string;
  /** `extensions.traceId`, verbatim. */
  readonly traceId?: string | undefined;
  /** A `{ field, message }` error's field. */
  readonly field?: string | undefined;
  /** The top-level field of `data` holding a failed envelope. */
  readonly operation?: string | undefined;
}
