import { defineProject } from "vitest/config";

export default defineProject({
  resolve: { conditions: ["@errnorm/source", "import", "module", "node", "default"] },
  ssr: { resolve: { conditions: ["@errnorm/source", "import", "module", "node", "default"] } },
  test: {
    name: "core",
    include: ["test/**/*.test.ts"],
    benchmark: { include: ["bench/**/*.bench.ts"] },
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
  },
});
