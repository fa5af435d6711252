// What a user gets: each published package built, packed with `pnpm pack` (publishConfig applied, only `files`),
// and unpacked into .tmp/consumer/node_modules, with its third-party dependencies linked from the workspace.
// Size tests, the API report and the import benchmark all measure this tree, never the sources.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, symlinkSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = resolve(fileURLToPath(new URL("..", import.meta.url)));
export const consumerDir = join(repoRoot, ".tmp", "consumer");

const pnpm = () => {
  const execPath = process.env.npm_execpath ?? "";
  return execPath.includes("pnpm") ? [process.execPath, execPath] : ["npx", "-y", "pnpm@10.34.8"];
};

const run = (command, args, cwd) => {
  const child = spawnSync(command, args, { cwd, stdio: "pipe", encoding: "utf8" });
  if (child.status !== 0)
    throw new Error(`${command} ${args.join(" ")} failed in ${cwd}:\n${child.stderr}${child.stdout}`);
  return child.stdout;
};

/** Builds (when dist is missing or `rebuild`), packs and unpacks `packages` (folder names under packages/). */
export const installPacked = (packages, { rebuild = false } = {}) => {
  const modules = join(consumerDir, "node_modules");
  const packDir = join(consumerDir, "packs");
  rmSync(consumerDir, { recursive: true, force: true });
  mkdirSync(packDir, { recursive: true });
  mkdirSync(join(modules, "@errnorm"), { recursive: true });
  const [cmd, ...pre] = pnpm();
  const linked = new Set();
  for (const name of packages) {
    const dir = join(repoRoot, "packages", name);
    if (rebuild || isStale(name)) run(join(repoRoot, "node_modules", ".bin", "tsup"), [], dir);
    run(cmd, [...pre, "pack", "--pack-destination", packDir], dir);
    const tarball = readdirSync(packDir).find((f) => f.startsWith(`errnorm-${name}-`) && f.endsWith(".tgz"));
    const target = join(modules, "@errnorm", name);
    mkdirSync(target, { recursive: true });
    run("tar", ["-xzf", join(packDir, tarball), "-C", target, "--strip-components=1"], repoRoot);
    const manifest = JSON.parse(readFileSync(join(target, "package.json"), "utf8"));
    const from = createRequire(join(dir, "package.json"));
    const deps = { ...manifest.dependencies, ...manifest.peerDependencies };
    for (const dep of Object.keys(deps)) {
      if (dep.startsWith("@errnorm/") || linked.has(dep)) continue;
      let location;
      try {
        location = dirname(from.resolve(`${dep}/package.json`));
      } catch {
        continue; // an optional peer the workspace does not install
      }
      const link = join(modules, dep);
      mkdirSync(dirname(link), { recursive: true });
      if (!existsSync(link)) symlinkSync(realpathSync(location), link, "dir");
      linked.add(dep);
    }
  }
  return modules;
};

const newest = (dir) => {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
};

/** `true` when a package's dist is missing or older than its sources or package.json. */
export const isStale = (name) => {
  const dir = join(repoRoot, "packages", name);
  const dist = join(dir, "dist");
  const files = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).files ?? [];
  if (!existsSync(dist) || (files.includes("dist-node") && !existsSync(join(dir, "dist-node")))) return true;
  const built = newest(dist);
  return newest(join(dir, "src")) > built || statSync(join(dir, "package.json")).mtimeMs > built;
};

/** Published packages (folder names): those with an `exports` map and no `private`. */
export const publishedPackages = () =>
  readdirSync(join(repoRoot, "packages")).filter((dir) => {
    const file = join(repoRoot, "packages", dir, "package.json");
    if (!existsSync(file)) return false;
    const pkg = JSON.parse(readFileSync(file, "utf8"));
    return !pkg.private && pkg.exports !== undefined;
  });

if (import.meta.url === `file://${process.argv[1]}`) {
  installPacked(publishedPackages());
  console.log(`packed and unpacked into ${consumerDir}`);
}
