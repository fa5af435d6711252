import { redactText } from "@errnorm/core/internal/redact";

// C0 controls but tab and newline, DEL and C1 controls: a body must not drive the reader's terminal.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

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
