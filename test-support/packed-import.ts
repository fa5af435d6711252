// Benchmarks measure what users run: an entry point of the packed tarball (`pnpm bench` packs first, through
// scripts/packed-consumer.mjs), loaded by file URL so no development condition can send it to the sources.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { consumerDir } from "../scripts/packed-consumer.mjs";

/** Imports `specifier` (`@errnorm/talentlms`, `@errnorm/core/json`) from the unpacked tarballs. */
export const importPacked = async <T>(specifier: string): Promise<T> => {
  const [scope, name, ...rest] = specifier.split("/");
  const root = join(consumerDir, "node_modules", scope as string, name as string);
  const exports = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).exports as Record<
    string,
    { import: { default: string } }
  >;
  const entry = exports[rest.length === 0 ? "." : `./${rest.join("/")}`];
  if (entry === undefined) throw new Error(`${specifier} is not an entry point of the packed package`);
  return (await import(pathToFileURL(join(root, entry.import.default)).href)) as T;
};
