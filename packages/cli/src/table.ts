import Table from "cli-table3";

/** A table without colours (output is the same on a terminal, in a pipe and in tests). */
export const plainTable = (options: { head?: string[]; colWidths?: number[]; wordWrap?: boolean } = {}): Table.Table =>
  new Table({
    ...(options.head && { head: options.head }),
    ...(options.colWidths && {
      colWidths: options.colWidths,
      wordWrap: options.wordWrap ?? true,
      wrapOnWordBoundary: true,
    }),
    style: { head: [], border: [], compact: true },
  });

/** Longest text shown in one table cell; the rest becomes "…" (the `--json` output has it whole). */
export const MAX_CELL = 2_000;

/** A cell's text: "-" when absent, cut at `MAX_CELL`. */
export const cell = (value: string | undefined, max: number = MAX_CELL): string => {
  if (value === undefined || value === "") return "-";
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
};
