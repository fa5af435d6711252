import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";

const packages = fileURLToPath(new URL("../../..", import.meta.url));
const tsup = fileURLToPath(new URL("../../../../node_modules/.bin/tsup", import.meta.url));

const newestSource = (dir: string): number =>
  Math.max(
    ...readdirSync(`${dir}/src`, { recursive: true, encoding: "utf8" }).map((f) => statSync(`${dir}/src/${f}`).mtimeMs),
  );

/**
 * Builds each package whose dist lacks one of its `files` or is older than its sources (CI builds first; this keeps
 * a lone `vitest run` honest). The last package needs `files`, the others `index.cjs`.
 */
export const ensureDist = (names: readonly string[], files: readonly string[]): void => {
  for (const name of names) {
    const dir = `${packages}/${name}`;
    const needed = (name === names.at(-1) ? files : ["index.cjs"]).map((file) => `${dir}/dist/${file}`);
    const fresh = needed.every((file) => existsSync(file) && statSync(file).mtimeMs >= newestSource(dir));
    if (!fresh) execFileSync(tsup, [], { cwd: dir, stdio: "pipe" });
  }
};
