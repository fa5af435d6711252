import type { Options } from "tsup";

/** The build every published package shares: ESM and CommonJS with .d.ts/.d.cts, ES2022, no Node-only target. */
export const libraryBuild = (overrides: Options = {}): Options => ({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: false,
  target: "es2022",
  platform: "neutral",
  treeshake: true,
  ...overrides,
});
