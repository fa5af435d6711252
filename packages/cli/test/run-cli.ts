import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";

/** The built binary, as `npx @errnorm/cli` runs it. */
export const CLI = fileURLToPath(new URL("../dist/cli.js", import.meta.url));

/** A fixture file's absolute path. */
export const fixture = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

/** What one run of the binary printed and returned. */
export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node dist/cli.js ...args` as a child process; `stdin` is written and closed (else stdin is empty). */
export const runCli = (args: readonly string[], options: { stdin?: string | Buffer } = {}): Promise<CliRun> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ["pipe", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", reject);
    child.on("close", (code) =>
      resolve({ code, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") }),
    );
    // The CLI may stop reading early (input over the cap): a broken pipe is expected then.
    child.stdin.on("error", () => {});
    child.stdin.end(options.stdin ?? "");
  });

/** Exit code 2 contract: exactly one line on stderr, no stack trace, nothing on stdout. */
export const expectBadInput = (run: CliRun, includes: string | RegExp): void => {
  expect(run.code, `stdout: ${run.stdout}\nstderr: ${run.stderr}`).toBe(2);
  expect(run.stderr).toMatch(/^errnorm: [^\n]+\n$/);
  expect(run.stderr).not.toMatch(/\bat .+:\d+:\d+|\.(ts|js):\d+/);
  expect(run.stdout).toBe("");
  if (typeof includes === "string") expect(run.stderr).toContain(includes);
  else expect(run.stderr).toMatch(includes);
};
