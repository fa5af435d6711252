import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, resolve, sep } from "node:path";

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
};

/** A running static server. */
export interface StaticServer {
  /** `http://host:port/`. */
  readonly url: string;
  readonly close: () => Promise<void>;
}

/** The file a URL path names inside `root` (`/` is `index.html`); `undefined` for a path that leaves it. */
const fileOf = (root: string, urlPath: string): string | undefined => {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split("?")[0] ?? "/");
  } catch {
    return undefined;
  }
  const file = resolve(root, `.${path.endsWith("/") ? `${path}index.html` : path}`);
  return file === root || file.startsWith(root + sep) ? file : undefined;
};

/**
 * Serves the files of `dir` (GET and HEAD only) on `host:port`; port 0 picks a free one. No headers beyond the
 * content type: the page's own `<meta>` Content-Security-Policy is what protects it on any host.
 */
export const serveStatic = (dir: string, host = "127.0.0.1", port = 0): Promise<StaticServer> => {
  const root = resolve(dir);
  const server = createServer((request, response) => {
    const file = request.method === "GET" || request.method === "HEAD" ? fileOf(root, request.url ?? "/") : undefined;
    const fail = (status: number): void => {
      response.writeHead(status, { "content-type": "text/plain; charset=utf-8" }).end(`${status}\n`);
    };
    if (file === undefined) return fail(request.method === "GET" || request.method === "HEAD" ? 404 : 405);
    stat(file).then(
      (info) => {
        if (!info.isFile()) return fail(404);
        response.writeHead(200, {
          "content-type": CONTENT_TYPES[extname(file)] ?? "application/octet-stream",
          "content-length": info.size,
        });
        if (request.method === "HEAD") response.end();
        else createReadStream(file).pipe(response);
      },
      () => fail(404),
    );
  });
  return new Promise((done, fail) => {
    server.once("error", fail);
    server.listen(port, host, () => {
      const { port: bound } = server.address() as AddressInfo;
      const shown = host.includes(":") ? `[${host}]` : host;
      done({
        url: `http://${shown}:${bound}/`,
        close: () =>
          new Promise((closed) => {
            server.closeAllConnections();
            server.close(() => closed());
          }),
      });
    });
  });
};

/** Where `pnpm web` and the tests find the built page. */
export const pageDir = (webDir: string): string => join(webDir, "dist");
