import type { Readable } from "node:stream";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { version } from "../package.json";
import { EXIT_CODES, type ExitCode } from "./exit-codes.js";
import { explain, isHttpStatus } from "./explain.js";
import { InputError, isInputError } from "./input-error.js";
import { CLI_LIMITS } from "./limits.js";
import { readCapped, readFileCapped } from "./read-input.js";
import { harSummaryJson } from "./har-json.js";
import { renderHarSummary } from "./render-har.js";
import { renderExplanation } from "./render-explain.js";
import { terminalSafe } from "./scrub.js";
import { summarizeHar } from "./summarize-har.js";
import { parseVendorHost, type VendorHost } from "./vendor-hosts.js";
import { VENDOR_NAMES, type VendorName } from "./vendors.js";

/** Where the CLI reads and writes: the process, or a test double. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly stdin: Readable;
  readonly stdinIsTTY: boolean;
  /** Terminal width for wrapping the explain table. */
  readonly columns: number;
}

const parseStatus = (value: string): number => {
  const status = /^\d{3}$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
  if (!isHttpStatus(status)) throw new InvalidArgumentError("expected an HTTP status from 100 to 599.");
  return status;
};

const HEADER_LINE = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+)[ \t]*:(.*)$/s;

const collectHeader = (value: string, previous: [string, string][] | undefined): [string, string][] => {
  const match = HEADER_LINE.exec(value.slice(0, 16 * 1024));
  if (!match) throw new InvalidArgumentError('expected "Name: value".');
  return [...(previous ?? []), [match[1] ?? "", (match[2] ?? "").trim()]];
};

const collectVendorHost = (value: string, previous: VendorHost[] | undefined): VendorHost[] => {
  const parsed = parseVendorHost(value);
  if (parsed.isErr())
    throw new InvalidArgumentError(parsed.error.message.replace(/^--vendor-host expects /, "expected ") + ".");
  return [...(previous ?? []), parsed.value];
};

const readInput = async (file: string | undefined, io: CliIo, cap: number): Promise<string> => {
  if (file !== undefined && file !== "-") return readFileCapped(file, cap);
  if (io.stdinIsTTY) throw new InputError("no input: give a FILE, or pipe the response into stdin (use - for stdin)");
  return readCapped(io.stdin, cap, "stdin");
};

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

const EXPLAIN_EXAMPLES = `
Input is a response body, or a whole raw HTTP response (status line, headers, blank line, body),
as printed by curl -i. Without --status and without a status line, HTTP 200 is assumed.
Inputs larger than ${CLI_LIMITS.explainBytes / (1024 * 1024)} MiB are refused.

Exit codes: 0 success (not an error), 1 an error was explained, 2 bad input.

Examples:
  $ curl -si https://acme.talentlms.com/api/v2/users/42 -H "X-API-Key: $KEY" | errnorm explain
  $ errnorm explain --vendor talview --status 403 body.json
  $ echo '{"error":{"type":"invalid_request_error","message":"The requested user does not exist"}}' | errnorm explain --status 404
  $ errnorm explain --json response.txt`;

const HAR_EXAMPLES = `
Every request to *.talentlms.com or *.talview.com that is an API call (path with /api/ or /graphql,
or a JSON response) is normalized, HTTP-200 GraphQL errors included. Output never shows query strings,
cookies, Authorization or X-API-Key values. HAR files larger than ${CLI_LIMITS.harBytes / (1024 * 1024)} MiB are refused.

Exit codes: 0 no error found, 1 errors found, 2 bad input (unreadable file, not JSON, not a HAR).

Examples:
  $ errnorm har session.har
  $ errnorm har --json session.har > failures.json
  $ errnorm har recording.har --vendor-host 127.0.0.1:4010=talview --vendor-host localhost:4020=talentlms`;

interface ExplainOptions {
  readonly vendor?: VendorName;
  readonly status?: number;
  readonly header?: [string, string][];
  readonly json?: boolean;
}

interface HarOptions {
  readonly vendorHost?: VendorHost[];
  readonly json?: boolean;
}

const buildProgram = (io: CliIo, setExit: (code: ExitCode) => void): Command => {
  const program = new Command("errnorm")
    .description("Explain TalentLMS and Talview API errors: one captured response, or every call in a HAR file.")
    .version(version, "-V, --version")
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => {} })
    .showSuggestionAfterError(true)
    .helpCommand(true);

  program
    .command("explain")
    .description("Explain one response (a body or a raw HTTP response) as a canonical NormalizedError.")
    .argument("[file]", "file with the body or raw response; - or nothing reads stdin")
    .addOption(
      new Option("--vendor <name>", "the API that answered (detected from the body or headers when left out)").choices(
        VENDOR_NAMES,
      ),
    )
    .option("--status <code>", "HTTP status (wins over the status line)", parseStatus)
    .option("-H, --header <line>", 'response header "Name: value" (repeatable)', collectHeader)
    .option("--json", "print exactly the error's toJSON()")
    .addHelpText("after", EXPLAIN_EXAMPLES)
    .action(async (file: string | undefined, options: ExplainOptions) => {
      const text = await readInput(file, io, CLI_LIMITS.explainBytes);
      const result = explain({ text, vendor: options.vendor, status: options.status, headers: options.header });
      if (result.isErr()) throw result.error;
      const explanation = result.value;
      const { error } = explanation;
      if (options.json) {
        io.stdout(json(error ? error.toJSON() : { ok: true, vendor: explanation.vendor, status: explanation.status }));
      } else io.stdout(renderExplanation(explanation, io.columns));
      setExit(error ? EXIT_CODES.errorsFound : EXIT_CODES.ok);
    });

  program
    .command("har")
    .description("Summarize every TalentLMS and Talview API call in a HAR file and list the failures.")
    .argument("<file>", "HAR file exported from the browser's developer tools (- reads stdin)")
    .option(
      "--vendor-host <host=vendor>",
      "treat a host (host, host:port or *.domain) as a vendor's API (repeatable)",
      collectVendorHost,
    )
    .option("--json", "print the summary as JSON, each failure with its error's toJSON()")
    .addHelpText("after", HAR_EXAMPLES)
    .action(async (file: string, options: HarOptions) => {
      const text = await readInput(file, io, CLI_LIMITS.harBytes);
      const result = summarizeHar(text, { vendorHosts: options.vendorHost });
      if (result.isErr()) throw result.error;
      const summary = result.value;
      io.stdout(options.json ? json(harSummaryJson(summary)) : renderHarSummary(summary));
      if (summary.skipped.malformed > 0) {
        const more = summary.skipped.malformed > summary.problems.length ? "; …" : "";
        io.stderr(
          `errnorm: warning: ${summary.skipped.malformed} malformed entries left out (${summary.problems.join("; ")}${more})\n`,
        );
      }
      setExit(summary.failures.length > 0 ? EXIT_CODES.errorsFound : EXIT_CODES.ok);
    });

  return program;
};

const oneLine = (text: string): string =>
  text
    .replace(/^error: /i, "")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 500);

/**
 * Runs `errnorm` with `argv` (without the node and script paths) and resolves to the exit code. Never rejects
 * and never prints a stack trace: failures become one line on stderr.
 */
export const run = async (argv: readonly string[], given: CliIo): Promise<ExitCode> => {
  const io: CliIo = {
    ...given,
    stdout: (text) => given.stdout(terminalSafe(text)),
    stderr: (text) => given.stderr(terminalSafe(text)),
  };
  let exit: ExitCode = EXIT_CODES.ok;
  try {
    if (argv.length === 0)
      throw new InputError("missing command: use errnorm explain or errnorm har (see errnorm --help)");
    await buildProgram(io, (code) => {
      exit = code;
    }).parseAsync([...argv], { from: "user" });
    return exit;
  } catch (thrown) {
    if (thrown instanceof CommanderError) {
      if (thrown.exitCode === 0) return EXIT_CODES.ok; // --help, --version
      io.stderr(`errnorm: ${oneLine(thrown.message)}\n`);
      return EXIT_CODES.badInput;
    }
    if (isInputError(thrown)) {
      io.stderr(`errnorm: ${oneLine(thrown.message)}\n`);
      return EXIT_CODES.badInput;
    }
    const message = thrown instanceof Error ? thrown.message : String(thrown);
    io.stderr(`errnorm: internal error: ${oneLine(message)}\n`);
    return EXIT_CODES.badInput;
  }
};
