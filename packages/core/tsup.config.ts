import { defineConfig } from "tsup";
import { libraryBuild } from "../../tsup.shared.js";

export default defineConfig(
  // p-limit is ESM-only: bundling it (and its one dependency) keeps the CommonJS build loadable on every Node 20.
  libraryBuild({ noExternal: ["p-limit", "yocto-queue"] }),
);
