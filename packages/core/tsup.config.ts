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
  // p-throttle is ESM-only: bundling it keeps the CommonJS build loadable on every Node 20.
  noExternal: ["p-throttle"],
});
