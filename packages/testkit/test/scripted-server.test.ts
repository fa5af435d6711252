import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ScriptedServer, startScriptedServer } from "../src/index.js";
import { call, rejectionOf } from "./http.js";

let server: ScriptedServer;
beforeAll(async () => {
  server = await startScriptedServer();
});
afterAll(() => server.close());

describe("startScriptedServer", () => {
  it("listens on 127.0.0.1 and answers an empty 200 before anything is scripted", async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await call(`${server.url}/anything`);
    expect(res).toMatchObject({ status: 200, text: "" });
  });

  it("answers every request, on any path and method, with the scripted status, headers and body text", async () => {
    const scripted = { status: 429, headers: { "content-type": "application/json", "retry-after": "7" }, body: "{}" };
    expect(server.answer(scripted)).toEqual(scripted);
    for (const [path, method] of [
      ["/api/v2/users/1", "GET"],
      ["/v1/graphql", "POST"],
    ] as const) {
      const res = await call(`${server.url}${path}`, { method, ...(method === "POST" && { body: '{"query":"{x}"}' }) });
      expect(res.status).toBe(429);
      expect(res.headers.get("retry-after")).toBe("7");
      expect(res.headers.get("content-type")).toBe("application/json");
      expect(res.text).toBe("{}");
    }
  });

  it("a null-body status (204, 205, 304) is answered, and reported, without its body", async () => {
    for (const status of [204, 205, 304]) {
      const served = server.answer({ status, headers: {}, body: "ignored" });
      expect(served).toEqual({ status, headers: {}, body: "" });
      const res = await call(server.url);
      expect(res.status).toBe(status);
      expect(res.text).toBe("");
    }
  });

  it("counts the requests it received", async () => {
    const before = server.requests;
    await call(server.url);
    await call(server.url);
    expect(server.requests).toBe(before + 2);
  });

  it("after close() the port refuses connections", async () => {
    const spare = await startScriptedServer();
    await spare.close();
    expect(await rejectionOf(fetch(spare.url))).toBeInstanceOf(TypeError);
  });
});
