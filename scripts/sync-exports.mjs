#!/usr/bin/env node
// Published package.json files carry no development-only export condition: for each published package, writes
// `publishConfig.exports` (what `pnpm pack` publishes) from `exports` without the `@errnorm/source` condition and
// without source-only subpaths (`./internal/*`). Packages built by tsup.shared.ts also get a `node` branch first:
// Node, Bun and Deno load `dist-node/` (one file per entry, fast cold start), bundlers the per-module `dist/`.
// With --check, fails instead of writing when one is stale.
import { readdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const check = process.argv.includes("--check");
const SOURCE = "@errnorm/source";

const published = (target) => {
  if (typeof target === "string") return target;
  const out = {};
  for (const [condition, value] of Object.entries(target)) {
    if (condition === SOURCE) continue;
    const kept = published(value);
    if (kept !== undefined) out[condition] = kept;
  }
  return Object.keys(out).length > 0 ? out : undefined;
};

/** The same entry from `dist-node/`, with the same declaration files. */
const forNode = (target) => {
  const out = {};
  for (const [condition, value] of Object.entries(target)) {
    if (condition !== "import" && condition !== "require") continue;
    out[condition] = { ...value, default: value.default.replace(/^\.\/dist\//, "./dist-node/") };
  }
  return out;
};

let stale = 0;
for (const dir of readdirSync(join(root, "packages"))) {
  const file = join(root, "packages", dir, "package.json");
  if (!existsSync(file)) continue;
  const text = readFileSync(file, "utf8");
  const pkg = JSON.parse(text);
  if (pkg.private || !pkg.exports) continue;
  const nodeBuild = (pkg.files ?? []).includes("dist-node");
  const exports = {};
  for (const [key, target] of Object.entries(pkg.exports)) {
    const kept = published(target);
    if (kept === undefined) continue;
    exports[key] = nodeBuild && typeof kept === "object" && kept.import ? { node: forNode(kept), ...kept } : kept;
  }
  pkg.publishConfig = { ...pkg.publishConfig, exports };
  const next = `${JSON.stringify(pkg, null, 2)}\n`;
  if (next === text) continue;
  stale += 1;
  if (check) console.log(`✗ ${pkg.name}: publishConfig.exports is stale (run node scripts/sync-exports.mjs)`);
  else writeFileSync(file, next);
}
if (check && stale > 0) process.exit(1);
console.log(
  check ? "publishConfig.exports matches exports in every published package" : `updated ${stale} package.json`,
);
