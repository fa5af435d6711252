import { CATEGORIES } from "@errnorm/core";
import Table from "cli-table3";
import type { ActionRow } from "./demo-actions.js";
import { categoriesShown, type DemoRow } from "./demo-session.js";
import type { RateLimitRunStats } from "./rate-limit-run.js";

const style = (tty: boolean, compact = false) => ({ head: tty ? ["cyan"] : [], border: tty ? ["grey"] : [], compact });

const duration = (ms: number): string => (ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`);

/** Fixed widths of the error table's columns; the userMessage column takes what is left of the terminal. */
const FIXED = [4, 11, 38, 6, 17, 7, 22, 17] as const;

/** The error table: one row per case, then the categories shown and what the blanks mean. */
export const renderErrorTable = (
  rows: readonly DemoRow[],
  options: { columns?: number | undefined; tty?: boolean } = {},
): string => {
  const used = FIXED.reduce((sum, width) => sum + width + 1, 1);
  const messageWidth = Math.max(30, Math.min(60, (options.columns ?? 180) - used - 1));
  const table = new Table({
    head: ["#", "vendor", "scenario (client)", "HTTP", "category", "retry", "action", "traceId", "userMessage"],
    colWidths: [...FIXED, messageWidth],
    wordWrap: true,
    style: style(options.tty ?? false, true),
  });
  rows.forEach((row, index) => {
    const error = row.error;
    table.push([
      `${row.asExpected ? "" : "✗"}${index + 1}`,
      row.case.vendor,
      `${row.case.scenario} (${row.case.client})`,
      error ? (error.status === 0 ? "none" : String(error.status)) : "-",
      error ? error.category : `ok, expected ${row.case.expected}`,
      error ? (error.retryable ? "yes" : "no") : "-",
      error?.action ?? "-",
      error?.traceId ?? "-",
      error?.userMessage ?? "-",
    ]);
  });
  const shown = categoriesShown(rows);
  const missing = CATEGORIES.filter((category) => !shown.has(category));
  const notes = [
    `Categories shown: ${shown.size} of ${CATEGORIES.length}${missing.length > 0 ? ` (missing: ${missing.join(", ")})` : ""}.`,
    'HTTP "none": no response reached the client (timeout, dropped connection, refused port, abort).',
    'traceId "-": no response, or Apollo Client returned the data without its response headers (row with apollo).',
  ];
  for (const note of notes) table.push([{ colSpan: FIXED.length + 1, content: note }]);
  return table.toString();
};

/** The "acting on errors" table. */
export const renderActionTable = (rows: readonly ActionRow[], tty = false): string => {
  const table = new Table({
    head: ["what the SDK does", "result", "what the emulator saw", "time"],
    colWidths: [58, 40, 38, 10],
    wordWrap: true,
    style: style(tty),
  });
  for (const row of rows) table.push([row.what, row.outcome, row.seen, duration(row.ms)]);
  return table.toString();
};

/** One rate-limit run, labelled. */
export interface RateLimitLine {
  readonly label: string;
  readonly stats: RateLimitRunStats;
}

/** The rate-limit table: requests sent, 429s seen, retries, requests lost and time, per run. */
export const renderRateLimitTable = (
  lines: readonly RateLimitLine[],
  limit: { readonly limit: number; readonly intervalMs: number },
  tty = false,
): string => {
  const table = new Table({
    wordWrap: true,
    head: ["run", "requests", "sent", "429s seen", "retries", "succeeded", "lost", "time"],
    colWidths: [42, 10, 8, 11, 9, 11, 8, 9],
    colAligns: ["left", "right", "right", "right", "right", "right", "right", "right"],
    style: style(tty),
  });
  for (const { label, stats } of lines) {
    table.push([
      label,
      stats.requests,
      stats.sent,
      stats.rateLimited,
      stats.retries,
      stats.succeeded,
      stats.lost,
      duration(stats.elapsedMs),
    ]);
  }
  const notes = [
    '"sent" counts retries; "lost": still failing after withRetry\'s 3 attempts.',
    `The throttle gives a slot back a window after its request is answered, so no latency jitter can put more than the limit into one of the server's windows; withRetry would absorb a stray 429. Without the throttle, retries alone cannot outwait a window that sends no Retry-After.`,
    `Fastest schedule the limit allows: ${duration((Math.ceil((lines[0]?.stats.requests ?? 0) / limit.limit) - 1) * limit.intervalMs)} for ${lines[0]?.stats.requests ?? 0} requests (the first ${limit.limit} at once, then ${limit.limit} per ${limit.intervalMs} ms).`,
  ];
  for (const note of notes) table.push([{ colSpan: 8, content: note }]);
  return table.toString();
};
