import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { NormalizedErrorJsonSchema } from "@errnorm/core/json";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { harSecrets } from "./har-secrets.js";
import { type CliRun, expectBadInput, fixture, runCli } from "./run-cli.js";

const RECORDED = fixture("emulators.har");

interface Failure {
  index: number;
  vendor: string;
  method: string;
  path: string;
  status: number;
  error: Record<string, unknown> & { raw?: unknown };
}

describe("errnorm har: the HAR recorded from the testkit emulators", () => {
  let table: CliRun;
  let json: CliRun;
  let failures: Failure[];

  beforeAll(async () => {
    [table, json] = await Promise.all([runCli(["har", RECORDED]), runCli(["har", "--json", RECORDED])]);
    failures = (JSON.parse(json.stdout) as { failures: Failure[] }).failures;
  });

  it("exits 1 because errors were found, with nothing on stderr", () => {
    expect(table.code).toBe(1);
    expect(json.code).toBe(1);
    expect(table.stderr).toBe("");
    expect(json.stderr).toBe("");
  });

  it("counts calls per vendor and failures per category", () => {
    expect(table.stdout).toContain(
      "HAR: 27 entries, 27 TalentLMS/Talview API calls (left out: 0 other hosts, 0 not API calls, 0 malformed)",
    );
    expect(table.stdout).toMatch(/│ talentlms │ 13 +│ 3 +│ 10 +│/);
    expect(table.stdout).toMatch(/│ talview +│ 14 +│ 4 +│ 10 +│/);
    expect(table.stdout).toMatch(/│ talview +│ authentication +│ 5 +│/);
    expect(table.stdout).toMatch(/│ talentlms │ conflict +│ 2 +│/);
    const summary = JSON.parse(json.stdout) as { vendors: Record<string, unknown> };
    expect(summary.vendors).toEqual({
      talentlms: {
        calls: 13,
        ok: 3,
        errors: 10,
        categories: {
          invalid_request: 1,
          authentication: 2,
          not_found: 2,
          conflict: 2,
          rate_limited: 1,
          server: 1,
          unavailable: 1,
        },
      },
      talview: {
        calls: 14,
        ok: 4,
        errors: 10,
        categories: { invalid_request: 1, authentication: 5, business_rule: 2, rate_limited: 1, unavailable: 1 },
      },
    });
  });

  it("prints one row per failure: time, method, path, status, category, action, traceId", () => {
    expect(table.stdout).toContain("Failures (20):");
    expect(table.stdout).toMatch(
      /│ 2 +│ \d{4}-\d\d-\d\dT[\d:.]+Z │ talentlms │ GET +│ \/api\/v1\/users\/id:999 +│ 404 +│ not_found +│ USER_NOT_FOUND +│ fix_request +│ tlms-0000000002 │/,
    );
    expect(table.stdout).toMatch(
      /│ 7 +│ .+ │ talentlms │ POST +│ \/api\/v1\/addusertocourse +│ 400 +│ conflict +│ ALREADY_ENROLLED +│ fix_request +│/,
    );
    expect(table.stdout).toMatch(
      /│ 26 │ .+ │ talview +│ POST +│ \/api\/rest\/auth_user_login +│ 401 +│ authentication +│ INVALID_CREDENTIALS +│ check_credentials +│ 000000000d +│/,
    );
    expect(failures.map((f) => f.index)).toEqual([
      2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 16, 17, 18, 19, 20, 21, 22, 23, 25, 26,
    ]);
  });

  it("finds the HTTP-200 GraphQL errors and business failures", () => {
    const at200 = failures.filter((f) => f.vendor === "talview" && f.status === 200);
    expect(at200.map((f) => f.error["reason"])).toEqual([
      "SLOT_UNAVAILABLE",
      "PAYMENT_REQUIRED",
      "VALIDATION_FAILED",
      "MISSING_TOKEN",
      "TOKEN_EXPIRED",
    ]);
    expect(table.stdout).toMatch(
      /│ 16 │ .+ │ talview +│ POST +│ \/v1\/graphql +│ 200 +│ business_rule +│ SLOT_UNAVAILABLE +│ refresh_availability │ 0000000003 +│/,
    );
  });

  it("uses the request's operationName: the field when data has it, else the name itself", () => {
    const byIndex = new Map(failures.map((f) => [f.index, f]));
    expect(byIndex.get(16)?.error["operation"]).toBe("booking_create"); // operationName BookSlot, field booking_create
    expect(byIndex.get(17)?.error["operation"]).toBe("booking_create"); // operationName booking_create
    expect(byIndex.get(18)?.error["operation"]).toBe("BookSlot"); // a GraphQL error: no field to point at
  });

  it("decodes base64 bodies (content.encoding: base64)", () => {
    const har = JSON.parse(readFileSync(RECORDED, "utf8")) as {
      log: { entries: { response: { content: { encoding?: string } } }[] };
    };
    expect(har.log.entries[19]?.response.content.encoding).toBe("base64");
    const rateLimited = failures.find((f) => f.index === 20);
    expect(rateLimited?.error).toMatchObject({ category: "rate_limited", retryAfterMs: 2000, traceId: "0000000007" });
    expect(rateLimited?.error.raw).toEqual({
      extensions: { code: 429, traceId: "0000000007" },
      message: "Too Many Requests",
    });
    expect(failures.find((f) => f.index === 9)?.error["message"]).toContain("HTML page");
  });

  it("prints each failure's error as a valid toJSON() object", () => {
    for (const f of failures)
      expect(NormalizedErrorJsonSchema.safeParse(f.error).success, JSON.stringify(f.error)).toBe(true);
  });

  it("never prints a cookie, Authorization or X-API-Key value, a password or a URL token", () => {
    const secrets = harSecrets(RECORDED);
    // The recording holds all kinds (see scripts/record-har.ts): make sure the extraction found them.
    expect(secrets).toEqual(
      expect.arrayContaining([
        "tlms-live-key-5e7c1a9f3b2d4e60",
        "tlms-wrong-key-0d9e8f7a6b5c",
        "sess-9a8b7c6d5e4f3a2b1c0d",
        "csrf-4f3e2d1c0b9a8f7e",
        "sess-rotated-77aa88bb99cc",
        "pw-Talview-2025-secret",
        "pw-wrong-guess-42",
      ]),
    );
    expect(secrets.filter((s) => s.startsWith("eyJ"))).toHaveLength(2); // the access token and its refreshed successor
    expect(secrets.length).toBeGreaterThanOrEqual(12); // + the Basic credential and two opaque refresh tokens
    const har = readFileSync(RECORDED, "utf8");
    for (const secret of secrets) expect(har).toContain(secret);
    for (const run of [table, json]) {
      const output = run.stdout + run.stderr;
      for (const secret of secrets) expect(output.includes(secret), `leaked ${secret.slice(0, 12)}…`).toBe(false);
      expect(output).not.toMatch(/[?&](apikey|access_token)=/);
      expect(output).not.toMatch(/eyJ[A-Za-z0-9_-]{6,}/);
    }
    // The key the server echoed back is scrubbed, not dropped.
    expect(failures.find((f) => f.index === 12)?.error["message"]).toBe("Invalid API key provided: [REDACTED]");
  });
});

describe("errnorm har: hosts", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "errnorm-har-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("leaves out other hosts, pages, assets and CORS preflights", async () => {
    const run = await runCli(["har", fixture("har/other-hosts.har")]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      "HAR: 7 entries, 2 TalentLMS/Talview API calls (left out: 2 other hosts, 3 not API calls, 0 malformed)",
    );
    expect(run.stdout).toContain("No errors found.");
    expect(run.stdout).not.toContain("php-sess-1a2b3c4d5e6f");
  });

  it("maps emulator and proxy hosts with --vendor-host", async () => {
    const har = readFileSync(RECORDED, "utf8")
      .replaceAll("https://acme.talentlms.com", "http://127.0.0.1:4010")
      .replaceAll("https://api.talview.com", "http://localhost:4020");
    const file = join(dir, "local.har");
    writeFileSync(file, har);
    const unmapped = await runCli(["har", file]);
    expect(unmapped.code).toBe(0);
    expect(unmapped.stdout).toContain("No TalentLMS or Talview API calls found");
    expect(unmapped.stdout).toContain("--vendor-host host=vendor");
    const mapped = await runCli([
      "har",
      file,
      "--json",
      "--vendor-host",
      "127.0.0.1:4010=talentlms",
      "--vendor-host",
      "localhost=talview",
    ]);
    expect(mapped.code).toBe(1);
    const summary = JSON.parse(mapped.stdout) as { calls: number; failures: unknown[] };
    expect(summary.calls).toBe(27);
    expect(summary.failures).toHaveLength(20);
    for (const secret of harSecrets(file)) expect(mapped.stdout).not.toContain(secret);
  });

  it("reads the HAR from stdin with -", async () => {
    const run = await runCli(["har", "-"], { stdin: readFileSync(fixture("har/other-hosts.har")) });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("2 TalentLMS/Talview API calls");
  });
});

describe("errnorm har: malformed HARs", () => {
  it("not JSON", async () => {
    expectBadInput(
      await runCli(["har", fixture("har/not-json.har")]),
      "the HAR file is not valid JSON (it ends too early)",
    );
    expectBadInput(
      await runCli(["har", "-"], { stdin: '{"log": x}' }),
      'the HAR file is not valid JSON (unexpected "x")',
    );
    expectBadInput(
      await runCli(["har", "-"], { stdin: '{\n  "log": {},\n}' }),
      "the HAR file is not valid JSON (line 3, column 1)",
    );
  });

  it("JSON without log or log.entries", async () => {
    expectBadInput(await runCli(["har", fixture("har/no-log.har")]), "not a HAR: it has no `log` object");
    expectBadInput(await runCli(["har", fixture("har/no-entries.har")]), "not a HAR: `log.entries` is not an array");
    expectBadInput(
      await runCli(["har", fixture("har/entries-not-array.har")]),
      "not a HAR: `log.entries` is not an array",
    );
  });

  it("entries with missing fields are left out with a warning; the rest is summarized", async () => {
    const run = await runCli(["har", fixture("har/missing-fields.har")]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("(left out: 0 other hosts, 0 not API calls, 6 malformed)");
    expect(run.stdout).toMatch(/│ 7 │ - +│ talentlms │ GET +│ \/api\/v1\/users\/id:999 │ 404 +│ not_found/);
    expect(run.stderr).toBe(
      "errnorm: warning: 6 malformed entries left out (entry 1 is not an object; entry 2 has no request; entry 3 has no request.url; " +
        "entry 4 has a request.url that is not an absolute URL; entry 5 has no response; entry 6 has no valid response.status)\n",
    );
  });

  it("a missing file, a directory", async () => {
    expectBadInput(await runCli(["har", fixture("har/nope.har")]), "no such file");
    expectBadInput(await runCli(["har", fixture("har")]), "it is a directory");
  });

  it("bad --vendor-host values", async () => {
    expectBadInput(await runCli(["har", RECORDED, "--vendor-host", "localhost"]), "expected host=vendor");
    expectBadInput(await runCli(["har", RECORDED, "--vendor-host", "localhost=moodle"]), 'unknown vendor "moodle"');
  });
});
