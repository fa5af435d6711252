import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const EXAMPLES = new URL("../examples/", import.meta.url);
const TSC = fileURLToPath(new URL("../node_modules/.bin/tsc", import.meta.url));

/**
 * A README example under examples/ (`"integrations/talentlms-ky.ts"`), loaded by path: the packages' tsc does not
 * type-check the examples (`typecheckExamples` does, with their own tsconfig), so the caller names the shape it uses.
 */
export const loadExample = <T>(path: string): Promise<T> =>
  import(/* @vite-ignore */ fileURLToPath(new URL(path, EXAMPLES))) as Promise<T>;

/** Runs tsc on one examples folder (`"basics"`) with its own tsconfig; throws with tsc's output when it fails. */
export const typecheckExamples = (folder: string): void => {
  execFileSync(TSC, ["-p", fileURLToPath(new URL(`${folder}/tsconfig.json`, EXAMPLES))], { stdio: "pipe" });
};
