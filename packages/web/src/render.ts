import { CATEGORIES } from "@errnorm/core";
import { byId, el, textRow } from "./dom.js";
import type { ExplanationJson, HarSummaryJson } from "./protocol.js";
import { categoryCounts, type Row } from "./rows.js";

/** Rows drawn at once; "Show more" draws the next ones (a HAR can hold thousands of failures). */
export const ROWS_PER_PAGE = 500;

const ROW_HEADINGS = [
  "#",
  "vendor",
  "method",
  "operation / path",
  "status",
  "category",
  "reason",
  "retryable",
  "action",
  "traceId",
  "userMessage",
] as const;

const rowCells = (row: Row): string[] => [
  String(row.index),
  row.vendor,
  row.method,
  row.where,
  String(row.status),
  row.error.category,
  row.error.reason,
  row.error.retryable ? "yes" : "no",
  row.error.action,
  row.error.traceId ?? "",
  row.error.userMessage,
];

/** The overview line of a HAR, with the counts `errnorm har` prints. */
export const harOverview = (summary: HarSummaryJson): string => {
  const { otherHosts, notApi, malformed } = summary.skipped;
  return (
    `HAR: ${summary.entries} entries, ${summary.calls} TalentLMS/Talview API calls, ${summary.failures.length} errors ` +
    `(left out: ${otherHosts} other hosts, ${notApi} not API calls, ${malformed} malformed)`
  );
};

/** The overview line of a single response. */
export const explanationOverview = (explanation: ExplanationJson): string => {
  const how = explanation.evidence === undefined ? "chosen" : `detected: ${explanation.evidence}`;
  const status = explanation.statusSource === "assumed" ? `${explanation.status} (assumed)` : `${explanation.status}`;
  return explanation.error === undefined
    ? `Success: HTTP ${status} from ${explanation.vendor} (${how}) is not an error; nothing to explain.`
    : `One ${explanation.vendor} error (${how}), HTTP ${status}.`;
};

/** Calls per vendor (HAR only) and errors per category. */
export const renderSummary = (rows: readonly Row[], summary: HarSummaryJson | undefined): void => {
  const vendors = byId<HTMLTableElement>("vendors");
  vendors.replaceChildren();
  if (summary) {
    vendors.append(textRow(["vendor", "calls", "ok", "errors"], "th"));
    for (const [name, counts] of Object.entries(summary.vendors))
      if (counts.calls > 0) vendors.append(textRow([name, counts.calls, counts.ok, counts.errors]));
  }
  const categories = byId<HTMLTableElement>("categories");
  categories.replaceChildren();
  const counts = categoryCounts(rows, CATEGORIES);
  if (counts.length > 0) categories.append(textRow(["vendor", "category", "errors"], "th"));
  for (const { vendor, category, count } of counts) categories.append(textRow([vendor, category, count]));
};

/** Draws the table head and the rows from `from` up to a page further; returns how many are drawn. */
export const renderRows = (
  rows: readonly Row[],
  from: number,
  onSelect: (row: Row, tr: HTMLElement) => void,
): number => {
  const table = byId<HTMLTableElement>("failures");
  if (from === 0) {
    table.replaceChildren(el("thead"), el("tbody"));
    table.tHead?.append(textRow(ROW_HEADINGS, "th"));
  }
  const body = table.tBodies[0];
  const to = Math.min(rows.length, from + ROWS_PER_PAGE);
  for (const row of rows.slice(from, to)) {
    const tr = textRow(rowCells(row));
    tr.tabIndex = 0;
    tr.dataset["category"] = row.error.category;
    tr.addEventListener("click", () => onSelect(row, tr));
    tr.addEventListener("keydown", (event) => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        onSelect(row, tr);
      }
    });
    body?.append(tr);
  }
  return to;
};
