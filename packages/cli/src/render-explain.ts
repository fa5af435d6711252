import type { NormalizedError, RateLimit } from "@errnorm/core";
import type { Explanation } from "./explain.js";
import { printable } from "./scrub.js";
import { cell, plainTable } from "./table.js";

const duration = (ms: number): string =>
  ms < 1000 ? `${ms} ms` : `${ms} ms (${(ms / 1000).toFixed(ms % 1000 === 0 ? 0 : 1)} s)`;

const rateLimitText = (rateLimit: RateLimit | undefined): string | undefined => {
  if (!rateLimit) return undefined;
  const parts = [
    rateLimit.limit !== undefined ? `limit ${rateLimit.limit}` : undefined,
    rateLimit.remaining !== undefined ? `remaining ${rateLimit.remaining}` : undefined,
    rateLimit.resetAt !== undefined ? `resets ${new Date(rateLimit.resetAt).toISOString()}` : undefined,
  ];
  return parts.filter(Boolean).join(", ");
};

const statusText = (explanation: Explanation): string => {
  const { status, statusSource } = explanation;
  if (statusSource === "assumed") return `${status} (assumed: no status line and no --status)`;
  return statusSource === "option" ? `${status} (--status)` : String(status);
};

const vendorText = (explanation: Explanation): string =>
  explanation.evidence === undefined
    ? `${explanation.vendor} (--vendor)`
    : `${explanation.vendor} (detected: ${explanation.evidence})`;

/** The rows of the explain table, in reading order. */
const rows = (explanation: Explanation, error: NormalizedError): [string, string | undefined][] => [
  ["vendor", vendorText(explanation)],
  ["status", statusText(explanation)],
  ["category", error.category],
  ["retryable", error.retryable ? "yes" : "no"],
  ["retryAfterMs", error.retryAfterMs === undefined ? undefined : duration(error.retryAfterMs)],
  ["action", error.action],
  ["reason", error.reason],
  ["traceId", error.traceId],
  ["userMessage", error.userMessage],
  ["message", error.message],
  ["vendorCode", error.vendorCode],
  ["fieldErrors", error.fieldErrors?.map((f) => `${f.field}: ${f.message}`).join("\n")],
  ["rateLimit", rateLimitText(error.rateLimit)],
  ["operation", error.operation],
];

/** The explain answer as text: a two-column table for an error, one line for a success. */
export const renderExplanation = (explanation: Explanation, columns: number): string => {
  const { error } = explanation;
  if (error === undefined) {
    return `Success: HTTP ${statusText(explanation)} from ${vendorText(explanation)} is not an error; nothing to explain.\n`;
  }
  const valueWidth = Math.max(30, Math.min(columns, 160) - 19);
  const table = plainTable({ colWidths: [16, valueWidth] });
  for (const [name, value] of rows(explanation, error)) table.push([name, printable(cell(value))]);
  return `${printable(`${error.vendor} error: ${error.category} (${error.reason})`)}\n${table.toString()}\n`;
};
