// Consumers type-check against the BUILT packages (dist .d.ts/.d.cts through the exports map) under node16
// (CommonJS), nodenext (ESM) and bundler resolution, with strict and exactOptionalPropertyTypes.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./source-files.js";

const tsc = join(repoRoot, "node_modules", ".bin", "tsc");

const typecheck = (consumer: string): string => {
  try {
    execFileSync(tsc, ["-p", join(import.meta.dirname, "..", "consumers", consumer, "tsconfig.json")], {
      stdio: "pipe",
    });
    return "";
  } catch (error) {
    return String((error as { stdout?: Buffer }).stdout ?? error);
  }
};

describe("consumer projects type-check against the built packages", () => {
  it.each(["node16-cjs", "nodenext-esm", "bundler"])("%s", (consumer) => {
    expect(typecheck(consumer)).toBe("");
  });
});
