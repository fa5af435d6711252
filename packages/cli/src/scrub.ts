import { redactText } from "@errnorm/core/adapter";

// C0 controls but tab and newline, DEL and C1 controls: a body must not drive the reader's terminal.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * Everything the CLI prints passes here last: a control character left in it (DEL and C1 controls survive
 * `JSON.stringify`; a command-line argument may carry ESC) becomes its `\u` escape, so raw binary input never
 * reaches the terminal and JSON output still parses to the same value. Newlines stay.
 */
export const terminalSafe = (text: string): string =>
  text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

/** Text safe to print: known secret values and secret-looking fragments removed, terminal controls replaced. */
export const printable = (text: string, secrets?: ReadonlySet<string>): string =>
  redactText(text, secrets).replace(CONTROL, "\uFFFD");

/** A JSON-ready value with every string passed through `redactText` (keys and structure unchanged). */
export const scrubStrings = (value: unknown, secrets: ReadonlySet<string>): unknown => {
  if (typeof value === "string") return redactText(value, secrets);
  if (Array.isArray(value)) return value.map((item) => scrubStrings(item, secrets));
  if (typeof value === "object" && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value))
      Object.defineProperty(out, key, {
        value: scrubStrings(child, secrets),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    return out;
  }
  return value;
};
