import type { ResultLike } from "@errnorm/testkit/properties";
import { describeFixtures, type Fixture } from "@errnorm/testkit/fixtures";
import { err, ok } from "neverthrow";
import { describe, expect, it } from "vitest";
import { caseById, caseFile, CASES, cliInput, cliOf } from "./cases.js";
import { type CliRun, expectBadInput, fixture, runCli } from "./run-cli.js";

// Every case of test/fixtures/cases through the one fixture runner of @errnorm/testkit: the CLI run on the rendered
// input must print (--json) what the fixture expects, as the adapters' own fixtures are checked.
const tables = new Map<string, CliRun>();

const explainCase = async (fixture: Fixture) => {
  const args = ["explain", ...(cliOf(fixture).args ?? []), caseFile(fixture)];
  const [table, json] = await Promise.all([runCli(args), runCli([...args, "--json"])]);
  tables.set(fixture.id, table);
  expect(json.stderr).toBe("");
  expect(json.code, json.stdout).toBe(fixture.expect.ok ? 0 : 1);
  const printed: unknown = JSON.parse(json.stdout);
  if (!fixture.expect.ok) return err(printed);
  expect(printed).toEqual({ ok: true, vendor: cliOf(fixture).vendor, status: fixture.response.status });
  return ok(undefined);
};

const checkTable = (fixture: Fixture, result: ResultLike) => {
  const table = tables.get(fixture.id) as CliRun;
  expect(table.stderr).toBe("");
  expect(table.code).toBe(fixture.expect.ok ? 0 : 1);
  for (const text of cliOf(fixture).table) expect(table.stdout).toContain(text);
  if (result.isErr())
    expect(table.stdout).toContain(`│ category       │ ${(result.error as { category: string }).category}`);
};

for (const vendor of ["talentlms", "talview"] as const) {
  describeFixtures(
    CASES.filter((f) => cliOf(f).vendor === vendor),
    { vendor, forms: ["text"], run: explainCase, check: checkTable },
  );
}

describe("errnorm explain: the --json output", () => {
  it("prints exactly toJSON(): the same object the adapter builds, key for key", async () => {
    const notFound = caseById("talentlms-user-not-found");
    const run = await runCli(["explain", "--json", ...(cliOf(notFound).args ?? []), caseFile(notFound)]);
    expect(run.code).toBe(1);
    expect(Object.keys(JSON.parse(run.stdout))).toEqual([
      "errnorm",
      "name",
      "vendor",
      "category",
      "retryable",
      "action",
      "reason",
      "userMessage",
      "message",
      "status",
      "vendorCode",
      "raw",
    ]);
    expect(JSON.parse(run.stdout).raw).toEqual(notFound.response.body);
  });
});

describe("errnorm explain: stdin and options", () => {
  const body = cliInput(caseById("talview-invalid-jwt"));

  it("reads stdin when no FILE is given", async () => {
    const run = await runCli(["explain", "--json"], { stdin: body });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ vendor: "talview", reason: "TOKEN_EXPIRED" });
  });

  it("reads stdin for FILE -", async () => {
    const raw = cliInput(caseById("talview-token-expired-403"));
    const run = await runCli(["explain", "-", "--json"], { stdin: raw });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ status: 403, traceId: "77020d7cb1" });
  });

  it("--header adds response headers: a request id becomes the traceId, Retry-After the wait", async () => {
    const run = await runCli(
      [
        "explain",
        "--json",
        "--vendor",
        "talview",
        "--status",
        "429",
        "-H",
        "X-Request-Id: req-from-header",
        "--header",
        "Retry-After: 7",
      ],
      {
        stdin: '{"message":"Too Many Requests"}',
      },
    );
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({
      category: "rate_limited",
      traceId: "req-from-header",
      retryAfterMs: 7000,
    });
  });

  it("--status wins over the status line", async () => {
    const run = await runCli(["explain", "--json", "--status", "500", caseFile(caseById("talview-rest-not-found"))]);
    expect(JSON.parse(run.stdout)).toMatchObject({ status: 500 });
  });

  it("scrubs a credential passed with --header from everything it prints", async () => {
    const key = "key-echoed-6f5e4d3c2b1a";
    const file = caseFile(caseById("talentlms-continue-401"));
    const withKey = await Promise.all([
      runCli(["explain", "-H", `X-API-Key: ${key}`, file]),
      runCli(["explain", "--json", "-H", `X-API-Key: ${key}`, file]),
    ]);
    for (const run of withKey) {
      expect(run.code).toBe(1);
      expect(run.stdout + run.stderr).not.toContain(key);
      expect(run.stdout).toContain("[REDACTED]");
    }
    // Control: without the header the CLI cannot know the echoed text is a key.
    const without = await runCli(["explain", "--json", file]);
    expect(without.stdout).toContain(key);
  });

  it("prints a success as a success, exit 0", async () => {
    const run = await runCli(["explain", caseFile(caseById("talview-query-success"))]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Success: HTTP 200 .* is not an error; nothing to explain\.\n$/);
  });

  it("replaces terminal control characters from the body in the table", async () => {
    const run = await runCli(["explain", "--vendor", "talview", "--status", "400"], {
      stdin: JSON.stringify({ extensions: { code: 400 }, message: "bad \u001b[2J\u001b]0;pwned\u0007 input" }),
    });
    expect(run.code).toBe(1);
    expect(run.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(run.stdout).toContain("bad \uFFFD[2J\uFFFD]0;pwned\uFFFD input");
  });
});

describe("errnorm explain: bad input exits 2 with one line", () => {
  it("cannot tell the vendor", async () => {
    expectBadInput(
      await runCli(["explain", fixture("explain/unknown-vendor.html")]),
      "cannot tell the vendor from this input: pass --vendor talentlms or --vendor talview",
    );
  });

  it("unknown vendor", async () => {
    expectBadInput(
      await runCli(["explain", "--vendor", "moodle", caseFile(caseById("talview-invalid-jwt"))]),
      "Allowed choices are talentlms, talview",
    );
  });

  it.each([["abc"], ["99"], ["600"], ["4040"], ["40.4"]])("bad --status %s", async (status) => {
    expectBadInput(
      await runCli(["explain", "--status", status, caseFile(caseById("talview-invalid-jwt"))]),
      "expected an HTTP status from 100 to 599",
    );
  });

  it("bad --header", async () => {
    expectBadInput(
      await runCli(["explain", "--header", "NoColonHere", caseFile(caseById("talview-invalid-jwt"))]),
      'expected "Name: value"',
    );
  });

  it("missing file", async () => {
    expectBadInput(await runCli(["explain", fixture("explain/does-not-exist.json")]), "no such file");
  });

  it("a directory", async () => {
    expectBadInput(await runCli(["explain", fixture("explain")]), "it is a directory");
  });

  it("empty input", async () => {
    expectBadInput(await runCli(["explain", fixture("explain/empty.txt")]), "the input is empty");
    expectBadInput(await runCli(["explain"], { stdin: "  \n" }), "the input is empty");
  });

  it("a malformed status line", async () => {
    expectBadInput(
      await runCli(["explain", fixture("explain/malformed-status-line.http")]),
      'is not like "HTTP/1.1 404 Not Found"',
    );
  });

  it("a malformed header line", async () => {
    expectBadInput(
      await runCli(["explain", fixture("explain/malformed-header.http")]),
      'header line 1 "this line has no colon" is not "Name: value"',
    );
  });
});
