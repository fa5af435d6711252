// The public surface of every published package, read from the packed declaration files, must match the
// checked-in report under api/: a change to a name or a signature shows in review. After a deliberate change,
// run `node scripts/api-report.mjs` and commit api/.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { publishedPackages, reportOf } from "../../../scripts/api-report.mjs";
import { repoRoot } from "./source-files.js";

describe("API report (api/*.api.md)", () => {
  it.each(publishedPackages())("@errnorm/%s matches its checked-in report", (name) => {
    const checkedIn = readFileSync(join(repoRoot, "api", `${name}.api.md`), "utf8");
    expect(reportOf(name), "run `node scripts/api-report.mjs` and review the diff of api/").toBe(checkedIn);
  });

  it("core's main entry exports none of the generic helpers", () => {
    const main = reportOf("core").split("## @errnorm/core/json")[0] ?? "";
    const names = [...main.matchAll(/^(\w+): /gm)].map((m) => m[1]);
    const internal = [
      "safeGet",
      "safeKeys",
      "deepFreeze",
      "isObjectLike",
      "truncate",
      "wellFormed",
      "defineEntry",
      "redactBounded",
      "TEXT_SECRET_PATTERNS",
      "SECRET_COLLECT_PATTERNS",
      "fromJSON",
      "NormalizedErrorJsonSchema",
    ];
    expect(names.length).toBeGreaterThan(10);
    expect(names.filter((n) => internal.includes(n as string))).toEqual([]);
  });
});
