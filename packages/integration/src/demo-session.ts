import type { Category, NormalizedError } from "@errnorm/core";
import { DEMO_CASES, type DemoCase, type DemoEnv } from "./demo-cases.js";

/** One line of the demo's main table. */
export interface DemoRow {
  readonly case: DemoCase;
  /** `undefined` when the call unexpectedly succeeded. */
  readonly error: NormalizedError | undefined;
  /** The category matches `case.expected`. */
  readonly asExpected: boolean;
}

/** Runs the scripted cases one after another (faults are scripted per call, so order matters). */
export const runDemoSession = async (env: DemoEnv, cases: readonly DemoCase[] = DEMO_CASES): Promise<DemoRow[]> => {
  const rows: DemoRow[] = [];
  for (const demoCase of cases) {
    const result = await demoCase.run(env);
    const error = result.isErr() ? result.error : undefined;
    rows.push({ case: demoCase, error, asExpected: error?.category === demoCase.expected });
  }
  return rows;
};

/** The categories the rows show, in first-seen order. */
export const categoriesShown = (rows: readonly DemoRow[]): Set<Category> =>
  new Set(rows.flatMap((row) => (row.error ? [row.error.category] : [])));
