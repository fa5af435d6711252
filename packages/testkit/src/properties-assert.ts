import fc from "fast-check";

const safely = (describe: () => string, fallback: string): string => {
  try {
    return describe();
  } catch {
    return fallback;
  }
};

/**
 * Runs a property and, when it fails, throws one error that says what failed (the check's own message), with
 * the counterexample and the seed to replay it. Counterexamples that cannot be printed (a throwing Proxy) are named
 * as such rather than breaking the report.
 */
export const assertProperty = <T>(property: fc.IProperty<T>, parameters: fc.Parameters<T>): void => {
  const details = fc.check(property, parameters);
  if (!details.failed) return;
  const cause = details.errorInstance;
  const why = safely(
    () => (cause instanceof Error ? cause.message : String(cause)),
    "(an error that cannot be printed)",
  );
  const example = safely(() => fc.stringify(details.counterexample), "(a value that cannot be printed)");
  throw new Error(
    `${why}\nCounterexample: ${example.slice(0, 2_000)}\nReplay: { seed: ${details.seed}, path: ${JSON.stringify(details.counterexamplePath)} }`,
    { cause },
  );
};
