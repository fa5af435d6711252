import { fileURLToPath } from "node:url";
import { build } from "vite";

/** The web package's folder. */
export const webDir = fileURLToPath(new URL("..", import.meta.url));

/** Builds the page into `packages/web/dist` with the package's vite config. */
export const buildPage = async (logLevel: "info" | "warn" = "warn"): Promise<void> => {
  await build({ configFile: fileURLToPath(new URL("../vite.config.ts", import.meta.url)), logLevel });
};
