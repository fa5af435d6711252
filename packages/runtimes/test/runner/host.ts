// The entry for Node (ESM and CommonJS), Bun and Deno: the adapters are imported from the built packages by the
// runtime's own resolver, and the answer is printed as one JSON line.
import { parseResponse as talentlms } from "@errnorm/talentlms";
import { parseResponse as talview } from "@errnorm/talview";
import cases from "errnorm-corpus";
import { runCorpus } from "./run-corpus.js";

declare const require: { resolve(name: string): string } | undefined;
declare const Deno: { version: { deno: string } } | undefined;
declare const Bun: { version: string } | undefined;
declare const process: { versions: { node: string } };

/** The file a specifier resolves to here: `import.meta.resolve` in ESM, `require.resolve` in CommonJS. */
const resolved = (name: string): string =>
  typeof import.meta.resolve === "function" ? import.meta.resolve(name) : (require?.resolve(name) ?? "?");

const runtime =
  typeof Deno !== "undefined"
    ? `deno ${Deno.version.deno}`
    : typeof Bun !== "undefined"
      ? `bun ${Bun.version}`
      : `node ${process.versions.node}`;

console.log(
  JSON.stringify({
    runtime,
    resolved: { talentlms: resolved("@errnorm/talentlms"), talview: resolved("@errnorm/talview") },
    outcomes: runCorpus(cases, { talentlms, talview }),
  }),
);
