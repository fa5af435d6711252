import { defineProject } from "vitest/config";

// No `module` condition: vitest passes these to Node too, and OpenTelemetry's `module` builds import files without
// extensions, which Node cannot load.
export default defineProject({
  resolve: { conditions: ["@errnorm/source", "import", "node", "default"] },
  ssr: { resolve: { conditions: ["@errnorm/source", "import", "node", "default"] } },
  test: {
    name: "core",
    include: ["test/**/*.test.ts"],
    benchmark: { include: ["bench/**/*.bench.ts"] },
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
  },
});
