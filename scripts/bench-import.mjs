#!/usr/bin/env node
// Cold import time (part of `pnpm bench`): fresh Node processes importing each entry point from the PACKED
// tarballs (what users install), against neverthrow (a small dependency every errnorm user already loads) and
// against a process importing nothing, all measured in the same run, interleaved so machine load hits all alike.
import { spawnSync } from "node:child_process";
import { consumerDir, installPacked, publishedPackages } from "./packed-consumer.mjs";

const RUNS = Number(process.env.BENCH_IMPORT_RUNS ?? 21);
const TARGET_RATIO = 3;
const ENTRIES = [
  "@errnorm/core",
  "@errnorm/talentlms",
  "@errnorm/talview",
  "@errnorm/core/json",
  "@errnorm/core/adapter",
];

installPacked(publishedPackages());

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Milliseconds from process start to the end of the import, read inside the child (no spawn overhead). */
const once = (specifier) => {
  const code = specifier
    ? `const t0 = performance.now(); await import(${JSON.stringify(specifier)}); console.log(performance.now() - t0);`
    : "console.log(0);";
  const child = spawnSync(process.execPath, ["--input-type=module", "-e", code], {
    cwd: consumerDir,
    encoding: "utf8",
  });
  if (child.status !== 0) throw new Error(`importing ${specifier} failed:\n${child.stderr}`);
  return Number(child.stdout.trim());
};

const wall = (specifier) => {
  const started = process.hrtime.bigint();
  once(specifier);
  return Number(process.hrtime.bigint() - started) / 1e6;
};

const subjects = ["neverthrow", ...ENTRIES];
const importMs = Object.fromEntries(subjects.map((s) => [s, []]));
const processMs = Object.fromEntries(["(nothing)", ...subjects].map((s) => [s, []]));
for (let i = 0; i < RUNS; i += 1) {
  processMs["(nothing)"].push(wall(undefined));
  for (const s of subjects) {
    const started = process.hrtime.bigint();
    importMs[s].push(once(s));
    processMs[s].push(Number(process.hrtime.bigint() - started) / 1e6);
  }
}

const base = median(importMs.neverthrow);
console.log(`\ncold import from the packed tarballs: median of ${RUNS} fresh Node processes each`);
console.log(
  `  baseline neverthrow: ${base.toFixed(1)} ms import; a process importing nothing: ${median(processMs["(nothing)"]).toFixed(1)} ms`,
);
let over = 0;
for (const s of ENTRIES) {
  const ms = median(importMs[s]);
  const ratio = ms / base;
  const gated = !s.endsWith("/json") && !s.endsWith("/adapter");
  if (gated && ratio > TARGET_RATIO) over += 1;
  console.log(
    `  ${s.padEnd(24)} ${ms.toFixed(1).padStart(6)} ms import (${ratio.toFixed(2)}x neverthrow${gated ? `, target <= ${TARGET_RATIO}x` : ""}); whole process ${median(processMs[s]).toFixed(1)} ms`,
  );
}
console.log(
  over === 0
    ? `all main entries within ${TARGET_RATIO}x neverthrow`
    : `${over} main entries over ${TARGET_RATIO}x neverthrow`,
);
