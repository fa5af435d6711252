import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";

export const repoRoot = resolve(import.meta.dirname, "../../..");

/** Every TypeScript source file of every package's src/ (what ships). */
export const sourceFiles = (): { path: string; text: string }[] => {
  const out: { path: string; text: string }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith(".ts") && !name.endsWith(".d.ts"))
        out.push({ path: relative(repoRoot, full), text: readFileSync(full, "utf8") });
    }
  };
  const packages = join(repoRoot, "packages");
  for (const pkg of readdirSync(packages)) {
    const src = join(packages, pkg, "src");
    try {
      if (statSync(src).isDirectory()) walk(src);
    } catch {
      // a package without src/ (this one) has nothing to scan
    }
  }
  return out;
};
