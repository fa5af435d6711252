import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "./source-files.js";

/** Builds any package whose dist is missing (CI builds first; this keeps a lone `vitest run` honest). */
export const ensureBuilt = (packages: readonly string[]): void => {
  for (const name of packages) {
    const dir = join(repoRoot, "packages", name);
    if (!existsSync(join(dir, "dist", "index.d.cts"))) {
      execFileSync(join(repoRoot, "node_modules", ".bin", "tsup"), [], { cwd: dir, stdio: "pipe" });
    }
  }
};
