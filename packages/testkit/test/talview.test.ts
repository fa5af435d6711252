import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startTalviewEmulator, TALVIEW_LOGICAL_CODES, type TalviewEmulator } from "../src/index.js";
import { TALVIEW } from "./fixtures.js";
import { call, type Exchange, manualClock, rejectionOf } from "./http.js";

let talview: TalviewEmulator;

beforeAll(async () => {
  talview = await startTalviewEmulator();
});
afterAll(async () => {
  await talview.close();
});
beforeEach(() => {
  talview.reset();
});

const BOOKING_CREATE = `mutation BookingCreate($external_id: String!, $slot_id: String!) {
  booking_create(external_id: $external_id, slot_id: $slot_id) { success error_message data }
}`;
const BOOKING_RESCHEDULE = `mutation Reschedule($booking_id: String!, $slot_id: String!) {
  booking_reschedule(booking_id: $booking_id, slot_id: $slot_id) { success error_message data }
}`;
const CANDIDATE_CREATE = `mutation CandidateCreate($external_id: String!, $email: String!) {
  candidate_create(external_id: $external_id, email: $email) { success error_message data }
}`;
const SLOTS = `query Slots { slots(available_only: true) { id } }`;

const gql = (
  emulator: TalviewEmulator,
  query: string,
  variables: Record<string, unknown> = {},
  token: string | null = emulator.issueToken().access_token,
): Promise<Exchange> =>
  call(emulator.graphqlUrl, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token === null ? {} : { authorization: `Bearer ${token}` }) },
    body: JSON.stringify({ query, variables }),
  });

const postJson = (url: string, body: unknown): Promise<Exchange> =>
  call(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

const envelopeOf = (res: Exchange, field: string): unknown =>
  (res.json as { data: Record<string, unknown> }).data[field];

describe("Talview emulator: tokens", () => {
  it("issues tokens at POST /api/rest/auth_user_login in the documented envelope", async () => {
    const res = await postJson(talview.loginUrl, { ...talview.credentials, tenant_id: 1 });
    expect(res.status).toBe(200);
    const body = res.json as {
      auth_user_login: { success: boolean; error_message: null; data: Record<string, unknown> };
    };
    expect(Object.keys(body)).toEqual(["auth_user_login"]);
    expect(body.auth_user_login).toMatchObject({ success: true, error_message: null, data: { expires_in: 3600 } });
    const { access_token: accessToken, refresh_token: refreshToken } = body.auth_user_login.data;
    expect(accessToken).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(typeof refreshToken).toBe("string");
    const payload = JSON.parse(Buffer.from(String(accessToken).split(".")[1] ?? "", "base64url").toString()) as {
      exp: number;
    };
    expect(payload.exp * 1000).toBeGreaterThan(Date.now());
    expect((await gql(talview, SLOTS, {}, String(accessToken))).json).toMatchObject({
      data: { slots: expect.any(Array) },
    });
  });

  it("answers wrong credentials with 401 {error}", async () => {
    const res = await postJson(talview.loginUrl, { username: "demo@talview.test", password: "wrong" });
    expect([res.status, res.json]).toEqual([TALVIEW.wrongCredentials.status, TALVIEW.wrongCredentials.body]);
  });

  it("answers a login without fields or with GET like Hasura's REST layer", async () => {
    const missing = await postJson(talview.loginUrl, { username: "demo@talview.test" });
    expect([missing.status, missing.json]).toEqual([
      400,
      { path: "$", error: 'expecting a value for non-nullable variable: "password"', code: "validation-failed" },
    ]);
    const get = await call(talview.loginUrl);
    expect([get.status, get.headers.get("allow")]).toEqual([405, "POST"]);
    const unknown = await call(`${talview.url}/api/rest/nope`, { method: "POST" });
    expect([unknown.status, unknown.json]).toEqual([
      TALVIEW.restEndpointNotFound.status,
      TALVIEW.restEndpointNotFound.body,
    ]);
  });

  it("refreshes at POST /api/rest/auth_refresh_token; a bad refresh token gets 401", async () => {
    const issued = talview.issueToken();
    talview.expireTokens();
    expect((await gql(talview, SLOTS, {}, issued.access_token)).json).toEqual(TALVIEW.jwtExpired.body);
    const res = await postJson(talview.refreshUrl, { refresh_token: issued.refresh_token });
    expect(res.status).toBe(200);
    const fresh = (res.json as { auth_refresh_token: { success: boolean; data: { access_token: string } } })
      .auth_refresh_token;
    expect(fresh.success).toBe(true);
    expect((await gql(talview, SLOTS, {}, fresh.data.access_token)).json).toMatchObject({
      data: { slots: expect.any(Array) },
    });
    const bad = await postJson(talview.refreshUrl, { refresh_token: "nope" });
    expect([bad.status, bad.json]).toEqual([401, { error: "Invalid refresh token" }]);
  });

  it("logs in through the GraphQL mutation without a token (envelope failure on bad credentials)", async () => {
    const login = `mutation Login($u: String!, $p: String!) { auth_user_login(username: $u, password: $p) { success error_message data } }`;
    const ok = await gql(talview, login, { u: "demo@talview.test", p: "demo-password" }, null);
    expect(envelopeOf(ok, "auth_user_login")).toMatchObject({ success: true, data: { expires_in: 3600 } });
    const bad = await gql(talview, login, { u: "demo@talview.test", p: "x" }, null);
    expect(envelopeOf(bad, "auth_user_login")).toEqual({
      success: false,
      error_message: "Wrong username/password",
      data: null,
    });
  });

  it("expires tokens after tokenLifetimeMs with Hasura's HTTP-200 invalid-jwt error", async () => {
    const clock = manualClock();
    const short = await startTalviewEmulator({ tokenLifetimeMs: 1_000, now: clock.now });
    try {
      const token = short.issueToken();
      expect(token.expires_in).toBe(1);
      expect((await gql(short, SLOTS, {}, token.access_token)).status).toBe(200);
      clock.advance(999);
      expect((await gql(short, SLOTS, {}, token.access_token)).json).toMatchObject({ data: {} });
      clock.advance(1);
      const expired = await gql(short, SLOTS, {}, token.access_token);
      expect([expired.status, expired.json]).toEqual([TALVIEW.jwtExpired.status, TALVIEW.jwtExpired.body]);
    } finally {
      await short.close();
    }
  });

  it("answers missing, malformed and unknown tokens like Hasura's JWT mode", async () => {
    const missing = await gql(talview, SLOTS, {}, null);
    expect([missing.status, missing.json]).toEqual([
      TALVIEW.missingAuthorization.status,
      TALVIEW.missingAuthorization.body,
    ]);
    const malformed = await gql(talview, SLOTS, {}, "abc");
    expect(malformed.json).toEqual({
      errors: [
        {
          extensions: { path: "$", code: "invalid-jwt" },
          message:
            "Could not verify JWT: JWSError (CompactDecodeError Invalid number of parts: Expected 3 parts; got 1)",
        },
      ],
    });
    const forged = await gql(talview, SLOTS, {}, "aaa.bbb.ccc");
    expect(forged.json).toEqual({
      errors: [
        {
          extensions: { path: "$", code: "invalid-jwt" },
          message: "Could not verify JWT: JWSError JWSInvalidSignature",
        },
      ],
    });
  });

  it("authErrors: 'documented' answers 403 'Token has expired' and 401 with the docs' bare bodies", async () => {
    const documented = await startTalviewEmulator({ authErrors: "documented" });
    try {
      const token = documented.issueToken();
      documented.expireTokens();
      const expired = await gql(documented, SLOTS, {}, token.access_token);
      expect(expired.status).toBe(TALVIEW.tokenHasExpired.status);
      expect(expired.json).toEqual({
        extensions: { code: 403, traceId: expired.headers.get("x-request-id") },
        message: TALVIEW.tokenHasExpired.message,
      });
      expect(expired.headers.get("x-request-id")).toMatch(/^[0-9a-f]{10}$/);
      const missing = await gql(documented, SLOTS, {}, null);
      expect(missing.status).toBe(401);
      expect(missing.json).toMatchObject({ extensions: { code: 401 } });
    } finally {
      await documented.close();
    }
  });
});

describe("Talview emulator: GraphQL", () => {
  it("books a slot with a success envelope, then the slot is no longer available", async () => {
    const first = await gql(talview, BOOKING_CREATE, { external_id: "cand-1", slot_id: "slot-1" });
    expect(first.status).toBe(200);
    expect(envelopeOf(first, "booking_create")).toEqual({
      success: true,
      error_message: null,
      data: { booking_id: "booking-2", external_id: "cand-1", slot_id: "slot-1", status: "scheduled" },
    });
    const again = await gql(talview, BOOKING_CREATE, { external_id: "cand-1", slot_id: "slot-1" });
    expect(again.status).toBe(200);
    expect(again.json).toEqual({
      data: { booking_create: { success: false, error_message: "SLOT_UNAVAILABLE", data: null } },
    });
  });

  const naturalFailures = [
    ["VALIDATION_ERROR", CANDIDATE_CREATE, "candidate_create", { external_id: "c-9", email: "not-an-email" }],
    ["SLOT_UNAVAILABLE", BOOKING_CREATE, "booking_create", { external_id: "cand-1", slot_id: "slot-taken" }],
    ["BOOKING_NOT_FOUND", BOOKING_RESCHEDULE, "booking_reschedule", { booking_id: "booking-404", slot_id: "slot-1" }],
    [
      "RESCHEDULE_NOT_ALLOWED",
      BOOKING_RESCHEDULE,
      "booking_reschedule",
      { booking_id: "booking-locked", slot_id: "slot-1" },
    ],
    ["PAYMENT_REQUIRED", BOOKING_CREATE, "booking_create", { external_id: "cand-1", slot_id: "slot-paid" }],
    [
      "IDENTITY_VERIFICATION_FAILED",
      BOOKING_CREATE,
      "booking_create",
      { external_id: "cand-unverified", slot_id: "slot-1" },
    ],
  ] as const;

  it("covers every documented logical code with seed data", () => {
    expect(naturalFailures.map(([code]) => code)).toEqual([...TALVIEW_LOGICAL_CODES]);
  });

  it.each(naturalFailures)("%s: HTTP 200 and a success:false envelope", async (code, query, field, variables) => {
    const res = await gql(talview, query, variables);
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ data: { [field]: { success: false, error_message: code, data: null } } });
  });

  it("reschedules and creates candidates on the happy path", async () => {
    const moved = await gql(talview, BOOKING_RESCHEDULE, { booking_id: "booking-1", slot_id: "slot-2" });
    expect(envelopeOf(moved, "booking_reschedule")).toMatchObject({ success: true, data: { status: "rescheduled" } });
    const created = await gql(talview, CANDIDATE_CREATE, { external_id: "c-2", email: "c2@example.com" });
    expect(envelopeOf(created, "candidate_create")).toMatchObject({ success: true, data: { external_id: "c-2" } });
    const booking = await gql(talview, `query { booking(id: "booking-1") { id slot_id status } }`);
    expect(booking.json).toEqual({ data: { booking: { id: "booking-1", slot_id: "slot-2", status: "rescheduled" } } });
  });

  it("businessErrors: 'prose' words error_message like the docs' example", async () => {
    const prose = await startTalviewEmulator({ businessErrors: "prose" });
    try {
      const res = await gql(prose, BOOKING_CREATE, { external_id: "cand-1", slot_id: "slot-taken" });
      expect([res.status, res.json]).toEqual([TALVIEW.slotUnavailableProse.status, TALVIEW.slotUnavailableProse.body]);
    } finally {
      await prose.close();
    }
  });

  it("a missing non-null variable gets Hasura's exact validation-failed error with HTTP 200", async () => {
    const res = await gql(talview, BOOKING_CREATE, { slot_id: "slot-1" });
    expect([res.status, res.json]).toEqual([TALVIEW.missingVariable.status, TALVIEW.missingVariable.body]);
  });

  it("reports other GraphQL errors Hasura-style: HTTP 200, no data, kebab-case code", async () => {
    const unknownRoot = await gql(talview, `query { nope }`);
    expect([unknownRoot.status, unknownRoot.json]).toEqual([
      200,
      {
        errors: [
          {
            extensions: { path: "$.selectionSet.nope", code: "validation-failed" },
            message: "field 'nope' not found in type: 'query_root'",
          },
        ],
      },
    ]);
    const syntax = await gql(talview, `query {`);
    expect(syntax.status).toBe(200);
    expect(syntax.json).toMatchObject({ errors: [{ extensions: { path: "$", code: "validation-failed" } }] });
    expect(syntax.json).not.toHaveProperty("data");
  });
});

describe("Talview emulator: faults", () => {
  it("business fault: the next envelope mutation fails, queries and logins pass it by", async () => {
    talview.failNext(1, { business: "SLOT_UNAVAILABLE" });
    expect((await gql(talview, SLOTS)).json).toMatchObject({ data: { slots: expect.any(Array) } });
    expect(talview.pendingFaults).toBe(1);
    const failed = await gql(talview, BOOKING_CREATE, { external_id: "cand-1", slot_id: "slot-1" });
    expect(failed.json).toEqual({
      data: { booking_create: { success: false, error_message: "SLOT_UNAVAILABLE", data: null } },
    });
    const ok = await gql(talview, BOOKING_CREATE, { external_id: "cand-1", slot_id: "slot-1" });
    expect(envelopeOf(ok, "booking_create")).toMatchObject({ success: true });
    expect(talview.requests.map((r) => r.fault)).toEqual([undefined, "business:SLOT_UNAVAILABLE", undefined]);
  });

  it("business fault with a custom message", async () => {
    talview.failNext(1, { business: "PAYMENT_REQUIRED", message: "Pay first" });
    const res = await gql(talview, CANDIDATE_CREATE, { external_id: "c-3", email: "c3@example.com" });
    expect(envelopeOf(res, "candidate_create")).toEqual({ success: false, error_message: "Pay first", data: null });
  });

  it("rateLimited: 429 with the documented bare body; Retry-After only when asked", async () => {
    talview.script(["rateLimited", { type: "rateLimited", retryAfterSeconds: 1 }]);
    const plain = await gql(talview, SLOTS);
    expect(plain.status).toBe(429);
    expect(plain.headers.get("retry-after")).toBeNull();
    expect(plain.json).toEqual({
      extensions: { code: 429, traceId: plain.headers.get("x-request-id") },
      message: "Too Many Requests",
    });
    const withRetry = await postJson(talview.loginUrl, talview.credentials);
    expect([withRetry.status, withRetry.headers.get("retry-after")]).toEqual([429, "1"]);
  });

  it("badGateway: an HTML 502 from the load balancer", async () => {
    talview.failNext(1, "badGateway");
    const res = await gql(talview, SLOTS);
    expect([res.status, res.headers.get("content-type"), res.json]).toEqual([502, "text/html", undefined]);
    expect(res.text).toContain("502 Bad Gateway");
  });

  it("status500: the documented 500 bare body", async () => {
    talview.failNext(1, "status500");
    const res = await gql(talview, SLOTS);
    expect(res.status).toBe(TALVIEW.internalServerError.status);
    expect(res.json).toEqual({
      extensions: { code: 500, traceId: res.headers.get("x-request-id") },
      message: TALVIEW.internalServerError.message,
    });
  });

  it("documented: any documented status with its bare body", async () => {
    talview.failNext(1, { type: "documented", status: 422 });
    const res = await gql(talview, CANDIDATE_CREATE, { external_id: "c-4", email: "c4@example.com" });
    expect(res.status).toBe(TALVIEW.candidateCreationFailed.status);
    expect(res.json).toMatchObject({ extensions: { code: 422 }, message: TALVIEW.candidateCreationFailed.message });
  });

  it("graphqlError: an HTTP-200 errors array with the given extensions", async () => {
    talview.failNext(1, { type: "graphqlError", message: "http exception when calling webhook" });
    const res = await gql(talview, BOOKING_CREATE, { external_id: "cand-1", slot_id: "slot-1" });
    expect([res.status, res.json]).toEqual([TALVIEW.webhookUnreachable.status, TALVIEW.webhookUnreachable.body]);
  });

  it("tokenExpired: a valid token is answered as expired once", async () => {
    talview.failNext(1, "tokenExpired");
    const token = talview.issueToken().access_token;
    expect((await gql(talview, SLOTS, {}, token)).json).toEqual(TALVIEW.jwtExpired.body);
    expect((await gql(talview, SLOTS, {}, token)).json).toMatchObject({ data: {} });
  });

  it("slow and drop", async () => {
    talview.script([{ type: "slow", delayMs: 100 }, "drop"]);
    // Timers in one process fire in expiry order: this 80 ms one before the emulator's 100 ms delay ends.
    let waited = false;
    setTimeout(() => (waited = true), 80);
    expect((await gql(talview, SLOTS)).status).toBe(200);
    expect(waited).toBe(true);
    expect(await rejectionOf(gql(talview, SLOTS))).toBeInstanceOf(TypeError);
    expect(talview.requests.map((r) => [r.fault, r.status])).toEqual([
      ["slow", 200],
      ["drop", 0],
    ]);
  });

  it("logs GraphQL requests with the operation, root fields and the bearer token as sent", async () => {
    const token = talview.issueToken().access_token;
    await gql(talview, BOOKING_CREATE, { external_id: "cand-1", slot_id: "slot-1" }, token);
    expect(talview.requests[0]).toMatchObject({
      method: "POST",
      path: "/v1/graphql",
      status: 200,
      graphql: { operationName: "BookingCreate", operationType: "mutation", fields: ["booking_create"] },
    });
    expect(talview.requests[0]?.headers["authorization"]).toBe(`Bearer ${token}`);
  });

  it("close() releases the port and destroys pending exchanges", async () => {
    const local = await startTalviewEmulator();
    local.failNext(1, { type: "slow", delayMs: 5_000 });
    const pending = rejectionOf(gql(local, SLOTS));
    await expect.poll(() => local.requests.length).toBe(1);
    await local.close();
    expect(await pending).toBeInstanceOf(TypeError);
    const refused = (await rejectionOf(fetch(local.graphqlUrl))) as Error & { cause?: { code?: string } };
    expect(refused.cause?.code).toBe("ECONNREFUSED");
  });
});
