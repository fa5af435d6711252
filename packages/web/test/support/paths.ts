import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The web package. */
export const webDir = resolve(fileURLToPath(new URL("../..", import.meta.url)));
/** The repository. */
export const repoRoot = resolve(webDir, "..", "..");
/** Test output (git-ignored): screenshots and the generated large HAR. */
export const outputDir = join(webDir, ".tmp");
mkdirSync(outputDir, { recursive: true });
/** The CLI's test fixtures: the recorded HAR and the explain inputs. */
export const cliFixture = (name: string): string => join(repoRoot, "packages", "cli", "test", "fixtures", name);
