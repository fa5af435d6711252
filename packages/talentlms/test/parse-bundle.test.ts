// What a bundle of `parseResponse` leaves out. Bundled from the sources with esbuild, as a consumer's bundler shakes
// the per-module dist (the byte ceiling on the packed dist is packages/hardening's size test): the documentation
// modules and the rate-limit tables that parse does not read must not come along.
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";

let bundle = "";

beforeAll(async () => {
  const result = await build({
    stdin: {
      contents: 'import { parseResponse } from "./src/parse.ts"; globalThis.out = parseResponse;',
      resolveDir: fileURLToPath(new URL("..", import.meta.url)),
      loader: "ts",
    },
    bundle: true,
    write: false,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    conditions: ["@errnorm/source", "import", "default"],
    logLevel: "error",
  });
  bundle = result.outputFiles[0]?.text ?? "";
});

describe("a parseResponse bundle", () => {
  it("carries the parser: the message rules and the wait note's documented limits", () => {
    expect(bundle).toContain("the requested user is no longer available");
    expect(bundle).toContain("documented limits");
  });

  it.each([
    ["TALENTLMS_RATE_LIMITS' plan windows", "windowsByPlan"],
    ["TALENTLMS_RATE_LIMITS' flags", "sendsRetryAfter"],
    ["the message evidence", "ib1984/py-talentlms"],
    ["the reason notes", "burst cap was exceeded"],
    ["the /tables entry", "matchMessageRule"],
  ])("leaves out %s (%j)", (_what, marker) => {
    expect(bundle.includes(marker), `${marker} is in the bundle`).toBe(false);
  });
});
