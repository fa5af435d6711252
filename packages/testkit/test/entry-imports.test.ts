import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = fileURLToPath(new URL("../src/", import.meta.url));

/** Every package a source file loads, following its relative imports (type-only imports load nothing). */
const packagesLoadedBy = (entry: string): Set<string> => {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, "utf8");
    for (const [, typeOnly, specifier] of text.matchAll(/^(?:import|export)\s+(type\s+)?[^;]*?from\s+"([^"]+)";/gms)) {
      if (typeOnly || specifier === undefined) continue;
      if (specifier.startsWith(".")) visit(join(dirname(file), specifier.replace(/\.js$/, ".ts")));
      else packages.add(specifier.replace(/^(@[^/]+\/[^/]+|[^@/][^/]*).*$/, "$1"));
    }
  };
  visit(join(SRC, entry));
  return packages;
};

describe("entry points load only what they need", () => {
  it("@errnorm/testkit (the emulators) loads neither fast-check, vitest nor @errnorm/core", () => {
    const loaded = packagesLoadedBy("index.ts");
    expect(loaded).toContain("graphql-yoga");
    for (const peer of ["fast-check", "vitest", "@errnorm/core"]) expect(loaded).not.toContain(peer);
  });

  it("@errnorm/testkit/properties and /fixtures load their optional peers", () => {
    expect(packagesLoadedBy("properties.ts")).toEqual(new Set(["@errnorm/core", "fast-check", "vitest", "node:util"]));
    expect(packagesLoadedBy("fixtures.ts")).toEqual(
      new Set(["@errnorm/core", "vitest", "node:util", "node:fs", "node:path", "node:url"]),
    );
  });
});
