import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: false,
  target: "es2022",
  platform: "neutral",
  treeshake: true,
  // p-limit is ESM-only: bundling it (and its one dependency) keeps the CommonJS build loadable on every Node 20.
  noExternal: ["p-limit", "yocto-queue"],
});
