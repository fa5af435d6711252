// Two installed copies of @errnorm/core (an SDK's and the app's) must recognise each other's errors.
import { cpSync, mkdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "./source-files.js";

type Core = typeof import("@errnorm/core");
type CoreJson = typeof import("@errnorm/core/json");
type CoreKit = typeof import("@errnorm/core/adapter");

// Inside this package, so both copies resolve zod and neverthrow from packages/hardening/node_modules.
const installRoot = join(import.meta.dirname, "..", ".tmp", "two-copies");

const install = (name: string): string => {
  const target = join(installRoot, name, "node_modules", "@errnorm", "core");
  mkdirSync(target, { recursive: true });
  cpSync(join(repoRoot, "packages", "core", "dist"), join(target, "dist"), { recursive: true });
  cpSync(join(repoRoot, "packages", "core", "package.json"), join(target, "package.json"));
  return target;
};

describe("two installed copies of @errnorm/core", () => {
  let a: Core;
  let aJson: CoreJson;
  let aKit: CoreKit;
  let b: Core;
  let cjs: Core;

  // The global setup built and packed every package.
  beforeAll(async () => {
    rmSync(installRoot, { recursive: true, force: true });
    const copyA = install("app");
    const copyB = install("sdk");
    a = (await import(pathToFileURL(join(copyA, "dist", "index.js")).href)) as Core;
    aJson = (await import(pathToFileURL(join(copyA, "dist", "json.js")).href)) as CoreJson;
    aKit = (await import(pathToFileURL(join(copyA, "dist", "adapter.js")).href)) as CoreKit;
    b = (await import(pathToFileURL(join(copyB, "dist", "index.js")).href)) as Core;
    cjs = createRequire(join(copyB, "package.json"))(join(copyB, "dist", "index.cjs")) as Core;
  }, 120_000);

  it("loads two distinct classes", () => {
    expect(a.NormalizedError).not.toBe(b.NormalizedError);
    expect(a.NormalizedError).not.toBe(cjs.NormalizedError);
  });

  it("isNormalizedError and instanceof recognise the other copy's errors (ESM and CommonJS)", () => {
    const fromSdk = new b.NormalizedError({
      vendor: "talview",
      category: "rate_limited",
      reason: "RATE_LIMITED",
      message: "m",
      status: 429,
    });
    const fromCjs = new cjs.NormalizedError({
      vendor: "talentlms",
      category: "server",
      reason: "HTTP_500",
      message: "m",
      status: 500,
    });
    for (const error of [fromSdk, fromCjs]) {
      expect(a.isNormalizedError(error)).toBe(true);
      expect(error instanceof a.NormalizedError).toBe(true);
    }
    expect(
      b.isNormalizedError(
        new a.NormalizedError({ vendor: "x", category: "unknown", reason: "R", message: "m", status: 0 }),
      ),
    ).toBe(true);
    expect(new Error("plain") instanceof a.NormalizedError).toBe(false);
  });

  it("the other copy's wire output round-trips through this copy's fromJSON", () => {
    const fromSdk = new b.NormalizedError({
      vendor: "talview",
      category: "business_rule",
      reason: "SLOT_UNAVAILABLE",
      message: "m",
      status: 200,
    });
    const back = aJson.fromJSON(JSON.stringify(fromSdk));
    expect(back.isOk() && back.value.reason).toBe("SLOT_UNAVAILABLE");
  });

  it("a normalizer from one copy passes the other copy's error through unchanged", () => {
    const fromSdk = new b.NormalizedError({
      vendor: "talview",
      category: "timeout",
      reason: "TIMEOUT",
      message: "m",
      status: 0,
    });
    expect(aKit.normalizeThrown("talview", fromSdk)).toBe(fromSdk);
  });
});
