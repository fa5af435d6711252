import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const packages = fileURLToPath(new URL("../../..", import.meta.url));
const tsup = fileURLToPath(new URL("../../../../node_modules/.bin/tsup", import.meta.url));

/** Builds each package whose dist lacks one of `files` (CI builds first; this keeps a lone `vitest run` honest). */
export const ensureDist = (names: readonly string[], files: readonly string[]): void => {
  for (const name of names) {
    const dir = `${packages}/${name}`;
    const needed = name === names.at(-1) ? files : ["index.cjs"];
    if (needed.every((file) => existsSync(`${dir}/dist/${file}`))) continue;
    execFileSync(tsup, [], { cwd: dir, stdio: "pipe" });
  }
};
