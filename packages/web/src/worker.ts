// The worker: reads, parses and normalizes with the CLI's own library, off the page's main thread.
import {
  CLI_LIMITS,
  explain,
  isInputError,
  isVendorName,
  parseVendorHost,
  summarizeHar,
  VENDOR_NAMES,
  type VendorHost,
} from "@errnorm/cli";
import { harSummaryJson } from "@errnorm/cli";
import type { HarSummaryJson, Job, Reply, Stage } from "./protocol.js";
import { readFileText } from "./read-file.js";

interface WorkerScope {
  postMessage(message: Reply): void;
  addEventListener(type: "message", listener: (event: MessageEvent<Job>) => void): void;
}
const scope = self as unknown as WorkerScope;

const post = (message: Reply): void => scope.postMessage(message);
const progress = (stage: Stage, done = 0, total = 0): void => post({ kind: "progress", stage, done, total });

/** Thrown for input the CLI would refuse; its message is shown as it is. */
class Refused extends Error {}

const vendorHostsOf = (lines: readonly string[]): VendorHost[] =>
  lines.map((line) => {
    const parsed = parseVendorHost(line);
    if (parsed.isErr()) throw new Refused(parsed.error.message);
    return parsed.value;
  });

/** A HAR by its name, or by how browsers write one: `{"log": {` first. */
const looksLikeHar = (name: string | undefined, text: string): boolean =>
  name?.toLowerCase().endsWith(".har") === true || /^\uFEFF?\s*\{\s*"log"\s*:/.test(text.slice(0, 1024));

const MIB = 1024 * 1024;

const summarize = (text: string, vendorHosts: VendorHost[]): HarSummaryJson => {
  progress("parsing");
  let har: unknown = text;
  try {
    har = JSON.parse(text);
  } catch {
    // summarizeHar parses the text again and says where it is broken, as errnorm har does.
  }
  progress("normalizing");
  const summary = summarizeHar(har, { vendorHosts });
  if (summary.isErr()) throw new Refused(summary.error.message);
  return harSummaryJson(summary.value) as HarSummaryJson;
};

const run = async (job: Job): Promise<Reply> => {
  const vendorHosts = vendorHostsOf(job.vendorHosts);
  const name = job.kind === "file" ? job.file.name : undefined;
  if (job.kind === "file" && job.file.size > CLI_LIMITS.harBytes)
    throw new Refused(`the file is larger than ${CLI_LIMITS.harBytes / MIB} MiB, the most errnorm har reads`);
  const text =
    job.kind === "file" ? await readFileText(job.file, (done, total) => progress("reading", done, total)) : job.text;
  if (looksLikeHar(name, text)) return { kind: "har", summary: summarize(text, vendorHosts) };
  if (text.length > CLI_LIMITS.explainBytes)
    throw new Refused(`a single response larger than ${CLI_LIMITS.explainBytes / MIB} MiB is not explained`);
  if (job.vendor !== undefined && !isVendorName(job.vendor)) throw new Refused(`unknown vendor ${job.vendor}`);
  progress("normalizing");
  const result = explain({ text, vendor: job.vendor, status: job.status });
  if (result.isErr()) throw new Refused(result.error.message);
  const { vendor, evidence, status, statusSource, error } = result.value;
  return {
    kind: "explanation",
    explanation: { vendor, evidence, status, statusSource, error: error?.toJSON() },
  };
};

scope.addEventListener("message", (event) => {
  run(event.data).then(post, (thrown: unknown) => {
    // Input errors carry the CLI's own one-line messages, which never quote the input; any other error's
    // message might, so the page gets only its name (the whole error goes to this tab's console).
    if (thrown instanceof Refused || isInputError(thrown)) post({ kind: "failed", message: thrown.message });
    else {
      console.error(thrown);
      const name = thrown instanceof Error ? thrown.name : typeof thrown;
      post({ kind: "failed", message: `internal error (${name}): see the browser console` });
    }
  });
});

post({ kind: "ready", vendors: VENDOR_NAMES });
