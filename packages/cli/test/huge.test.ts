import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectBadInput, runCli } from "./run-cli.js";

const MiB = 1024 * 1024;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "errnorm-huge-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A HAR entry whose TalentLMS error body carries `padding` characters of message. */
const entry = (i: number, padding: number, base64: boolean): string => {
  const body = JSON.stringify({
    error: { type: "api_error", message: `Internal server error ${"x".repeat(padding)}` },
  });
  const content = base64
    ? { mimeType: "application/json", encoding: "base64", text: Buffer.from(body).toString("base64") }
    : { mimeType: "application/json", text: body };
  return JSON.stringify({
    startedDateTime: new Date(Date.UTC(2025, 5, 2, 10, 0, i)).toISOString(),
    request: {
      method: "GET",
      url: `https://acme.talentlms.com/api/v1/users/id:${i}`,
      headers: [{ name: "X-API-Key", value: "huge-har-key-123456789" }],
    },
    response: { status: 500, headers: [], content },
  });
};

describe("huge inputs", () => {
  it("a 50 MB HAR (one 10 MB base64 body, 40 bodies of 1 MB) is summarized", async () => {
    const file = join(dir, "huge.har");
    const fd = openSync(file, "w");
    writeSync(fd, '{"log":{"version":"1.2","entries":[');
    writeSync(fd, entry(0, 10 * MiB, true));
    for (let i = 1; i <= 40; i += 1) writeSync(fd, `,${entry(i, MiB, false)}`);
    writeSync(fd, "]}}");
    closeSync(fd);
    expect(statSync(file).size).toBeGreaterThan(50 * 1000 * 1000);
    const run = await runCli(["har", file]);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("HAR: 41 entries, 41 TalentLMS/Talview API calls");
    expect(run.stdout).toMatch(/│ talentlms │ server +│ 41 +│/);
    expect(run.stdout).not.toContain("huge-har-key-123456789");
    expect(run.stdout.length).toBeLessThan(20_000);
  }, 120_000);

  it("a 10 MB body is explained; what it prints stays small", async () => {
    const body = JSON.stringify({
      extensions: { code: 500, traceId: "big-1" },
      message: `Internal Server Error ${"y".repeat(10 * MiB)}`,
    });
    const file = join(dir, "big-body.json");
    writeFileSync(file, body);
    const [table, json] = await Promise.all([
      runCli(["explain", file]),
      runCli(["explain", "--json"], { stdin: body }),
    ]);
    for (const run of [table, json]) {
      expect(run.code, run.stderr).toBe(1);
      expect(run.stdout.length).toBeLessThan(20_000);
    }
    expect(JSON.parse(json.stdout)).toMatchObject({ vendor: "talview", category: "server", traceId: "big-1" });
  }, 60_000);

  it("explain refuses input over 16 MiB, from a file and from stdin", async () => {
    const file = join(dir, "too-big.json");
    writeFileSync(file, `{"message":"${"z".repeat(17 * MiB)}"}`);
    expectBadInput(await runCli(["explain", file]), "is larger than 16 MiB, the most this command reads");
    expectBadInput(
      await runCli(["explain", "--vendor", "talview"], { stdin: Buffer.alloc(17 * MiB, 0x61) }),
      "stdin is larger than 16 MiB",
    );
  }, 60_000);

  it("har refuses a file over 256 MiB without reading it", async () => {
    const file = join(dir, "sparse.har");
    const fd = openSync(file, "w");
    closeSync(fd);
    // A sparse file: the size is there, the bytes are not.
    const { truncateSync } = await import("node:fs");
    truncateSync(file, 257 * MiB);
    expectBadInput(await runCli(["har", file]), "is larger than 256 MiB, the most this command reads");
  }, 30_000);

  it("deeply nested JSON in a HAR body does not crash", async () => {
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    const har = {
      log: {
        entries: [
          {
            request: { method: "POST", url: "https://api.talview.com/v1/graphql" },
            response: { status: 200, content: { mimeType: "application/json", text: deep } },
          },
        ],
      },
    };
    const file = join(dir, "deep.har");
    writeFileSync(file, JSON.stringify(har));
    const run = await runCli(["har", file]);
    expect([0, 1]).toContain(run.code);
    expect(run.stderr).toBe("");
  }, 30_000);
});
