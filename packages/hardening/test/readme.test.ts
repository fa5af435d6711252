// No example in the README that no test runs: every TypeScript block in README.md names the example file it is
// an excerpt of (first line `// examples/…`), and its lines stand in that file in the same order. The example files
// themselves are type-checked and run against the emulators by the integration, talentlms, talview and hardening
// tests.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./source-files.js";

const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => (m[1] ?? "").split("\n").slice(0, -1));

/** The index after the last matched line, or -1 when `lines` do not appear in `file` in this order. */
const inOrder = (lines: readonly string[], file: readonly string[]): number => {
  let at = 0;
  for (const line of lines) {
    if (line.trim() === "") continue;
    while (at < file.length && file[at] !== line) at += 1;
    if (at === file.length) return -1;
    at += 1;
  }
  return at;
};

describe("README code blocks are excerpts of tested example files", () => {
  it("has TypeScript examples to check", () => {
    expect(blocks.length).toBeGreaterThan(5);
  });

  it.each(blocks.map((block, i) => [i + 1, block.join("\n").slice(0, 60), block] as const))(
    "block %i (%s…)",
    (_n, _head, block) => {
      const source = /^\/\/ (examples\/\S+\.ts)$/.exec(block[0] ?? "")?.[1];
      expect(source, "first line must be `// examples/<file>.ts`").toBeDefined();
      const path = join(repoRoot, source as string);
      expect(existsSync(path), `${source} exists`).toBe(true);
      const file = readFileSync(path, "utf8").split("\n");
      expect(inOrder(block.slice(1), file), `every line of the block stands in ${source}, in order`).toBeGreaterThan(0);
    },
  );

  it("the check can fail: a line that is not in the file is found missing", () => {
    expect(inOrder(["const notInTheFile = 1;"], ["const x = 1;"])).toBe(-1);
  });
});
