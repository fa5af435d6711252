#!/usr/bin/env node
// Part of `pnpm bench`: reads vitest's benchmark JSON (.tmp/bench.json) and prints, per benchmark file, each
// errnorm figure as the median over its groups (fixtures) with its ratio to the baseline measured in the same group.
import { readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const report = JSON.parse(readFileSync(join(root, ".tmp", "bench.json"), "utf8"));
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ns = (ms) => `${Math.round(ms * 1e6).toLocaleString("en-US")} ns`;
const isBaseline = (name) => /baseline|hand-written|JSON\.parse|bare /i.test(name);

console.log(
  "\nbenchmark summary (median per call over each file's groups; ratio = errnorm / baseline in the same group)",
);
for (const file of report.files) {
  const byName = new Map();
  for (const group of file.groups) {
    const baseline = group.benchmarks.find((b) => isBaseline(b.name));
    for (const b of group.benchmarks) {
      if (!byName.has(b.name)) byName.set(b.name, { times: [], ratios: [], baseline: baseline?.name });
      const entry = byName.get(b.name);
      entry.times.push(b.median);
      if (baseline && baseline !== b) entry.ratios.push(b.median / baseline.median);
    }
  }
  console.log(`  ${relative(root, file.filepath)} (${file.groups.length} groups)`);
  for (const [name, { times, ratios, baseline }] of byName) {
    const ratio = ratios.length > 0 ? `, ${median(ratios).toFixed(1)}x ${baseline}` : "";
    console.log(
      `    ${name}: median ${ns(median(times))} (range ${ns(Math.min(...times))}–${ns(Math.max(...times))})${ratio}`,
    );
  }
}
