import { defineProject } from "vitest/config";

export default defineProject({
  resolve: { conditions: ["@errnorm/source", "import", "module", "node", "default"] },
  ssr: { resolve: { conditions: ["@errnorm/source", "import", "module", "node", "default"] } },
  test: {
    name: "cli",
    include: ["test/**/*.test.ts"],
    // The tests run the built binary: build it first when dist/ is missing or stale.
    globalSetup: ["./test/global-setup.ts"],
    testTimeout: 30_000,
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
  },
});
