#!/usr/bin/env node
// Cold import time: a fresh Node process importing each built package, against one importing nothing,
// measured in the same run (part of `pnpm bench`).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
// packages/hardening depends on the published packages, so resolution there is what a consumer gets.
const cwd = join(root, "packages", "hardening");
const RUNS = 15;
const PACKAGES = ["@errnorm/core", "@errnorm/talentlms", "@errnorm/talview"];

// Measures what users import: the built dist (built here when missing).
for (const name of ["core", "talentlms", "talview"]) {
  const dir = join(root, "packages", name);
  if (!existsSync(join(dir, "dist", "index.js"))) {
    const build = spawnSync(join(root, "node_modules", ".bin", "tsup"), [], { cwd: dir, stdio: "ignore" });
    if (build.status !== 0) {
      console.error(`could not build packages/${name}`);
      process.exit(2);
    }
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

const time = (code) => {
  const samples = [];
  for (let i = 0; i < RUNS; i += 1) {
    const started = process.hrtime.bigint();
    const child = spawnSync(process.execPath, ["--input-type=module", "-e", code], { cwd, stdio: "inherit" });
    if (child.status !== 0) process.exit(1);
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return median(samples);
};

const baseline = time("");
console.log(
  `\ncold import (median of ${RUNS} fresh processes; baseline = node importing nothing: ${baseline.toFixed(1)} ms)`,
);
for (const name of PACKAGES) {
  const ms = time(`await import(${JSON.stringify(name)});`);
  console.log(
    `  ${name.padEnd(20)} ${ms.toFixed(1)} ms total, +${(ms - baseline).toFixed(1)} ms over baseline (${(ms / baseline).toFixed(2)}x)`,
  );
}
