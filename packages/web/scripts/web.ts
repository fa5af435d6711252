// `pnpm web`: builds the explainer page and serves it on this machine only (127.0.0.1 unless --host says
// otherwise), then prints its address. Ctrl+C stops it.
import { parseArgs } from "node:util";
import { buildPage, webDir } from "./build-page.js";
import { pageDir, serveStatic, type StaticServer } from "./static-server.js";

const DEFAULT_PORT = 4179;

const { values } = parseArgs({
  options: { host: { type: "string", default: "127.0.0.1" }, port: { type: "string" } },
});
const host = values.host ?? "127.0.0.1";
const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`errnorm web: --port expects a port number, got ${values.port}`);
  process.exit(2);
}

await buildPage("info");
let server: StaticServer;
try {
  server = await serveStatic(pageDir(webDir), host, port);
} catch (thrown) {
  // The default port is taken (another `pnpm web`?): any free port will do.
  if ((thrown as NodeJS.ErrnoException).code !== "EADDRINUSE" || values.port !== undefined) throw thrown;
  server = await serveStatic(pageDir(webDir), host, 0);
}
console.log(
  `\nerrnorm explainer: ${server.url}\nLocal only: the page sends nothing anywhere. Ctrl+C stops the server.`,
);
const stop = (): void => {
  void server.close().then(() => process.exit(0));
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
