import { defineProject } from "vitest/config";

// In this repository the errnorm packages resolve to their sources (`@errnorm/source`); an adapter outside it
// drops the two `conditions` lines and uses the published builds.
export default defineProject({
  resolve: { conditions: ["@errnorm/source", "import", "module", "node", "default"] },
  ssr: { resolve: { conditions: ["@errnorm/source", "import", "module", "node", "default"] } },
  test: {
    name: "third-vendor",
    include: ["test/**/*.test.ts"],
  },
});
