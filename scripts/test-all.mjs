#!/usr/bin/env node
// The README's test command: type-check, build, every vitest project, then packaging checks on the packed
// tarballs. Each check counts as one test next to vitest's; ends with the plain line "N passed, N failed".
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const bin = (name) => join(root, "node_modules", ".bin", name);
const tmp = join(root, ".tmp");
mkdirSync(tmp, { recursive: true });

/**
 * Published packages in dependency order (core first), then the private test-only ones. The README's example folders
 * (examples/basics, rate-limits, integrations, production) are type-checked by the tests that run them.
 */
const ORDER = ["core", "talentlms", "talview", "testkit", "redis", "cli"];
const PRIVATE = ["hardening", "integration", "web", "runtimes", "../examples/third-vendor"];
const present = (p) => existsSync(join(root, "packages", p, "tsconfig.json"));
const packages = ORDER.filter(present);

const pnpm = () => {
  const execPath = process.env.npm_execpath ?? "";
  return execPath.includes("pnpm") ? [process.execPath, execPath] : ["npx", "-y", "pnpm@10.34.8"];
};

const results = [];
const run = (label, command, args, options = {}) => {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const child = spawnSync(command, args, { cwd: root, stdio: "inherit", env: process.env, ...options });
  const ok = child.status === 0;
  results.push({ label, ok, ms: Date.now() - started });
  if (!ok) console.log(`✗ ${label} (exit ${child.status ?? child.signal})`);
  return ok;
};

for (const p of [...packages, ...PRIVATE.filter(present)])
  run(`typecheck ${p.startsWith("..") ? p.slice(3) : `@errnorm/${p}`}`, bin("tsc"), ["-p", "tsconfig.json"], {
    cwd: join(root, "packages", p),
  });
const built = packages
  .map((p) => run(`build @errnorm/${p}`, bin("tsup"), [], { cwd: join(root, "packages", p) }))
  .every(Boolean);

const vitestJson = join(tmp, "vitest.json");
rmSync(vitestJson, { force: true });
run("vitest (all projects)", bin("vitest"), [
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${vitestJson}`,
]);
results.pop(); // vitest's own counts stand in for this step below

const pack = join(root, ".pack");
rmSync(pack, { recursive: true, force: true });
mkdirSync(pack, { recursive: true });
if (built) {
  const [cmd, ...pre] = pnpm();
  for (const p of packages) {
    const dir = join(root, "packages", p);
    if (!run(`pack @errnorm/${p}`, cmd, [...pre, "pack", "--pack-destination", pack], { cwd: dir })) continue;
    const tarball = readdirSync(pack).find((f) => f.startsWith(`errnorm-${p}-`) && f.endsWith(".tgz"));
    if (!tarball) continue;
    run(`publint @errnorm/${p}`, bin("publint"), ["--strict", join(pack, tarball)]);
    run(`attw @errnorm/${p}`, bin("attw"), [
      join(pack, tarball),
      // node10 resolves no subpath entry (`exports` is ignored there): node16 and bundlers are checked.
      "--profile",
      "node16",
    ]);
  }
}
run("publishConfig.exports match exports", process.execPath, ["scripts/sync-exports.mjs", "--check"]);
run("docs/mappings.md is up to date", bin("tsx"), [
  "--conditions=@errnorm/source",
  "scripts/gen-mappings.ts",
  "--check",
]);
run("API reference (typedoc, warnings are errors)", bin("typedoc"), []);

let vitestPassed = 0;
let vitestFailed = 0;
let vitestSkipped = 0;
if (existsSync(vitestJson)) {
  const report = JSON.parse(readFileSync(vitestJson, "utf8"));
  vitestPassed = report.numPassedTests ?? 0;
  vitestSkipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  // A suite that fails to load has no tests to count: count it as one failure.
  const brokenSuites = (report.testResults ?? []).filter(
    (s) => s.status === "failed" && (s.assertionResults ?? []).length === 0,
  ).length;
  vitestFailed = (report.numFailedTests ?? 0) + brokenSuites;
} else {
  vitestFailed = 1;
  console.log("✗ vitest wrote no report");
}

const checksPassed = results.filter((r) => r.ok).length;
const checksFailed = results.length - checksPassed;
console.log("\nSummary");
for (const r of results) console.log(`  ${r.ok ? "✓" : "✗"} ${r.label} (${r.ms} ms)`);
console.log(`  vitest: ${vitestPassed} passed, ${vitestFailed} failed, ${vitestSkipped} skipped`);
const passed = vitestPassed + checksPassed;
const failed = vitestFailed + checksFailed;
console.log(`${passed} passed, ${failed} failed${vitestSkipped ? `, ${vitestSkipped} skipped` : ""}`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
