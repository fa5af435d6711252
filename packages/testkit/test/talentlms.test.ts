import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startTalentlmsEmulator, type TalentlmsEmulator } from "../src/index.js";
import { TALENTLMS } from "./fixtures.js";
import { call, manualClock, rejectionOf } from "./http.js";

let tlms: TalentlmsEmulator;
const KEY = { "X-API-Key": "test-api-key" };

beforeAll(async () => {
  tlms = await startTalentlmsEmulator();
});
afterAll(async () => {
  await tlms.close();
});
beforeEach(() => {
  tlms.reset();
});

describe("TalentLMS emulator: answers", () => {
  it("listens on 127.0.0.1 and serves v1 users with rate-limit and request-id headers", async () => {
    expect(tlms.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await call(`${tlms.v1Url}/users/id:1`, { headers: KEY });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ id: "1", login: "jdoe", email: "john.doe@example.com" });
    expect(res.headers.get("x-ratelimit-limit")).toBe("200");
    expect(res.headers.get("x-ratelimit-remaining")).toBe("199");
    expect(res.headers.get("x-request-id")).toBe(tlms.requests[0]?.id);
    expect(res.headers.get("retry-after")).toBeNull();
  });

  it("accepts v1's HTTP Basic auth with the key as user name", async () => {
    const basic = `Basic ${Buffer.from("test-api-key:").toString("base64")}`;
    const res = await call(`${tlms.v1Url}/courses/id:2`, { headers: { Authorization: basic } });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ id: "2", name: "Security Awareness" });
  });

  it("answers 401 for a missing or unknown key, wrapped on v1 and flat on v2, with rate-limit headers", async () => {
    const missing = await call(`${tlms.v1Url}/users/id:1`);
    expect(missing.status).toBe(401);
    expect(missing.json).toEqual({ error: { type: "invalid_request_error", message: "No API key provided" } });
    expect(missing.headers.get("x-ratelimit-remaining")).toBe("200");

    const wrong = await call(`${tlms.v1Url}/users/id:1`, { headers: { "X-API-Key": "nope" } });
    expect(wrong.status).toBe(TALENTLMS.v1InvalidKey.status);
    expect(wrong.json).toEqual(TALENTLMS.v1InvalidKey.body);

    const v2 = await call(`${tlms.v2Url}/users/1`, { headers: { "X-API-Key": "nope" } });
    expect(v2.status).toBe(401);
    expect(v2.json).toEqual(TALENTLMS.v1InvalidKey.body.error);
  });

  it("answers 403 while the domain is inactive", async () => {
    tlms.setDomainActive(false);
    const res = await call(`${tlms.v1Url}/users`, { headers: KEY });
    expect(res.status).toBe(TALENTLMS.v1InactiveDomain.status);
    expect(res.json).toEqual(TALENTLMS.v1InactiveDomain.body);
    tlms.setDomainActive(true);
    expect((await call(`${tlms.v1Url}/users`, { headers: KEY })).status).toBe(200);
  });

  it("answers 403 from the start with domainActive: false", async () => {
    const inactive = await startTalentlmsEmulator({ domainActive: false });
    try {
      const res = await call(`${inactive.v2Url}/users`, { headers: KEY });
      expect(res.status).toBe(403);
      expect(res.json).toEqual(TALENTLMS.v1InactiveDomain.body.error);
    } finally {
      await inactive.close();
    }
  });

  it("answers unknown ids with 404: v1 wrapped, v2 flat", async () => {
    const v1 = await call(`${tlms.v1Url}/users/id:999`, { headers: KEY });
    expect(v1.status).toBe(TALENTLMS.v1UserNotFound.status);
    expect(v1.json).toEqual(TALENTLMS.v1UserNotFound.body);
    const v2 = await call(`${tlms.v2Url}/users/999`, { headers: KEY });
    expect(v2.status).toBe(TALENTLMS.v2UserNotFound.status);
    expect(v2.json).toEqual(TALENTLMS.v2UserNotFound.body);
    const course = await call(`${tlms.v1Url}/courses/id:999`, { headers: KEY });
    expect(course.json).toEqual({
      error: { type: "invalid_request_error", message: "The requested course does not exist" },
    });
  });

  it("answers bad arguments and unknown actions with the v1 strings", async () => {
    const badId = await call(`${tlms.v1Url}/users/id:abc`, { headers: KEY });
    expect([badId.status, badId.json]).toEqual([
      TALENTLMS.v1InvalidArguments.status,
      TALENTLMS.v1InvalidArguments.body,
    ]);
    const unknown = await call(`${tlms.v1Url}/frobnicate`, { headers: KEY });
    expect([unknown.status, unknown.json]).toEqual([TALENTLMS.v1UnknownAction.status, TALENTLMS.v1UnknownAction.body]);
  });

  it("enrols with addusertocourse (array answer) and refuses a second enrolment", async () => {
    const form = { method: "POST", headers: { ...KEY, "content-type": "application/x-www-form-urlencoded" } };
    const first = await call(`${tlms.v1Url}/addusertocourse`, { ...form, body: "user_id=2&course_id=1" });
    expect([first.status, first.json]).toEqual([TALENTLMS.v1AddUserToCourse.status, TALENTLMS.v1AddUserToCourse.body]);
    const again = await call(`${tlms.v1Url}/addusertocourse`, {
      method: "POST",
      headers: { ...KEY, "content-type": "application/json" },
      body: JSON.stringify({ user_id: 2, course_id: 1 }),
    });
    expect([again.status, again.json]).toEqual([TALENTLMS.v1AlreadyEnrolled.status, TALENTLMS.v1AlreadyEnrolled.body]);
    const missing = await call(`${tlms.v1Url}/addusertocourse`, { ...form, body: "user_id=2" });
    expect(missing.json).toEqual(TALENTLMS.v1InvalidArguments.body);
    const ghost = await call(`${tlms.v1Url}/addusertocourse`, { ...form, body: "user_id=77&course_id=1" });
    expect([ghost.status, ghost.json]).toEqual([404, TALENTLMS.v1UserNotFound.body]);
  });

  it("deletes on v2 with 204 and an empty body; reset() restores the seed", async () => {
    const deleted = await call(`${tlms.v2Url}/users/1`, { method: "DELETE", headers: KEY });
    expect(deleted.status).toBe(204);
    expect(deleted.text).toBe("");
    expect((await call(`${tlms.v2Url}/users/1`, { headers: KEY })).status).toBe(404);
    tlms.reset();
    const back = await call(`${tlms.v2Url}/users/1`, { headers: KEY });
    expect(back.status).toBe(200);
    expect(back.json).toMatchObject({ _data: { id: 1, login: "jdoe" } });
  });

  it("creates v2 users and validates the body (400 documented, 422 malformed, 400 duplicate)", async () => {
    const post = (body: string) =>
      call(`${tlms.v2Url}/users`, { method: "POST", headers: { ...KEY, "content-type": "application/json" }, body });
    const created = await post(
      JSON.stringify({ email: "n@example.com", login: "new", first_name: "N", last_name: "U" }),
    );
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ _data: { id: 3, login: "new" } });
    const missing = await post(JSON.stringify({ email: "x@example.com" }));
    expect([missing.status, missing.json]).toEqual([
      TALENTLMS.v2MissingParameter.status,
      TALENTLMS.v2MissingParameter.body,
    ]);
    const malformed = await post("{not json");
    expect(malformed.status).toBe(422);
    expect(malformed.json).toMatchObject({ type: "invalid_request_error" });
    const duplicate = await post(
      JSON.stringify({ email: "n@example.com", login: "other", first_name: "N", last_name: "U" }),
    );
    expect(duplicate.json).toEqual({
      type: "invalid_request_error",
      message: "A user with the same email address already exists",
    });
  });

  it("reports the window on GET /api/v1/ratelimit with the field types of the real endpoint", async () => {
    const res = await call(`${tlms.v1Url}/ratelimit`, { headers: KEY });
    expect(res.json).toMatchObject({ limit: "200", remaining: 199 });
    const body = res.json as Record<string, unknown>;
    expect(typeof body["reset"]).toBe("string");
    expect(body["formatted_reset"]).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
  });
});

describe("TalentLMS emulator: sliding-window rate limit", () => {
  it("admits 5 per 300 ms, answers the 6th with 429 and no Retry-After, then recovers", async () => {
    const small = await startTalentlmsEmulator({ rateLimit: { limit: 5, windowMs: 300 } });
    try {
      // Sent together so all six land inside one window even on a loaded machine.
      const burst = await Promise.all(Array.from({ length: 6 }, () => call(`${small.v1Url}/users`, { headers: KEY })));
      const admitted = burst.filter((r) => r.status === 200);
      const limited = burst.filter((r) => r.status === 429);
      expect([admitted.length, limited.length]).toEqual([5, 1]);
      expect(admitted.map((r) => r.headers.get("x-ratelimit-remaining")).sort()).toEqual(["0", "1", "2", "3", "4"]);
      const [refused] = limited;
      expect(refused?.headers.get("retry-after")).toBeNull();
      expect(refused?.headers.get("x-ratelimit-limit")).toBe("5");
      expect(refused?.headers.get("x-ratelimit-remaining")).toBe("0");
      expect(refused?.json).toEqual({
        error: { type: "invalid_request_error", message: "Too many requests. You have exceeded the rate limit" },
      });
      // Wait until the last admitted request (by the emulator's clock) has left the window.
      const lastAdmitted = Math.max(...small.requests.filter((r) => r.status === 200).map((r) => r.receivedAt));
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, lastAdmitted + 320 - Date.now())));
      expect((await call(`${small.v2Url}/users`, { headers: KEY })).status).toBe(200);
    } finally {
      await small.close();
    }
  });

  it("slides: requests leave the window one by one, not all at a fixed boundary", async () => {
    const clock = manualClock();
    const small = await startTalentlmsEmulator({ rateLimit: { limit: 5, windowMs: 300 }, now: clock.now });
    const status = async () => (await call(`${small.v1Url}/users`, { headers: KEY })).status;
    try {
      for (let i = 0; i < 3; i += 1) expect(await status()).toBe(200); // t = 0
      clock.advance(200);
      for (let i = 0; i < 2; i += 1) expect(await status()).toBe(200); // t = 200
      clock.advance(50);
      expect(await status()).toBe(429); // t = 250: all five still inside
      clock.advance(50);
      // t = 300: the three from t = 0 have left, the two from t = 200 have not.
      for (let i = 0; i < 3; i += 1) expect(await status()).toBe(200);
      expect(await status()).toBe(429);
    } finally {
      await small.close();
    }
  });

  it("adds Retry-After when retryAfterSeconds is configured, and rateLimit: false drops limit and headers", async () => {
    const clock = manualClock();
    const withRetry = await startTalentlmsEmulator({
      rateLimit: { limit: 1, windowMs: 1000, retryAfterSeconds: 2 },
      now: clock.now,
    });
    const unlimited = await startTalentlmsEmulator({ rateLimit: false });
    try {
      await call(`${withRetry.v1Url}/users`, { headers: KEY });
      const limited = await call(`${withRetry.v1Url}/users`, { headers: KEY });
      expect([limited.status, limited.headers.get("retry-after")]).toEqual([429, "2"]);
      const free = await call(`${unlimited.v1Url}/users`, { headers: KEY });
      expect(free.status).toBe(200);
      expect(free.headers.get("x-ratelimit-limit")).toBeNull();
    } finally {
      await Promise.all([withRetry.close(), unlimited.close()]);
    }
  });
});

describe("TalentLMS emulator: faults", () => {
  it("html502: an nginx HTML page, no JSON, no rate-limit headers", async () => {
    tlms.failNext(1, "html502");
    const res = await call(`${tlms.v1Url}/users/id:1`, { headers: KEY });
    expect(res.status).toBe(502);
    expect(res.headers.get("content-type")).toBe("text/html");
    expect(res.text).toContain("<title>502 Bad Gateway</title>");
    expect(res.json).toBeUndefined();
    expect(res.headers.get("x-ratelimit-limit")).toBeNull();
    expect(tlms.requests[0]?.fault).toBe("html502");
  });

  it("status500: api_error, wrapped on v1 and flat on v2, rate-limit headers kept", async () => {
    tlms.failNext(2, "status500");
    const v1 = await call(`${tlms.v1Url}/users/id:1`, { headers: KEY });
    expect([v1.status, v1.json]).toEqual([TALENTLMS.v1InternalError.status, TALENTLMS.v1InternalError.body]);
    expect(v1.headers.get("x-ratelimit-remaining")).toBe("199");
    const v2 = await call(`${tlms.v2Url}/users/1`, { headers: KEY });
    expect([v2.status, v2.json]).toEqual([500, TALENTLMS.v1InternalError.body.error]);
  });

  it("rateLimited: 429 with remaining 0 whatever the window; Retry-After only when asked", async () => {
    tlms.script(["rateLimited", { type: "rateLimited", retryAfterSeconds: 3 }]);
    const plain = await call(`${tlms.v1Url}/users`, { headers: KEY });
    expect([plain.status, plain.headers.get("x-ratelimit-remaining"), plain.headers.get("retry-after")]).toEqual([
      429,
      "0",
      null,
    ]);
    const withRetry = await call(`${tlms.v2Url}/users`, { headers: KEY });
    expect([withRetry.status, withRetry.headers.get("retry-after")]).toEqual([429, "3"]);
    expect(withRetry.json).toEqual({
      type: "invalid_request_error",
      message: "Too many requests. You have exceeded the rate limit",
    });
  });

  it("slow: answers normally after the delay", async () => {
    tlms.failNext(1, { type: "slow", delayMs: 120 });
    // Timers in one process fire in expiry order: this 100 ms one before the emulator's 120 ms delay ends.
    let waited = false;
    setTimeout(() => (waited = true), 100);
    const res = await call(`${tlms.v1Url}/users/id:1`, { headers: KEY });
    expect(waited).toBe(true);
    expect(res.status).toBe(200);
    expect(tlms.requests[0]?.fault).toBe("slow");
  });

  it("slow: a client timeout gives up and the log shows no answer (status 0)", async () => {
    tlms.failNext(1, { type: "slow", delayMs: 2_000 });
    const error = await rejectionOf(fetch(`${tlms.v1Url}/users`, { headers: KEY, signal: AbortSignal.timeout(50) }));
    expect((error as Error).name).toBe("TimeoutError");
    await expect.poll(() => tlms.requests[0]?.status).toBe(0);
  });

  it("drop: the connection closes without an answer", async () => {
    tlms.failNext(1, "drop");
    const error = await rejectionOf(fetch(`${tlms.v1Url}/users`, { headers: KEY }));
    expect(error).toBeInstanceOf(TypeError);
    expect(tlms.requests[0]).toMatchObject({ fault: "drop", status: 0 });
    expect((await call(`${tlms.v1Url}/users`, { headers: KEY })).status).toBe(200);
  });

  it("respond: sends exactly the scripted status, body and headers", async () => {
    tlms.failNext(1, { type: "respond", status: 503, body: "upstream down", headers: { "x-extra": "1" } });
    const res = await call(`${tlms.v1Url}/users`, { headers: KEY });
    expect([res.status, res.text, res.headers.get("x-extra")]).toEqual([503, "upstream down", "1"]);
  });
});

describe("TalentLMS emulator: scripts, log and lifecycle", () => {
  const statuses = async (n: number, path = "/users") => {
    const out: number[] = [];
    for (let i = 0; i < n; i += 1) out.push((await call(`${tlms.v1Url}${path}`, { headers: KEY })).status);
    return out;
  };

  it("failNext(n) fails exactly the next n requests", async () => {
    tlms.failNext(2, "status500");
    expect(tlms.pendingFaults).toBe(2);
    expect(await statuses(4)).toEqual([500, 500, 200, 200]);
    expect(tlms.pendingFaults).toBe(0);
  });

  it("script() plays its steps in order, pass included, then lets requests through", async () => {
    tlms.script(["rateLimited", "pass", "html502", "status500"]);
    expect(await statuses(5)).toEqual([429, 200, 502, 500, 200]);
    expect(tlms.requests.map((r) => r.fault)).toEqual(["rateLimited", undefined, "html502", "status500", undefined]);
  });

  it("the same script gives the same answers every run", async () => {
    const run = async () => {
      tlms.reset();
      tlms.script(["html502", "pass", "rateLimited"]).failNext(1, "status500");
      return statuses(5);
    };
    const first = await run();
    expect(await run()).toEqual(first);
    expect(first).toEqual([502, 200, 429, 500, 200]);
  });

  it("when: a filtered fault waits for a request it applies to", async () => {
    tlms.failNext(1, "status500", { when: (r) => r.path.startsWith("/api/v1/courses") });
    expect(await statuses(2, "/users")).toEqual([200, 200]);
    expect(await statuses(1, "/courses")).toEqual([500]);
  });

  it("logs every request with secrets as sent, body, fault and status", async () => {
    tlms.failNext(1, "status500");
    await call(`${tlms.v1Url}/addusertocourse`, {
      method: "POST",
      headers: { "X-API-Key": "test-api-key", "content-type": "application/x-www-form-urlencoded" },
      body: "user_id=2&course_id=2",
    });
    expect(tlms.requests).toHaveLength(1);
    expect(tlms.requests[0]).toMatchObject({
      method: "POST",
      path: "/api/v1/addusertocourse",
      body: "user_id=2&course_id=2",
      fault: "status500",
      status: 500,
    });
    expect(tlms.requests[0]?.headers["x-api-key"]).toBe("test-api-key");
  });

  it("reset() clears pending faults, the log and the window", async () => {
    tlms.failNext(3, "drop");
    await call(`${tlms.v1Url}/users`, { headers: KEY }).catch(() => undefined);
    tlms.reset();
    expect([tlms.pendingFaults, tlms.requests.length]).toEqual([0, 0]);
    const res = await call(`${tlms.v1Url}/users`, { headers: KEY });
    expect([res.status, res.headers.get("x-ratelimit-remaining")]).toEqual([200, "199"]);
  });

  it("rejects a negative or fractional count", () => {
    expect(() => tlms.failNext(-1, "drop")).toThrow(RangeError);
    expect(() => tlms.failNext(1.5, "drop")).toThrow(RangeError);
  });

  it("close() releases the port and every socket, even with a slow answer pending", async () => {
    const servers = () => process.getActiveResourcesInfo().filter((r) => r === "TCPServerWrap").length;
    const before = servers();
    const local = await startTalentlmsEmulator();
    expect(servers()).toBe(before + 1);
    expect((await call(`${local.v1Url}/users`, { headers: KEY })).status).toBe(200);
    local.failNext(1, { type: "slow", delayMs: 5_000 });
    const pending = rejectionOf(fetch(`${local.v1Url}/users`, { headers: KEY }));
    await expect.poll(() => local.requests.length).toBe(2);
    await local.close();
    expect(await pending).toBeInstanceOf(TypeError);
    expect(servers()).toBe(before);
    const refused = (await rejectionOf(fetch(`${local.v1Url}/users`))) as Error & { cause?: { code?: string } };
    expect(refused.cause?.code).toBe("ECONNREFUSED");
    await local.close(); // idempotent
  });
});
