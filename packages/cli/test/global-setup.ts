// Builds dist/ with tsup when it is missing or older than the sources, so the tests run the real binary.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const pkg = resolve(fileURLToPath(new URL("..", import.meta.url)));
const packages = resolve(pkg, "..");

const newest = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
    const path = join(dir, entry.name);
    return Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }, 0);

const mtime = (path: string): number => (existsSync(path) ? statSync(path).mtimeMs : 0);

export default function setup(): void {
  // The binary imports the other packages' builds, as it will once published.
  for (const dep of ["core", "talentlms", "talview"]) {
    const dist = join(packages, dep, "dist", "index.js");
    if (!existsSync(dist)) throw new Error(`@errnorm/${dep} is not built: run npx tsup in packages/${dep} first`);
    if (newest(join(packages, dep, "src")) > mtime(dist))
      console.warn(`[cli tests] packages/${dep}/dist is older than its src: rebuild it for up-to-date results`);
  }
  const sources = Math.max(
    newest(join(pkg, "src")),
    mtime(join(pkg, "package.json")),
    mtime(join(pkg, "tsup.config.ts")),
  );
  const built = Math.min(mtime(join(pkg, "dist", "cli.js")), mtime(join(pkg, "dist", "index.js")));
  if (built >= sources) return;
  const tsup = resolve(packages, "..", "node_modules", ".bin", "tsup");
  const result = spawnSync(tsup, [], { cwd: pkg, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`tsup failed:\n${result.stdout}\n${result.stderr}`);
}
