// Bundle-size ceilings for what consumers typically import, as zod's treeshake tests do: esbuild, minified, gzip -9,
// dependencies included, bundled from the PACKED tarballs' dist (the global setup unpacks them) exactly as a
// consumer's bundler resolves them: no development condition. A byte ceiling drifts with unrelated churn; the
// mustNotAppear list does not.
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { packedRoot } from "./packed.js";

interface SizeCase {
  readonly name: string;
  readonly code: string;
  readonly ceilingBytes: number;
  readonly targetBytes?: number;
  readonly mustNotAppear: readonly string[];
  /** The user's own libraries (peer dependencies such as a client), not counted. */
  readonly external?: readonly string[];
  /** Also print the size without these required peers (neverthrow): what errnorm adds to an SDK that has them. */
  readonly alsoWithout?: readonly string[];
}

/** Strings that only classic zod, zod's locales, or zod itself would bring. */
const ZOD_ANY = ["$ZodType", "$constructor"];
// Checked against real bundles: present in classic zod (its English locale, its method chain), absent from zod/mini.
const ZOD_CLASSIC_AND_LOCALES = ["Invalid input: expected", "Too small: expected", "superRefine", "toJSONSchema"];

const KB = 1024;
const CLIENTS = ["axios", "ky", "graphql-request", "graphql", "@apollo/client", "@urql/core", "rxjs", "wonka"];
const ADAPTER_FORBIDDEN = [...ZOD_ANY, ...ZOD_CLASSIC_AND_LOCALES];

const entryCase = (name: string, specifier: string, exported: string, ceilingBytes: number): SizeCase => ({
  name,
  code: `import { ${exported} } from "${specifier}"; globalThis.out = ${exported};`,
  ceilingBytes,
  mustNotAppear: ADAPTER_FORBIDDEN,
  external: CLIENTS,
});

/**
 * `ceilingBytes` guards against regressions: the measured size plus a few percent. `targetBytes` is what the issues
 * asked for; the test prints whether it is met (the README says which are not, and why).
 */
export const SIZE_CASES: readonly SizeCase[] = [
  {
    name: "talentlms parseResponse",
    code: 'import { parseResponse } from "@errnorm/talentlms"; globalThis.out = parseResponse;',
    ceilingBytes: 13 * KB,
    targetBytes: 12 * KB,
    alsoWithout: ["neverthrow"],
    // graphql: talview's world; windowsByPlan, sendsRetryAfter: the rate-limit table, which only /tables needs.
    mustNotAppear: [...ADAPTER_FORBIDDEN, "graphql", "windowsByPlan", "sendsRetryAfter"],
  },
  {
    name: "talview parseResponse",
    code: 'import { parseResponse } from "@errnorm/talview"; globalThis.out = parseResponse;',
    ceilingBytes: 14 * KB,
    targetBytes: 12 * KB,
    alsoWithout: ["neverthrow"],
    mustNotAppear: [...ADAPTER_FORBIDDEN, "graphql-request", "@apollo"],
  },
  {
    name: "core error model (NormalizedError, isNormalizedError)",
    code: 'import { NormalizedError, isNormalizedError } from "@errnorm/core"; globalThis.out = [NormalizedError, isNormalizedError];',
    ceilingBytes: 6.5 * KB,
    targetBytes: 6 * KB,
    mustNotAppear: [...ADAPTER_FORBIDDEN, "p-limit", "yocto"],
  },
  {
    // Every name of the main entry: retries, throttle, token refresh, log fields. Still no zod.
    name: "core main entry, everything",
    code: 'import * as core from "@errnorm/core"; globalThis.out = core;',
    ceilingBytes: 13 * KB,
    mustNotAppear: ADAPTER_FORBIDDEN,
  },
  {
    name: "core/json fromJSON (zod/mini)",
    code: 'import { fromJSON } from "@errnorm/core/json"; globalThis.out = fromJSON;',
    ceilingBytes: 16 * KB,
    mustNotAppear: ZOD_CLASSIC_AND_LOCALES,
  },
  {
    name: "core/otel recordError (@opentelemetry/api external)",
    code: 'import { recordError } from "@errnorm/core/otel"; globalThis.out = recordError;',
    ceilingBytes: 2 * KB,
    mustNotAppear: ADAPTER_FORBIDDEN,
    external: ["@opentelemetry/api"],
  },
  entryCase("talentlms/axios withErrnorm (axios external)", "@errnorm/talentlms/axios", "withErrnorm", 14.8 * KB),
  entryCase("talentlms/ky errnormHooks (ky external)", "@errnorm/talentlms/ky", "errnormHooks", 15.3 * KB),
  entryCase("talview/axios withErrnorm (axios external)", "@errnorm/talview/axios", "withErrnorm", 16 * KB),
  entryCase(
    "talview/graphql-request errnormMiddleware",
    "@errnorm/talview/graphql-request",
    "errnormMiddleware",
    15.7 * KB,
  ),
  entryCase(
    "talview/apollo errnormLink (@apollo/client external)",
    "@errnorm/talview/apollo",
    "errnormLink",
    15.8 * KB,
  ),
  entryCase(
    "talview/urql errnormExchange (@urql/core external)",
    "@errnorm/talview/urql",
    "errnormExchange",
    16.1 * KB,
  ),
  {
    name: "redis createRedisThrottle (clients external)",
    code: 'import { createRedisThrottle } from "@errnorm/redis"; globalThis.out = createRedisThrottle;',
    ceilingBytes: 10 * KB,
    mustNotAppear: ADAPTER_FORBIDDEN,
    external: ["redis", "ioredis"],
  },
];

const measure = async (
  code: string,
  external: readonly string[] = [],
): Promise<{ text: string; gzip: number; minified: number }> => {
  const result = await build({
    stdin: { contents: code, resolveDir: packedRoot, loader: "ts" },
    bundle: true,
    minify: true,
    write: false,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    conditions: ["import", "default"],
    external: [...external],
    logLevel: "silent",
  });
  const text = result.outputFiles[0]?.text ?? "";
  return { text, gzip: gzipSync(text, { level: 9 }).length, minified: text.length };
};

describe("bundle size (esbuild, minified, gzip)", () => {
  it.each(SIZE_CASES.map((c) => [c.name, c] as const))("%s", async (_name, sizeCase) => {
    const { text, gzip, minified } = await measure(sizeCase.code, sizeCase.external);
    const target =
      sizeCase.targetBytes === undefined
        ? ""
        : `, target ${sizeCase.targetBytes / KB} KB ${gzip <= sizeCase.targetBytes ? "met" : "MISSED"}`;
    const without =
      sizeCase.alsoWithout === undefined
        ? ""
        : `; ${((await measure(sizeCase.code, [...(sizeCase.external ?? []), ...sizeCase.alsoWithout])).gzip / KB).toFixed(2)} KB without ${sizeCase.alsoWithout.join(", ")}`;
    console.log(
      `size: ${sizeCase.name}: ${(gzip / KB).toFixed(2)} KB gzip (${(minified / KB).toFixed(1)} KB min), ceiling ${sizeCase.ceilingBytes / KB} KB${target}${without}`,
    );
    expect(gzip).toBeLessThanOrEqual(sizeCase.ceilingBytes);
    const found = sizeCase.mustNotAppear.filter((forbidden) => text.includes(forbidden));
    expect(found, "identifiers that must never appear in this bundle").toEqual([]);
  });

  it("baseline: neverthrow alone, which every adapter bundle includes", async () => {
    const { gzip } = await measure('import { ok, err } from "neverthrow"; globalThis.out = [ok, err];');
    console.log(`size: neverthrow (ok, err) alone: ${(gzip / KB).toFixed(2)} KB gzip`);
    expect(gzip).toBeGreaterThan(0);
  });

  it("the forbidden-string check can fail: a bundle of classic zod contains its markers", async () => {
    const { text } = await measure('import { z } from "zod"; globalThis.out = z.object({ a: z.string() });');
    expect(ZOD_CLASSIC_AND_LOCALES.filter((s) => text.includes(s))).toEqual(ZOD_CLASSIC_AND_LOCALES);
  });
});
