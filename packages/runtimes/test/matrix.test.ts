// The runtime claim, proven: every fixture of both adapters' corpora, through the BUILT packages, in Node ESM,
// Node CJS, Bun, Deno, workerd and Chromium; every runtime must give Node ESM's wire JSON for every fixture.
import { beforeAll, describe, expect, it } from "vitest";
import type { Outcome } from "./runner/run-corpus.js";
import { type Bundles, buildBundles } from "./support/bundle.js";
import { casesOf, type CorpusFixture, loadCorpus } from "./support/corpus.js";
import { RUNTIMES, type RuntimeReport } from "./support/runtimes.js";
import { timeless } from "./support/timeless.js";

const corpus = loadCorpus();
const fixtureOf = new Map(corpus.map((f) => [f.id, f]));
const [baseline, ...others] = RUNTIMES;
if (!baseline) throw new Error("no runtimes");

const comparable = (outcomes: readonly Outcome[]): Record<string, Outcome> =>
  Object.fromEntries(outcomes.map((o) => [o.id, timeless(o, fixtureOf.get(o.id) as CorpusFixture)]));

const describeReport = (name: string, report: RuntimeReport, ms: number): string => {
  const errors = report.outcomes.filter((o) => "error" in o).length;
  const where = report.resolved ? `; adapters from ${Object.values(report.resolved).join(", ")}` : "";
  return `[runtimes] ${name}: ${report.runtime}; ${report.outcomes.length} fixtures (${errors} errors, ${report.outcomes.length - errors} successes) in ${ms} ms${where}`;
};

const run = async (runtime: (typeof RUNTIMES)[number], bundles: Bundles): Promise<RuntimeReport> => {
  const started = Date.now();
  const report = await runtime.run(bundles);
  console.log(describeReport(runtime.name, report, Date.now() - started));
  return report;
};

let bundles: Bundles;
let base: RuntimeReport;

beforeAll(async () => {
  bundles = await buildBundles(casesOf(corpus));
  base = await run(baseline, bundles);
});

describe("the corpus and the bundles", () => {
  it("holds every fixture of both adapters, each once", () => {
    expect(corpus.filter((f) => f.adapter === "talentlms").length).toBeGreaterThanOrEqual(40);
    expect(corpus.filter((f) => f.adapter === "talview").length).toBeGreaterThanOrEqual(60);
    expect(new Set(corpus.map((f) => f.id)).size).toBe(corpus.length);
  });

  it.each([
    ["workerd", () => bundles.worker.inputs],
    ["Chromium", () => bundles.page.inputs],
  ])("the %s bundle takes core and both adapters from dist/, nothing from src/", (_name, inputs) => {
    const files = inputs();
    for (const pkg of ["core", "talentlms", "talview"]) {
      expect(
        files.some((file) => file.includes(`${pkg}/dist/`)),
        pkg,
      ).toBe(true);
      expect(
        files.filter((file) => file.includes(`${pkg}/src/`)),
        pkg,
      ).toEqual([]);
    }
  });
});

describe(`${baseline.name}, the reference`, () => {
  it("imports the built packages (dist/index.js)", () => {
    expect(Object.values(base.resolved ?? {})).toHaveLength(2);
    for (const file of Object.values(base.resolved ?? {})) expect(file).toMatch(/\/dist\/index\.js$/);
  });

  it("answers every fixture as the fixture expects, without a throw", () => {
    expect(base.outcomes.map((o) => o.id)).toEqual(corpus.map((f) => f.id));
    for (const outcome of base.outcomes) {
      const fixture = fixtureOf.get(outcome.id) as CorpusFixture;
      expect("threw" in outcome ? outcome.threw : undefined, outcome.id).toBeUndefined();
      if (fixture.expectOk !== undefined) expect("ok" in outcome && outcome.ok, outcome.id).toBe(fixture.expectOk);
      if (fixture.expectReason !== undefined && "error" in outcome)
        expect((outcome.error as { reason?: unknown }).reason, outcome.id).toBe(fixture.expectReason);
    }
  });
});

describe.each(others)("$name", (runtime) => {
  it("gives the reference's wire JSON for every fixture", async () => {
    const report = await run(runtime, bundles);
    if (report.resolved) {
      const entry = runtime.name === "Node CJS" ? /\/dist\/index\.cjs$/ : /\/dist\/index\.js$/;
      for (const file of Object.values(report.resolved)) expect(file).toMatch(entry);
    }
    expect(report.outcomes.map((o) => o.id)).toEqual(corpus.map((f) => f.id));
    expect(comparable(report.outcomes)).toEqual(comparable(base.outcomes));
  });
});
