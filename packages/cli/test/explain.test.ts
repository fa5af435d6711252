import { readFileSync } from "node:fs";
import { NormalizedErrorJsonSchema } from "@errnorm/core/json";
import { describe, expect, it } from "vitest";
import { EXPLAIN_CASES } from "./explain-cases.js";
import { expectBadInput, fixture, runCli } from "./run-cli.js";

describe("errnorm explain: fixtures", () => {
  for (const c of EXPLAIN_CASES) {
    it(`${c.name} (${c.label}: ${c.source})`, async () => {
      const args = ["explain", ...(c.args ?? []), fixture(c.file)];
      const [table, json] = await Promise.all([runCli(args), runCli([...args, "--json"])]);
      const exit = c.error ? 1 : 0;
      expect(table.code, table.stderr).toBe(exit);
      expect(json.code, json.stderr).toBe(exit);
      expect(table.stderr).toBe("");
      expect(json.stderr).toBe("");
      for (const text of c.table) expect(table.stdout).toContain(text);
      const printed: unknown = JSON.parse(json.stdout);
      if (c.error) {
        expect(NormalizedErrorJsonSchema.safeParse(printed).success).toBe(true);
        expect(printed).toMatchObject(c.error);
        expect(table.stdout).toContain(`│ category       │ ${c.error.category}`);
      } else {
        expect(printed).toEqual({ ok: true, vendor: expect.any(String), status: 200 });
      }
    });
  }

  it("prints exactly toJSON() with --json: the same object the adapter builds, key for key", async () => {
    const run = await runCli([
      "explain",
      "--json",
      "--status",
      "404",
      fixture("explain/talentlms-user-not-found.json"),
    ]);
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
    expect(JSON.parse(run.stdout).raw).toEqual(
      JSON.parse(readFileSync(fixture("explain/talentlms-user-not-found.json"), "utf8")),
    );
  });
});

describe("errnorm explain: stdin and options", () => {
  const body = readFileSync(fixture("explain/talview-invalid-jwt.json"), "utf8");

  it("reads stdin when no FILE is given", async () => {
    const run = await runCli(["explain", "--json"], { stdin: body });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ vendor: "talview", reason: "TOKEN_EXPIRED" });
  });

  it("reads stdin for FILE -", async () => {
    const raw = readFileSync(fixture("explain/talview-token-expired-403.http"));
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
    const run = await runCli(["explain", "--json", "--status", "500", fixture("explain/talview-rest-not-found.http")]);
    expect(JSON.parse(run.stdout)).toMatchObject({ status: 500 });
  });

  it("scrubs a credential passed with --header from everything it prints", async () => {
    const key = "key-echoed-6f5e4d3c2b1a";
    const file = fixture("explain/talentlms-continue-401.http");
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
    const run = await runCli(["explain", fixture("explain/talview-query-success.json")]);
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
      await runCli(["explain", "--vendor", "moodle", fixture("explain/talview-invalid-jwt.json")]),
      "Allowed choices are talentlms, talview",
    );
  });

  it.each([["abc"], ["99"], ["600"], ["4040"], ["40.4"]])("bad --status %s", async (status) => {
    expectBadInput(
      await runCli(["explain", "--status", status, fixture("explain/talview-invalid-jwt.json")]),
      "expected an HTTP status from 100 to 599",
    );
  });

  it("bad --header", async () => {
    expectBadInput(
      await runCli(["explain", "--header", "NoColonHere", fixture("explain/talview-invalid-jwt.json")]),
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
