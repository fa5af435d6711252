import type { ErrorJson, ExplanationJson, HarSummaryJson } from "./protocol.js";

/** One vendor error as a table row. */
export interface Row {
  /** The HAR entry (from 1), or 1 for a single response. */
  readonly index: number;
  readonly vendor: string;
  readonly method: string;
  /** The GraphQL operation or REST action with the URL path (no query string), or the path alone. */
  readonly where: string;
  readonly status: number;
  readonly error: ErrorJson;
}

/** A row's place: `operation (path)`, the operation or the path when only one is known. */
export const whereOf = (operation: string | undefined, path: string): string =>
  operation === undefined || operation === "" ? path : path === "" ? operation : `${operation} (${path})`;

/** One row per failure of `errnorm har`, in HAR order. */
export const harRows = (summary: HarSummaryJson): Row[] =>
  summary.failures.map((f) => ({
    index: f.index,
    vendor: f.vendor,
    method: f.method,
    where: whereOf(f.error.operation, f.path),
    status: f.status,
    error: f.error,
  }));

/** The one row of `errnorm explain`, or none for a success. */
export const explanationRows = (explanation: ExplanationJson): Row[] =>
  explanation.error === undefined
    ? []
    : [
        {
          index: 1,
          vendor: explanation.vendor,
          method: "",
          where: whereOf(explanation.error.operation, ""),
          status: explanation.status,
          error: explanation.error,
        },
      ];

/** Errors per vendor and category, in the order of `categories` (core's `CATEGORIES`), as the CLI counts them. */
export const categoryCounts = (
  rows: readonly Row[],
  categories: readonly string[],
): { vendor: string; category: string; count: number }[] => {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const key = `${row.vendor}\u0000${row.error.category}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const vendors = [...new Set(rows.map((row) => row.vendor))].sort();
  return vendors.flatMap((vendor) =>
    categories
      .filter((category) => counts.has(`${vendor}\u0000${category}`))
      .map((category) => ({ vendor, category, count: counts.get(`${vendor}\u0000${category}`) ?? 0 })),
  );
};
