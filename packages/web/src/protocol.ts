// Messages between the page and its worker. Everything the page shows arrives here already scrubbed.
import type { NormalizedErrorJson } from "@errnorm/core";

/** What the page asks the worker to explain: a dropped or chosen file, or pasted text. */
export type Job = (
  { readonly kind: "file"; readonly file: File } | { readonly kind: "text"; readonly text: string }
) & {
  /** `host=vendor` mappings, as `errnorm har --vendor-host` takes them. */
  readonly vendorHosts: readonly string[];
  /** For a single response: the vendor (detected when left out) and the status (from the status line, else 200). */
  readonly vendor?: string | undefined;
  readonly status?: number | undefined;
};

/** How far a job has come. */
export type Stage = "reading" | "parsing" | "normalizing";

/** A `NormalizedError` on the wire (`toJSON()`), as the CLI prints it with `--json`. */
export type ErrorJson = NormalizedErrorJson;

/** `errnorm har --json`: counts, and each failure with its error (secrets learned from the HAR scrubbed). */
export interface HarSummaryJson {
  readonly entries: number;
  readonly calls: number;
  readonly skipped: { readonly otherHosts: number; readonly notApi: number; readonly malformed: number };
  readonly problems: readonly string[];
  readonly vendors: Readonly<
    Record<
      string,
      {
        readonly calls: number;
        readonly ok: number;
        readonly errors: number;
        readonly categories: Readonly<Record<string, number>>;
      }
    >
  >;
  readonly failures: readonly {
    readonly index: number;
    readonly time: string | null;
    readonly vendor: string;
    readonly method: string;
    readonly path: string;
    readonly status: number;
    readonly error: ErrorJson;
  }[];
}

/** `errnorm explain --json`, with what the table adds: how the vendor and the status were found. */
export interface ExplanationJson {
  readonly vendor: string;
  readonly evidence: string | undefined;
  readonly status: number;
  readonly statusSource: string;
  /** `undefined` for a success. */
  readonly error: ErrorJson | undefined;
}

/** What the worker tells the page. */
export type Reply =
  | { readonly kind: "ready"; readonly vendors: readonly string[] }
  | { readonly kind: "progress"; readonly stage: Stage; readonly done: number; readonly total: number }
  | { readonly kind: "har"; readonly summary: HarSummaryJson }
  | { readonly kind: "explanation"; readonly explanation: ExplanationJson }
  | { readonly kind: "failed"; readonly message: string };
