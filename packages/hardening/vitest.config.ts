import { defineProject } from "vitest/config";

// No `module` condition: vitest passes these to Node too, and OpenTelemetry's `module` builds import files without
// extensions, which Node cannot load.
const conditions = ["@errnorm/source", "import", "node", "default"];

export default defineProject({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    name: "hardening",
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
