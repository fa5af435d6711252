// Every regular expression that ships is found here by parsing the sources (not by a hand-kept list), then run
// on adversarial 1 MB inputs. A pattern built with `new RegExp` cannot be read statically: each such call must
// be covered by a pattern exported at run time and listed in DYNAMIC_PATTERNS below.
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { SECRET_COLLECT_PATTERNS, TEXT_SECRET_PATTERNS } from "@errnorm/core/internal/redact";
import { sourceFiles } from "./source-files.js";

const MB = 1024 * 1024;
// A linear pattern takes 10-300 ms on 1 MB here (a global replace of a million matches is mostly allocation and GC);
// a quadratic one takes minutes. Only a pattern over this budget has its growth measured.
const BUDGET_MS = 500;

interface Found {
  readonly where: string;
  readonly regex: RegExp;
}

const literalRegexes = (): { found: Found[]; dynamic: string[] } => {
  const found: Found[] = [];
  const dynamic: string[] = [];
  for (const file of sourceFiles()) {
    const source = ts.createSourceFile(file.path, file.text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText();
        const slash = text.lastIndexOf("/");
        found.push({ where: `${file.path}:${line}`, regex: new RegExp(text.slice(1, slash), text.slice(slash + 1)) });
      }
      if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "RegExp") {
        const arg = node.arguments?.[0];
        if (arg && ts.isRegularExpressionLiteral(arg)) {
          // new RegExp(/literal/) is already covered by the literal
        } else dynamic.push(`${file.path}:${line}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { found, dynamic };
};

/** Run-time patterns that cover the `new RegExp(...)` calls, by file. */
const DYNAMIC_PATTERNS: Record<string, readonly RegExp[]> = {
  "packages/core/src/redact.ts": [...TEXT_SECRET_PATTERNS.map((p) => p.pattern), ...SECRET_COLLECT_PATTERNS],
};

/** Inputs that make backtracking engines blow up on vulnerable patterns: long runs of what patterns match. */
const adversarialInputs = (regex: RegExp): string[] => {
  const literalChars = regex.source.replace(/\\[dDwWsSbB]|[\\^$.*+?()[\]{}|]/g, "").slice(0, 40) || "a";
  const seeds = [
    "a",
    " ",
    "\t",
    "=",
    "_",
    "-",
    "0",
    "A_",
    "a.",
    '"',
    "{",
    "eyJ",
    "Bearer ",
    "bearer a",
    "api_key=",
    "token=",
    '"password":',
    "x-api-key:",
    "The requested ",
    "already ",
    "\uD800",
    "é",
    literalChars,
  ];
  return seeds.map((seed) => seed.repeat(Math.ceil(MB / seed.length)).slice(0, MB) + "!\n");
};

/** How much slower 8x the input may be: linear is about 8x (more with many replacements and GC), quadratic 64x. */
const MAX_GROWTH = 40;

const timeOne = (regex: RegExp, input: string): number => {
  const copy = new RegExp(regex.source, regex.flags);
  const started = performance.now();
  if (copy.global) input.replace(copy, "");
  else copy.test(input);
  return performance.now() - started;
};

describe("ReDoS: every regular expression in the packages", () => {
  const { found, dynamic } = literalRegexes();
  const all: Found[] = [
    ...found,
    ...Object.entries(DYNAMIC_PATTERNS).flatMap(([file, patterns]) =>
      patterns.map((regex) => ({ where: `${file} (exported)`, regex })),
    ),
  ];

  it("finds the regexes it guards (the scan is not empty)", () => {
    expect(found.length).toBeGreaterThan(5);
  });

  it("every `new RegExp(...)` is covered by an exported pattern listed here", () => {
    const uncovered = dynamic.filter(
      (where) => !Object.keys(DYNAMIC_PATTERNS).some((file) => where.startsWith(`${file}:`)),
    );
    expect(uncovered).toEqual([]);
  });

  it.each(all.map((f) => [f.where, f.regex] as const))(
    `%s stays linear on each 1 MB adversarial input (under ${BUDGET_MS} ms, or 8x the input costing under ${MAX_GROWTH}x the time)`,
    (_where, regex) => {
      for (const input of adversarialInputs(regex)) {
        const big = timeOne(regex, input);
        if (big < BUDGET_MS) continue;
        // Slow, perhaps only because the machine is busy: a linear pattern on 8x the input takes about 8x the time,
        // a backtracking one 64x or more. Each side is the best of three runs, measured back to back.
        const small = input.slice(0, Math.floor(input.length / 8)) + "!\n";
        const bigBest = Math.min(big, timeOne(regex, input), timeOne(regex, input));
        const smallBest = Math.min(timeOne(regex, small), timeOne(regex, small), timeOne(regex, small));
        const growth = bigBest / Math.max(smallBest, 0.5);
        expect(growth, `${regex} on ${JSON.stringify(input.slice(0, 12))}…: ${bigBest.toFixed(0)} ms`).toBeLessThan(
          MAX_GROWTH,
        );
      }
    },
  );

  it("the growth check can fail: a backtracking pattern grows far faster than its input", () => {
    const evil = /^(a|aa)+$/;
    const time = (n: number) => timeOne(evil, `${"a".repeat(n)}!`);
    expect(time(26) / Math.max(time(20), 0.001)).toBeGreaterThan(MAX_GROWTH);
  });
});
