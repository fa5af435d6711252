// Tests of the BUILT entries (CommonJS in a plain node process) build what is missing or stale first: CI builds
// before testing; this keeps a lone `vitest run` honest.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

interface PackedConsumer {
  /** `true` when a package's dist is missing or older than its sources or package.json. */
  readonly isStale: (name: string) => boolean;
}

const root = new URL("..", import.meta.url);
const { isStale } = (await import(
  /* @vite-ignore */ new URL("scripts/packed-consumer.mjs", root).href
)) as PackedConsumer;
const tsup = fileURLToPath(new URL("node_modules/.bin/tsup", root));

/** Builds each package (folder name under packages/) whose dist is stale or lacks one of its listed files. */
export const ensureDist = (builds: Readonly<Record<string, readonly string[]>>): void => {
  for (const [name, files] of Object.entries(builds)) {
    const dir = fileURLToPath(new URL(`packages/${name}/`, root));
    if (isStale(name) || !files.every((file) => existsSync(`${dir}dist/${file}`))) {
      execFileSync(tsup, [], { cwd: dir, stdio: "pipe" });
    }
  }
};
