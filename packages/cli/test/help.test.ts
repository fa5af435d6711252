import { describe, expect, it } from "vitest";
import { expectBadInput, runCli } from "./run-cli.js";

describe("errnorm --help and usage errors", () => {
  it("--help lists both commands", async () => {
    const run = await runCli(["--help"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/^Usage: errnorm \[options\] \[command\]/);
    expect(run.stdout).toMatch(/explain \[options\] \[file\]/);
    expect(run.stdout).toMatch(/har \[options\] <file>/);
  });

  it.each([[["explain", "--help"]], [["help", "explain"]]])(
    "%j documents options, input, exit codes and examples",
    async (args) => {
      const run = await runCli(args);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^Usage: errnorm explain \[options\] \[file\]/);
      for (const text of [
        "--vendor <name>",
        '"talentlms", "talview"',
        "--status <code>",
        "-H, --header <line>",
        "--json",
        "Exit codes: 0",
        "Examples:",
        "16 MiB",
      ]) {
        expect(run.stdout).toContain(text);
      }
    },
  );

  it.each([[["har", "--help"]], [["help", "har"]]])("%j documents options, exit codes and examples", async (args) => {
    const run = await runCli(args);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: errnorm har \[options\] <file>/);
    for (const text of ["--vendor-host <host=vendor>", "--json", "Exit codes: 0", "Examples:", "256 MiB"])
      expect(run.stdout).toContain(text);
  });

  it("--version prints the package version", async () => {
    const run = await runCli(["--version"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it("no command, an unknown command, an unknown option, a missing argument: exit 2, one line", async () => {
    expectBadInput(await runCli([]), "missing command");
    expectBadInput(await runCli(["explian"]), "unknown command 'explian'");
    expectBadInput(await runCli(["explain", "--jsn"]), "unknown option '--jsn'");
    expectBadInput(await runCli(["har"]), "missing required argument 'file'");
  });
});
