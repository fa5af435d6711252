/**
 * Records test/fixtures/emulators.har: a browser-like session against the @errnorm/testkit emulators, with
 * the emulators' origins rewritten to the vendors' hosts (acme.talentlms.com, api.talview.com). Credentials
 * are left in on purpose (X-API-Key, Basic and Bearer credentials, cookies, tokens in query strings, a
 * password in a login body, tokens in login responses): the tests prove the CLI prints none of them.
 *
 * Run from packages/cli: npx tsx --conditions=@errnorm/source scripts/record-har.ts
 * (testkit is imported by relative path: it is not a dependency of @errnorm/cli.)
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { startTalentlmsEmulator, startTalviewEmulator } from "../../testkit/src/index.ts";

const OUT = fileURLToPath(new URL("../test/fixtures/emulators.har", import.meta.url));

/** Secrets with recognisable shapes, so a leak is easy to spot in a test failure. */
const TLMS_KEY = "tlms-live-key-5e7c1a9f3b2d4e60";
const TLMS_WRONG_KEY = "tlms-wrong-key-0d9e8f7a6b5c";
const TLMS_SESSION = "sess-9a8b7c6d5e4f3a2b1c0d";
const TLMS_CSRF = "csrf-4f3e2d1c0b9a8f7e";
const TLMS_ROTATED_SESSION = "sess-rotated-77aa88bb99cc";
const TALVIEW_USER = { username: "support@acme.test", password: "pw-Talview-2025-secret" };

interface Target {
  readonly origin: string;
  readonly publicOrigin: string;
}

interface Pair {
  name: string;
  value: string;
}

const entries: unknown[] = [];

const cookiesOf = (header: string | undefined): Pair[] =>
  (header ?? "")
    .split(";")
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => ({ name: part.slice(0, part.indexOf("=")), value: part.slice(part.indexOf("=") + 1) }));

const setCookiesOf = (values: string[]): Pair[] =>
  values.map((value) => {
    const first = value.split(";")[0] ?? "";
    return { name: first.slice(0, first.indexOf("=")), value: first.slice(first.indexOf("=") + 1) };
  });

/** Chrome stores binary and some text bodies base64-encoded; these are too, to exercise decoding. */
const base64Body = (mimeType: string, force: boolean): boolean => force || mimeType.startsWith("text/html");

const call = async (
  target: Target,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string; base64?: boolean } = {},
): Promise<{ status: number; json: unknown }> => {
  const method = init.method ?? "GET";
  const headers = { Accept: "application/json", ...init.headers };
  const startedDateTime = new Date().toISOString();
  const t0 = performance.now();
  const res = await fetch(`${target.origin}${path}`, {
    method,
    headers,
    ...(init.body !== undefined && { body: init.body }),
  });
  const bytes = Buffer.from(await res.arrayBuffer());
  const time = Math.round((performance.now() - t0) * 1000) / 1000;
  const publicUrl = new URL(path, target.publicOrigin);
  const mimeType = res.headers.get("content-type") ?? "";
  const encode = base64Body(mimeType, init.base64 === true);
  const responseHeaders: Pair[] = [];
  res.headers.forEach((value, name) => {
    if (name !== "set-cookie") responseHeaders.push({ name, value });
  });
  for (const value of res.headers.getSetCookie()) responseHeaders.push({ name: "set-cookie", value });
  const requestHeaders: Pair[] = [
    { name: "Host", value: publicUrl.host },
    ...Object.entries(headers).map(([name, value]) => ({ name, value })),
  ];
  entries.push({
    startedDateTime,
    time,
    request: {
      method,
      url: publicUrl.href,
      httpVersion: "HTTP/1.1",
      cookies: cookiesOf(headers["Cookie"]),
      headers: requestHeaders,
      queryString: [...publicUrl.searchParams].map(([name, value]) => ({ name, value })),
      ...(init.body !== undefined && {
        postData: { mimeType: headers["Content-Type"] ?? "application/json", text: init.body },
      }),
      headersSize: -1,
      bodySize: init.body === undefined ? 0 : Buffer.byteLength(init.body),
    },
    response: {
      status: res.status,
      statusText: res.statusText,
      httpVersion: "HTTP/1.1",
      cookies: setCookiesOf(res.headers.getSetCookie()),
      headers: responseHeaders,
      content: {
        size: bytes.length,
        mimeType,
        ...(bytes.length > 0 &&
          (encode ? { text: bytes.toString("base64"), encoding: "base64" } : { text: bytes.toString("utf8") })),
      },
      redirectURL: "",
      headersSize: -1,
      bodySize: bytes.length,
    },
    cache: {},
    timings: { send: 0, wait: time, receive: 0 },
  });
  const text = bytes.toString("utf8");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, json };
};

const gql = (query: string, variables: Record<string, unknown>, operationName?: string): string =>
  JSON.stringify({ ...(operationName !== undefined && { operationName }), query, variables });

const tlms = await startTalentlmsEmulator({ apiKeys: [TLMS_KEY] });
const talview = await startTalviewEmulator({ users: [TALVIEW_USER] });
try {
  const t: Target = { origin: tlms.url, publicOrigin: "https://acme.talentlms.com" };
  const browserCookie = `tlms_session=${TLMS_SESSION}; csrf_token=${TLMS_CSRF}`;
  const key = { "X-API-Key": TLMS_KEY, Cookie: browserCookie };

  await call(t, "/api/v1/users/id:1", { headers: key });
  await call(t, "/api/v1/users/id:999", { headers: key });
  await call(t, `/api/v1/users/id:999?apikey=${TLMS_KEY}`, { headers: key });
  await call(t, "/api/v2/users/abc", { headers: key });
  await call(t, "/api/v2/users", {
    method: "POST",
    headers: { ...key, "Content-Type": "application/json" },
    body: JSON.stringify({ email: "john.doe@example.com", login: "jdoe2", first_name: "John", last_name: "Doe" }),
  });
  await call(t, "/api/v2/users", { headers: { "X-API-Key": TLMS_WRONG_KEY, Cookie: browserCookie } });
  await call(t, "/api/v1/addusertocourse", {
    method: "POST",
    headers: { ...key, "Content-Type": "application/json" },
    body: JSON.stringify({ user_id: "1", course_id: "1" }),
  });
  await call(t, "/api/v1/courses", {
    headers: { Authorization: `Basic ${Buffer.from(`${TLMS_KEY}:`).toString("base64")}`, Cookie: browserCookie },
  });
  tlms.failNext(1, "html502");
  await call(t, "/api/v2/courses", { headers: key });
  tlms.failNext(1, { type: "rateLimited", retryAfterSeconds: 3 });
  await call(t, "/api/v2/courses/1", { headers: key });
  tlms.failNext(1, "status500");
  await call(t, "/api/v1/users", { headers: key });
  // A misbehaving server that echoes the key it refused and rotates the session cookie.
  tlms.failNext(1, {
    type: "respond",
    status: 401,
    body: { error: { type: "invalid_request_error", message: `Invalid API key provided: ${TLMS_KEY}` } },
    headers: {
      "content-type": "application/json",
      "set-cookie": `tlms_session=${TLMS_ROTATED_SESSION}; Path=/; HttpOnly; Secure`,
    },
  });
  await call(t, "/api/v2/users/1", { headers: key });
  await call(t, "/api/v2/users/2", { method: "DELETE", headers: key });

  const v: Target = { origin: talview.url, publicOrigin: "https://api.talview.com" };
  const json = { "Content-Type": "application/json" };
  const login = await call(v, "/api/rest/auth_user_login", {
    method: "POST",
    headers: json,
    body: JSON.stringify(TALVIEW_USER),
  });
  const tokens = (login.json as { auth_user_login: { data: { access_token: string; refresh_token: string } } })
    .auth_user_login.data;
  let bearer = { ...json, Authorization: `Bearer ${tokens.access_token}` };

  const SLOTS =
    "query Slots($date: String) { slots(date: $date, available_only: true) { id date start_time available } }";
  const BOOK =
    "mutation BookSlot($external_id: String!, $slot_id: String!) { booking_create(external_id: $external_id, slot_id: $slot_id) { success error_message data } }";
  const BOOK_AS_FIELD = BOOK.replace("mutation BookSlot", "mutation booking_create");
  await call(v, "/v1/graphql", { method: "POST", headers: bearer, body: gql(SLOTS, { date: "2025-06-02" }, "Slots") });
  await call(v, "/v1/graphql", {
    method: "POST",
    headers: bearer,
    body: gql(BOOK, { external_id: "cand-1", slot_id: "slot-taken" }, "BookSlot"),
  });
  await call(v, "/v1/graphql", {
    method: "POST",
    headers: bearer,
    body: gql(BOOK_AS_FIELD, { external_id: "cand-1", slot_id: "slot-paid" }, "booking_create"),
  });
  await call(v, "/v1/graphql", { method: "POST", headers: bearer, body: gql(BOOK, { slot_id: "slot-1" }, "BookSlot") });
  await call(v, "/v1/graphql", { method: "POST", headers: json, body: gql(SLOTS, {}, "Slots") });
  talview.failNext(1, { type: "rateLimited", retryAfterSeconds: 2 });
  await call(v, `/v1/graphql?access_token=${tokens.access_token}`, {
    method: "POST",
    headers: bearer,
    body: gql(SLOTS, {}, "Slots"),
    base64: true,
  });
  talview.failNext(1, "badGateway");
  await call(v, "/v1/graphql", { method: "POST", headers: bearer, body: gql(SLOTS, {}, "Slots") });
  talview.failNext(1, { type: "documented", status: 403 });
  await call(v, "/v1/graphql", { method: "POST", headers: bearer, body: gql(SLOTS, {}, "Slots") });
  talview.expireTokens();
  await call(v, "/v1/graphql", { method: "POST", headers: bearer, body: gql(SLOTS, {}, "Slots") });
  const refreshed = await call(v, "/api/rest/auth_refresh_token", {
    method: "POST",
    headers: json,
    body: JSON.stringify({ refresh_token: tokens.refresh_token }),
  });
  const next = (refreshed.json as { auth_refresh_token: { data: { access_token: string } } }).auth_refresh_token.data;
  bearer = { ...json, Authorization: `Bearer ${next.access_token}` };
  // A gateway that echoes the token it refused.
  talview.failNext(1, {
    type: "respond",
    status: 401,
    body: { extensions: { code: 401 }, message: `Invalid token ${next.access_token}` },
  });
  await call(v, "/v1/graphql", { method: "POST", headers: bearer, body: gql(SLOTS, {}, "Slots") });
  await call(v, "/api/rest/auth_user_login", {
    method: "POST",
    headers: json,
    body: JSON.stringify({ ...TALVIEW_USER, password: "pw-wrong-guess-42" }),
  });
  await call(v, "/v1/graphql", { method: "POST", headers: bearer, body: gql(SLOTS, { date: "2025-06-03" }, "Slots") });
} finally {
  await tlms.close();
  await talview.close();
}

const har = {
  log: {
    version: "1.2",
    creator: { name: "errnorm record-har.ts", version: "1" },
    comment:
      "Recorded from the @errnorm/testkit emulators by packages/cli/scripts/record-har.ts; origins rewritten to acme.talentlms.com and api.talview.com. Credentials are left in on purpose: the tests prove none is printed.",
    entries,
  },
};
writeFileSync(OUT, `${JSON.stringify(har, null, 2)}\n`);
console.log(`wrote ${entries.length} entries to ${OUT}`);
