// The static server behind `pnpm web` and the browser tests: files of one folder, nothing outside it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveStatic, type StaticServer } from "../scripts/static-server.js";

let dir: string;
let server: StaticServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "errnorm-web-"));
  mkdirSync(join(dir, "site", "assets"), { recursive: true });
  writeFileSync(join(dir, "site", "index.html"), "<!doctype html><title>t</title>");
  writeFileSync(join(dir, "site", "assets", "a.js"), "export {};");
  writeFileSync(join(dir, "secret.txt"), "outside");
  server = await serveStatic(join(dir, "site"));
});

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = async (path: string, method = "GET"): Promise<[number, string, string]> => {
  const response = await fetch(`${server.url.replace(/\/$/, "")}${path}`, { method });
  return [response.status, response.headers.get("content-type") ?? "", await response.text()];
};

describe("serveStatic", () => {
  it("listens on 127.0.0.1 on a free port", () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it("serves index.html for / and files with their content type", async () => {
    expect(await get("/")).toEqual([200, "text/html; charset=utf-8", "<!doctype html><title>t</title>"]);
    expect(await get("/assets/a.js")).toEqual([200, "text/javascript; charset=utf-8", "export {};"]);
  });

  it("answers 404 for a missing file and for a path that leaves the folder, 405 for other methods", async () => {
    expect((await get("/nope.js"))[0]).toBe(404);
    expect((await get("/%2e%2e/secret.txt"))[0]).toBe(404);
    expect((await get("/assets/%2e%2e/%2e%2e/secret.txt"))[0]).toBe(404);
    expect((await get("/%E0%A4%A"))[0]).toBe(404);
    expect((await get("/", "POST"))[0]).toBe(405);
  });
});
