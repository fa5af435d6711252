// The runtime matrix runs the built packages, as users get them: build any whose dist is missing.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = resolve(fileURLToPath(new URL("../../..", import.meta.url)));

/** In dependency order: core first, then the adapters that import its dist. */
const BUILT = ["core", "talentlms", "talview"] as const;

export default function setup(): void {
  for (const name of BUILT) {
    const dir = join(repoRoot, "packages", name);
    if (existsSync(join(dir, "dist", "index.js")) && existsSync(join(dir, "dist", "index.cjs"))) continue;
    const built = spawnSync(join(repoRoot, "node_modules", ".bin", "tsup"), [], { cwd: dir, encoding: "utf8" });
    if (built.status !== 0) throw new Error(`tsup failed in packages/${name}:\n${built.stdout}\n${built.stderr}`);
  }
}
