// The installed `errnorm` command is bin/errnorm.js (committed, so workspace installs can link it before a build);
// it must run the built CLI.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const BIN = fileURLToPath(new URL("../bin/errnorm.js", import.meta.url));

describe("bin/errnorm.js", () => {
  it("runs the built CLI", () => {
    const child = spawnSync(process.execPath, [BIN, "--help"], { encoding: "utf8" });
    expect(child.status).toBe(0);
    expect(child.stdout).toMatch(/^Usage: errnorm /);
  });
});
