import { readFileSync } from "node:fs";
import type { Options } from "tsup";

type Plugin = NonNullable<Options["esbuildPlugins"]>[number];

/**
 * One output file per source module: every relative import stays an import (`./x.js`, or `./x.cjs` in the CommonJS
 * build). With `sideEffects: false`, a bundler then drops every module a program does not use, as it does with the
 * sources; a single-file dist would keep each top-level statement it cannot prove pure.
 */
const keepModules: Plugin = {
  name: "errnorm-keep-modules",
  setup(build) {
    const cjs = build.initialOptions.format === "cjs";
    build.onResolve({ filter: /^\.\.?\// }, (args) =>
      args.kind === "entry-point"
        ? undefined
        : { path: cjs ? args.path.replace(/\.js$/, ".cjs") : args.path, external: true },
    );
  },
};

/** The public entry points: `exports` keys whose `@errnorm/source` target is one file (`"./json"` -> `src/json.ts`). */
export const publicEntries = (packageJson = "package.json"): Record<string, string> => {
  const { exports } = JSON.parse(readFileSync(packageJson, "utf8")) as { exports: Record<string, unknown> };
  const entries: Record<string, string> = {};
  for (const [key, target] of Object.entries(exports)) {
    const source = (target as Record<string, unknown>)?.["@errnorm/source"];
    if (typeof source !== "string" || key.includes("*")) continue;
    entries[source.replace(/^\.\/src\//, "").replace(/\.ts$/, "")] = source;
  }
  return entries;
};

/**
 * The builds every published library shares.
 * - `dist/`: ESM and CommonJS, one file per module (see `keepModules`), for bundlers (the `import`, `require` and
 *   `default` conditions), with declaration files for the public entries.
 * - `dist-node/`: one file per public entry plus shared chunks, for Node, Bun and Deno (the `node` condition in
 *   the published `exports`, written by scripts/sync-exports.mjs). A cold start loads a few files instead of forty;
 *   the shared chunks keep one copy of every class and WeakMap across entries.
 */
export const libraryBuild = (overrides: Options = {}): Options[] => {
  const entries = publicEntries();
  const shared: Options = {
    sourcemap: false,
    target: "es2022",
    platform: "neutral",
    dts: false,
    clean: true,
    ...overrides,
  };
  return [
    {
      ...shared,
      entry: ["src/**/*.ts"],
      format: ["esm", "cjs"],
      dts: { entry: entries },
      outDir: "dist",
      bundle: true,
      splitting: false,
      treeshake: false,
      esbuildPlugins: [keepModules],
    },
    {
      ...shared,
      entry: entries,
      format: ["esm", "cjs"],
      outDir: "dist-node",
      bundle: true,
      splitting: true,
      treeshake: false,
    },
  ];
};
