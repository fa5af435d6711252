// Issue 10 item 8: the CLI never prints raw binary input. Whatever bytes arrive (a body, a HAR, an argument),
// what reaches the terminal has no control character but newline; --json output still parses to the same values.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fc, test } from "@fast-check/vitest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { terminalSafe } from "../src/scrub.js";
import { type CliRun, runCli } from "./run-cli.js";

// C0 controls but tab and newline, DEL, C1 controls (ESC and CSI start terminal escape sequences).
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** Every byte value, then the same bytes as UTF-8 C1 controls and an escape sequence. */
const BINARY = Buffer.concat([
  Buffer.from(Array.from({ length: 256 }, (_, i) => i)),
  Buffer.from("\u009b31m\u001b]0;pwned\u0007\u007f", "utf8"),
]);

const HOSTILE_MESSAGE = "bad \u001b[2J \u009b31m \u0085 \u007f \u0000 end";

const expectNoControls = (run: CliRun): void => {
  expect(run.stdout).not.toMatch(CONTROL);
  expect(run.stderr).not.toMatch(CONTROL);
};

describe("the CLI prints no raw binary input", () => {
  it.each([
    ["talentlms", []],
    ["talentlms", ["--json"]],
    ["talview", []],
    ["talview", ["--json"]],
  ] as const)("explain --vendor %s %j: bytes 0-255 and C1 controls as the body", async (vendor, extra) => {
    const run = await runCli(["explain", "--vendor", vendor, "--status", "502", ...extra], { stdin: BINARY });
    expect(run.code).toBe(1);
    expectNoControls(run);
    if (extra.length > 0) expect(() => JSON.parse(run.stdout)).not.toThrow();
  });

  it("explain --json keeps a message with C1 controls, escaped: it parses back to the same text", async () => {
    const body = JSON.stringify({ extensions: { code: 400 }, message: HOSTILE_MESSAGE });
    const run = await runCli(["explain", "--vendor", "talview", "--json"], { stdin: body });
    expect(run.code).toBe(1);
    expectNoControls(run);
    expect(run.stdout).toContain("\\u009b31m");
    expect((JSON.parse(run.stdout) as { message: string }).message).toBe(HOSTILE_MESSAGE);
  });

  it("an argument carrying an escape sequence is escaped in the error line", async () => {
    const run = await runCli(["explain", "--vendor", "\u001b[31mtalview\u009b0m"], { stdin: "{}" });
    expect(run.code).toBe(2);
    expectNoControls(run);
    expect(run.stderr).toContain("\\u001b[31mtalview");
  });

  describe("har", () => {
    let dir: string;
    let file: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), "errnorm-binary-"));
      file = join(dir, "binary.har");
      const entry = (text: string, encoding?: string) => ({
        startedDateTime: "2025-01-01T00:00:00.000Z\u009b2J",
        request: { method: "POST", url: "https://api.talview.com/v1/graphql", headers: [], queryString: [] },
        response: {
          status: 200,
          headers: [],
          content: { mimeType: "application/json", text, ...(encoding && { encoding }) },
        },
      });
      const graphqlError = JSON.stringify({
        errors: [{ message: HOSTILE_MESSAGE, extensions: { code: "unexpected" } }],
      });
      const har = {
        log: {
          entries: [entry(graphqlError), entry(BINARY.toString("base64"), "base64"), entry(BINARY.toString("latin1"))],
        },
      };
      writeFileSync(file, JSON.stringify(har));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it.each([[[]], [["--json"]]] as const)("har %j: hostile bodies and fields are escaped", async (extra) => {
      const run = await runCli(["har", file, ...extra]);
      expect(run.code).toBe(1);
      expectNoControls(run);
      if (extra.length > 0) {
        const summary = JSON.parse(run.stdout) as { failures: { error: { message: string } }[] };
        expect(summary.failures).toHaveLength(3);
        expect(summary.failures[0]?.error.message).toBe(HOSTILE_MESSAGE);
      } else expect(run.stdout).toContain("Failures (3):");
    });
  });
});

describe("terminalSafe", () => {
  test.prop([fc.jsonValue()])("keeps JSON text parsing to the same value, with no control character left", (value) => {
    const text = terminalSafe(JSON.stringify(value, null, 2));
    expect(text).not.toMatch(CONTROL);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
  });

  test.prop([fc.string({ unit: "binary", maxLength: 300 })])("leaves no control character in any text", (text) => {
    expect(terminalSafe(text)).not.toMatch(CONTROL);
  });
});
