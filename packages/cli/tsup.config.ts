import { defineConfig } from "tsup";

const shared = {
  sourcemap: false,
  target: "es2022",
  platform: "node",
  treeshake: true,
} as const;

export default defineConfig([
  // The library entry (explain, summarizeHar, …): ESM and CommonJS with types.
  { ...shared, entry: ["src/index.ts"], format: ["esm", "cjs"], dts: true, clean: ["index.*"] },
  // The `errnorm` binary: ESM only; the shebang of src/cli.ts is kept.
  { ...shared, entry: ["src/cli.ts"], format: ["esm"], dts: false, clean: ["cli.*"] },
]);
