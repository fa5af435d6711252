import { execFile } from "node:child_process";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Miniflare } from "miniflare";
import { chromium } from "playwright-core";
import { CHROMIUM_LAUNCH } from "../../../../test-support/chromium.js";
import type { Outcome } from "../runner/run-corpus.js";
import { type Bundles, outDir } from "./bundle.js";

const pkgDir = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const bin = (name: string): string => join(pkgDir, "node_modules", ".bin", name);

/** What one runtime printed: its name and version, where it found the adapters, and every fixture's outcome. */
export interface RuntimeReport {
  readonly runtime: string;
  readonly resolved?: Readonly<Record<string, string>>;
  readonly outcomes: readonly Outcome[];
}

/** A runtime of the matrix: how to run the corpus in it. */
export interface Runtime {
  readonly name: string;
  readonly run: (bundles: Bundles) => Promise<RuntimeReport>;
}

const runProcess = (command: string, args: readonly string[]): Promise<RuntimeReport> =>
  new Promise((done, fail) => {
    execFile(
      command,
      args,
      {
        cwd: pkgDir,
        maxBuffer: 64 * 1024 * 1024,
        timeout: 60_000,
        env: { ...process.env, NO_COLOR: "1", DENO_NO_UPDATE_CHECK: "1", DENO_DIR: join(outDir, "deno") },
      },
      (error, stdout, stderr) => {
        if (error) fail(new Error(`${command} ${args.join(" ")} failed: ${error.message}\n${stderr}`));
        else done(JSON.parse(stdout) as RuntimeReport);
      },
    );
  });

const workerd = async (bundles: Bundles): Promise<RuntimeReport> => {
  // No nodejs_compat flag: the packages must run on the Workers platform as it is.
  const mf = new Miniflare({ modules: true, script: bundles.worker.code, compatibilityDate: "2026-04-01" });
  try {
    const response = await mf.dispatchFetch("http://localhost/");
    return (await response.json()) as RuntimeReport;
  } finally {
    await mf.dispose();
  }
};

const browser = async (bundles: Bundles): Promise<RuntimeReport> => {
  const instance = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    const page = await instance.newPage();
    await page.setContent("<!doctype html><title>errnorm runtime matrix</title>");
    await page.addScriptTag({ content: bundles.page.code });
    const text = await page.evaluate(() => (globalThis as { errnormMatrix?: string }).errnormMatrix);
    if (text === undefined) throw new Error("the page script left no answer");
    return JSON.parse(text) as RuntimeReport;
  } finally {
    await instance.close();
  }
};

/** Every runtime the README names, in the order they are reported. Node ESM is the one the others must equal. */
export const RUNTIMES: readonly Runtime[] = [
  { name: "Node ESM", run: (b) => runProcess(process.execPath, [b.hostEsm]) },
  { name: "Node CJS", run: (b) => runProcess(process.execPath, [b.hostCjs]) },
  { name: "Bun", run: (b) => runProcess(bin("bun"), [b.hostEsm]) },
  {
    name: "Deno",
    run: (b) => runProcess(bin("deno"), ["run", "--allow-read", "--node-modules-dir=manual", "--no-prompt", b.hostEsm]),
  },
  { name: "workerd (Miniflare)", run: workerd },
  { name: "Chromium", run: browser },
];
