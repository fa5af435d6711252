import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Fixture, fixtureProblems } from "./fixtures-format.js";

/**
 * Every `*.json` fixture of a directory, sorted by file name. Throws one error naming every file that is not in the
 * fixture format, and every id used twice.
 *
 * @example
 * const fixtures = loadFixtures(new URL("./fixtures/", import.meta.url));
 */
export const loadFixtures = (dir: string | URL): Fixture[] => {
  const path = typeof dir === "string" ? dir : fileURLToPath(dir);
  const problems: string[] = [];
  const fixtures: Fixture[] = [];
  for (const file of readdirSync(path)
    .filter((name) => name.endsWith(".json"))
    .sort()) {
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(join(path, file), "utf8"));
    } catch (thrown) {
      problems.push(`${file}: not JSON (${String(thrown)})`);
      continue;
    }
    const wrong = fixtureProblems(value);
    if (wrong.length > 0) problems.push(...wrong.map((p) => `${file}: ${p}`));
    else fixtures.push({ file, ...(value as Omit<Fixture, "file">) });
  }
  const ids = new Map<string, string>();
  for (const f of fixtures) {
    const other = ids.get(f.id);
    if (other !== undefined) problems.push(`${f.file}: id ${f.id} is also the id of ${other}`);
    ids.set(f.id, f.file);
  }
  if (problems.length > 0) throw new Error(`fixtures in ${path}:\n  - ${problems.join("\n  - ")}`);
  return fixtures;
};
