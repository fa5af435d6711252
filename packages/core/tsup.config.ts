import { defineConfig } from "tsup";
import { libraryBuild } from "../../tsup.shared.js";

export default defineConfig(
  // p-limit is ESM-only: bundled into the throttle's module (with its one dependency), the CommonJS build loads on
  // every Node 20, and p-limit is a development dependency only.
  libraryBuild({ noExternal: ["p-limit", "yocto-queue"] }),
);
