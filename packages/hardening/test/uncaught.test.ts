// A NormalizedError thrown uncaught from async ESM code (from the packed dist, as users run it) shows its class
// name, its message and the stack frame where it was built: Node prints it, and error trackers group by it.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { packedRoot } from "./packed.js";

const run = (code: string, type: "module" | "commonjs") =>
  spawnSync(process.execPath, [`--input-type=${type}`, "-e", code], { cwd: packedRoot, encoding: "utf8" });

const BUILD = `vendor: "talentlms", category: "not_found", reason: "USER_NOT_FOUND", message: "no such user", status: 404`;

describe("a NormalizedError thrown uncaught", () => {
  it("from async ESM code prints NormalizedError, the message and a frame of the caller", () => {
    const child = run(
      `import { NormalizedError } from "@errnorm/core";
       async function loadUser() { await null; throw new NormalizedError({ ${BUILD} }); }
       await loadUser();`,
      "module",
    );
    expect(child.status).not.toBe(0);
    expect(child.stderr).toMatch(/NormalizedError: no such user/);
    expect(child.stderr).toMatch(/\n\s+at loadUser \(/);
    expect(child.stderr).not.toMatch(/_NormalizedError/);
  });

  it("from CommonJS prints the same", () => {
    const child = run(
      `const { NormalizedError } = require("@errnorm/core");
       function loadUser() { throw new NormalizedError({ ${BUILD} }); }
       loadUser();`,
      "commonjs",
    );
    expect(child.stderr).toMatch(/NormalizedError: no such user/);
    expect(child.stderr).toMatch(/\n\s+at loadUser \(/);
  });

  it("console.log names the class NormalizedError, not a bundler's rename", () => {
    const child = run(
      `import { NormalizedError } from "@errnorm/core"; console.log(new NormalizedError({ ${BUILD} }));`,
      "module",
    );
    expect(child.stdout).toMatch(/^NormalizedError: no such user\n\s+at /);
  });
});
