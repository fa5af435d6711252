// Every way a NormalizedError can be printed, logged or sent, and where a seeded secret shows up in them.
import { inspect } from "node:util";
import type { NormalizedError } from "@errnorm/core";

/** The outputs issue 6 names, by the expression that produces them. */
export const outputsOf = (error: NormalizedError): Record<string, string> => ({
  "JSON.stringify(err)": JSON.stringify(error),
  "String(err)": String(error),
  "util.inspect(err, { depth: Infinity })": inspect(error, { depth: Infinity }),
  "util.inspect(err, { depth: Infinity, showHidden: true })": inspect(error, { depth: Infinity, showHidden: true }),
  "JSON.stringify(err.toProblemDetails())": JSON.stringify(error.toProblemDetails()),
  "err.userMessage": error.userMessage,
  "JSON.stringify(err.raw)": JSON.stringify(error.raw) ?? "",
  "err.stack": error.stack ?? "",
});

/** The outputs (by name) that contain `value`, each with a short excerpt around it (empty when none does). */
export const appearancesIn = (outputs: Readonly<Record<string, string>>, value: string): string[] =>
  Object.entries(outputs).flatMap(([where, text]) => {
    const at = text.indexOf(value);
    return at < 0 ? [] : [`${where}: …${text.slice(Math.max(0, at - 60), at + value.length + 20)}…`];
  });

/** The outputs that contain `secret`, each with a short excerpt around it (empty when nothing leaks). */
export const leaksOf = (error: NormalizedError, secret: string): string[] => appearancesIn(outputsOf(error), secret);
