import { defineProject } from "vitest/config";

export default defineProject({
  resolve: { conditions: ["@errnorm/source", "import", "module", "node", "default"] },
  ssr: { resolve: { conditions: ["@errnorm/source", "import", "module", "node", "default"] } },
  test: {
    name: "redis",
    include: ["test/**/*.test.ts"],
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
    benchmark: { include: ["bench/**/*.bench.ts"] },
  },
});
