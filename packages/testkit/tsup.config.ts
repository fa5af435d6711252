import { defineConfig } from "tsup";
import { libraryBuild } from "../../tsup.shared.js";

// The emulators are servers: Node only.
export default defineConfig(libraryBuild({ platform: "node" }));
