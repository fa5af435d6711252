import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ResponseTap,
  type ScriptedServer,
  startResponseTap,
  startScriptedServer,
  startTalentlmsEmulator,
} from "../src/index.js";
import { call, rejectionOf } from "./http.js";

let target: ScriptedServer;
let tap: ResponseTap;
beforeAll(async () => {
  target = await startScriptedServer();
  tap = await startResponseTap(target.url);
});
afterAll(async () => {
  await tap.close();
  await target.close();
});

describe("startResponseTap", () => {
  it("passes the target's status, headers and body through, and records exactly that response", async () => {
    target.answer({
      status: 503,
      headers: { "content-type": "text/html", "retry-after": "12", "x-request-id": "req-1" },
      body: "<html>down</html>",
    });
    const res = await call(`${tap.url}/api/v2/users/1`);
    expect(res.status).toBe(503);
    expect(res.text).toBe("<html>down</html>");
    expect(res.headers.get("retry-after")).toBe("12");
    const last = tap.last();
    expect(last).toMatchObject({ status: 503, body: "<html>down</html>" });
    expect(last.headers).toMatchObject({ "content-type": "text/html", "retry-after": "12", "x-request-id": "req-1" });
    expect(Object.keys(last.headers)).not.toContain("content-length");
  });

  it("forwards the method, path and query, headers and body of the request", async () => {
    const emulator = await startTalentlmsEmulator();
    const front = await startResponseTap(emulator.url);
    const body = JSON.stringify({ email: "new@example.com", login: "new", first_name: "N", last_name: "W" });
    const res = await call(`${front.url}/api/v2/users?source=tap`, {
      method: "POST",
      headers: { "X-API-Key": emulator.apiKey, "content-type": "application/json" },
      body,
    });
    await front.close();
    await emulator.close();
    expect(res.status).toBe(201);
    expect(emulator.requests).toHaveLength(1);
    expect(emulator.requests[0]).toMatchObject({ method: "POST", path: "/api/v2/users?source=tap", body });
    expect(emulator.requests[0]?.headers["x-api-key"]).toBe(emulator.apiKey);
    expect(front.last()).toMatchObject({ status: 201, body: res.text });
  });

  it("all() lists every response, oldest first", async () => {
    const start = tap.all().length;
    target.answer({ status: 404, headers: {}, body: "a" });
    await call(tap.url);
    target.answer({ status: 500, headers: {}, body: "b" });
    await call(tap.url);
    expect(
      tap
        .all()
        .slice(start)
        .map((r) => [r.status, r.body]),
    ).toEqual([
      [404, "a"],
      [500, "b"],
    ]);
  });

  it("last() throws before any response; an unreachable target drops the client's connection", async () => {
    const closed = await startScriptedServer();
    await closed.close();
    const lonely = await startResponseTap(closed.url);
    expect(() => lonely.last()).toThrow("no response went through the tap");
    expect(await rejectionOf(fetch(lonely.url))).toBeInstanceOf(TypeError);
    expect(lonely.all()).toEqual([]);
    await lonely.close();
  });
});
