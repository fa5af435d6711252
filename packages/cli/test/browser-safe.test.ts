// The web explainer imports the cli's library entry (summarizeHar, explain) in a browser: nothing it loads may
// use Node's Buffer, process or node: modules (atob and TextDecoder instead).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const src = new URL("../src/", import.meta.url);
const IMPORT = /(?:import|export)\s[^;]*?\sfrom\s+"([^"]+)"/g;

/** The source files the library entry loads, following relative imports. */
const reachable = (entry: string): Map<string, string> => {
  const files = new Map<string, string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    const text = readFileSync(new URL(file, src), "utf8");
    files.set(file, text);
    for (const [, target] of text.matchAll(IMPORT))
      if (target?.startsWith("./")) visit(target.slice(2).replace(/\.js$/, ".ts"));
  };
  visit(entry);
  return files;
};

describe("the cli's library entry is browser-safe", () => {
  const files = reachable("index.ts");

  it("reaches the modules explain and summarizeHar are made of", () => {
    expect([...files.keys()]).toEqual(
      expect.arrayContaining(["explain.ts", "summarize-har.ts", "har-read.ts", "detect-vendor.ts"]),
    );
    expect([...files.keys()]).not.toContain("program.ts");
  });

  it.each([...files])("%s uses no Buffer, process or node: module", (_file, text) => {
    const code = text.replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, "");
    expect(code).not.toMatch(/\bBuffer\b|\bprocess\.|from\s+"node:/);
  });
});
