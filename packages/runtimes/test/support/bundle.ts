import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build, type BuildOptions, type Plugin } from "esbuild";
import type { CorpusCase } from "../runner/run-corpus.js";

/** Where the bundles go: inside the package, so `@errnorm/*` resolves through its node_modules. */
export const outDir = resolve(fileURLToPath(new URL("../../.tmp", import.meta.url)));
const runnerDir = fileURLToPath(new URL("../runner/", import.meta.url));

/** `import cases from "errnorm-corpus"` becomes the corpus itself: every runtime gets the same cases in its bundle. */
const corpusPlugin = (cases: readonly CorpusCase[]): Plugin => ({
  name: "errnorm-corpus",
  setup(b) {
    b.onResolve({ filter: /^errnorm-corpus$/ }, () => ({ path: "corpus.json", namespace: "errnorm-corpus" }));
    b.onLoad({ filter: /.*/, namespace: "errnorm-corpus" }, () => ({
      contents: JSON.stringify(cases),
      loader: "json",
    }));
  },
});

/** A bundle's text and the package files esbuild put in it (to show they came from `dist/`). */
export interface Bundle {
  readonly code: string;
  readonly inputs: readonly string[];
}

const bundle = async (entry: string, cases: readonly CorpusCase[], options: BuildOptions): Promise<Bundle> => {
  const result = await build({
    entryPoints: [join(runnerDir, entry)],
    bundle: true,
    write: false,
    metafile: true,
    target: "es2022",
    logLevel: "silent",
    plugins: [corpusPlugin(cases)],
    ...options,
  });
  const code = result.outputFiles?.[0]?.text ?? "";
  return { code, inputs: Object.keys(result.metafile?.inputs ?? {}) };
};

/** The bundles of the matrix, host scripts written to `.tmp/` (the adapters left as imports). */
export interface Bundles {
  /** Node ESM, Bun and Deno run this file; it imports `@errnorm/talentlms` and `@errnorm/talview`. */
  readonly hostEsm: string;
  /** Node CommonJS runs this file; it `require`s the packages. */
  readonly hostCjs: string;
  /** A module worker for workerd with the built packages inside. */
  readonly worker: Bundle;
  /** A page script for Chromium with the built packages inside. */
  readonly page: Bundle;
}

/** Bundles every entry with the corpus inside. */
export const buildBundles = async (cases: readonly CorpusCase[]): Promise<Bundles> => {
  mkdirSync(outDir, { recursive: true });
  const host: BuildOptions = { platform: "neutral", external: ["@errnorm/*"] };
  const [esm, cjs, worker, page] = await Promise.all([
    bundle("host.ts", cases, { ...host, format: "esm" }),
    // CommonJS has no import.meta: the entry falls back to require.resolve.
    bundle("host.ts", cases, { ...host, format: "cjs", define: { "import.meta.resolve": "undefined" } }),
    bundle("worker.ts", cases, { platform: "browser", format: "esm", conditions: ["workerd", "worker"] }),
    bundle("page.ts", cases, { platform: "browser", format: "iife" }),
  ]);
  const hostEsm = join(outDir, "matrix-host.mjs");
  const hostCjs = join(outDir, "matrix-host.cjs");
  writeFileSync(hostEsm, esm.code);
  writeFileSync(hostCjs, cjs.code);
  return { hostEsm, hostCjs, worker, page };
};
