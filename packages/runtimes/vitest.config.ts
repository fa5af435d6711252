import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "runtimes",
    include: ["test/**/*.test.ts"],
    // The matrix runs the BUILT packages: build core and the adapters first when a dist is missing.
    globalSetup: ["./test/global-setup.ts"],
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
