import { defineProject } from "vitest/config";

const conditions = ["@errnorm/source", "import", "module", "node", "default"];

export default defineProject({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    name: "integration",
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
  },
});
