import type { RuleTable, TableRule } from "./properties-types.js";

/** The shape of a reason: `UPPER_SNAKE`. */
export const UPPER_SNAKE = /^[A-Z][A-Z0-9_]*$/;

/** One rule of a table, named for failure messages (`TALVIEW_STATUS_TABLE[401]`). */
export interface NamedRule {
  readonly where: string;
  readonly rule: TableRule;
}

const isRule = (value: unknown): value is TableRule =>
  value !== null &&
  typeof value === "object" &&
  typeof (value as TableRule).category === "string" &&
  typeof (value as TableRule).reason === "string";

/** Every rule of every table, with where it sits; an entry that is not a rule is an error of the table. */
export const rulesOf = (tables: Readonly<Record<string, RuleTable>>): { rules: NamedRule[]; problems: string[] } => {
  const rules: NamedRule[] = [];
  const problems: string[] = [];
  for (const [name, table] of Object.entries(tables)) {
    for (const [key, entry] of Object.entries(table)) {
      const where = `${name}[${JSON.stringify(key)}]`;
      if (isRule(entry)) rules.push({ where, rule: entry });
      else problems.push(`${where} is not a rule ({ category, reason })`);
    }
  }
  return { rules, problems };
};

/** Throws one error that lists every problem, or returns when there is none. */
export const failWith = (check: string, problems: readonly string[]): void => {
  if (problems.length === 0) return;
  const shown = problems.slice(0, 20).map((p) => `  - ${p}`);
  if (problems.length > 20) shown.push(`  … and ${problems.length - 20} more`);
  throw new Error(`${check}: ${problems.length} problem(s)\n${shown.join("\n")}`);
};
