import { fileURLToPath } from "node:url";
import { defaultClientConditions, defineConfig } from "vite";

// The page is built from the workspace's sources (the `@errnorm/source` condition), so it needs no package
// build and always shows what the CLI in this checkout would print.
const conditions = ["@errnorm/source", ...defaultClientConditions];

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  // Relative asset URLs: the dist folder works from any path on any static host, or from a local server.
  base: "./",
  resolve: {
    conditions,
  },
  worker: {
    // One classic script: the worker is inlined as a blob (see src/start-worker.ts), so it has no imports.
    format: "iife",
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    // No preload helper: it would fetch, and the page's CSP forbids connections.
    modulePreload: false,
    reportCompressedSize: false,
  },
});
