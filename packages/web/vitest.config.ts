import { defineProject } from "vitest/config";

// The tests import the CLI library (for the rows `errnorm har` prints) from the workspace's sources.
const conditions = ["@errnorm/source", "import", "module", "node", "default"];

export default defineProject({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    name: "web",
    include: ["test/**/*.test.ts"],
    // Builds the page into dist/ before the browser tests load it.
    globalSetup: ["./test/global-setup.ts"],
    // One headless Chromium at a time on a small machine.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
