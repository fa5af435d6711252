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
  readonly mustNotAppear: readonly string[];
  /** The user's own libraries (peer dependencies such as a client), not counted. */
  readonly external?: readonly string[];
}

/** Strings that only classic zod, zod's locales, or zod itself would bring. */
const ZOD_ANY = ["$ZodType", "$constructor"];
// Checked against real bundles: present in classic zod (its English locale, its method chain), absent from zod/mini.
const ZOD_CLASSIC_AND_LOCALES = ["Invalid input: expected", "Too small: expected", "superRefine", "toJSONSchema"];

export const SIZE_CASES: readonly SizeCase[] = [
  {
    name: "talentlms parseResponse",
    code: 'import { parseResponse } from "@errnorm/talentlms"; globalThis.out = parseResponse;',
    ceilingBytes: 12 * 1024,
    mustNotAppear: [...ZOD_ANY, ...ZOD_CLASSIC_AND_LOCALES, "graphql"],
  },
  {
    name: "talview parseResponse",
    code: 'import { parseResponse } from "@errnorm/talview"; globalThis.out = parseResponse;',
    ceilingBytes: 12 * 1024,
    mustNotAppear: [...ZOD_ANY, ...ZOD_CLASSIC_AND_LOCALES, "graphql-request", "@apollo"],
  },
  {
    name: "core error model (NormalizedError, isNormalizedError)",
    code: 'import { NormalizedError, isNormalizedError } from "@errnorm/core"; globalThis.out = [NormalizedError, isNormalizedError];',
    ceilingBytes: 6 * 1024,
    mustNotAppear: [...ZOD_ANY, ...ZOD_CLASSIC_AND_LOCALES, "p-limit", "yocto"],
  },
  {
    // Every name of the main entry: retries, throttle, token refresh. Still no zod.
    name: "core main entry, everything",
    code: 'import * as core from "@errnorm/core"; globalThis.out = core;',
    ceilingBytes: 12 * 1024,
    mustNotAppear: [...ZOD_ANY, ...ZOD_CLASSIC_AND_LOCALES],
  },
  {
    name: "core/json fromJSON (zod/mini)",
    code: 'import { fromJSON } from "@errnorm/core/json"; globalThis.out = fromJSON;',
    ceilingBytes: 20 * 1024,
    mustNotAppear: ZOD_CLASSIC_AND_LOCALES,
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
    console.log(
      `size: ${sizeCase.name}: ${(gzip / 1024).toFixed(2)} KB gzip (${(minified / 1024).toFixed(1)} KB min), ceiling ${sizeCase.ceilingBytes / 1024} KB, ${((100 * gzip) / sizeCase.ceilingBytes).toFixed(0)}% of it`,
    );
    expect(gzip).toBeLessThanOrEqual(sizeCase.ceilingBytes);
    const found = sizeCase.mustNotAppear.filter((forbidden) => text.includes(forbidden));
    expect(found, "identifiers that must never appear in this bundle").toEqual([]);
  });

  it("the forbidden-string check can fail: a bundle of classic zod contains its markers", async () => {
    const { text } = await measure('import { z } from "zod"; globalThis.out = z.object({ a: z.string() });');
    expect(ZOD_CLASSIC_AND_LOCALES.filter((s) => text.includes(s))).toEqual(ZOD_CLASSIC_AND_LOCALES);
  });
});
