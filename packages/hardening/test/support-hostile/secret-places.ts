// Where a secret can sit around a failed call: request config, response headers, body (at depth), cause chain,
// and how a vendor echoes it back in its own text. Each builder takes the secret and returns fresh values.
import { fc } from "@fast-check/vitest";

/** A random credential (letters and digits only, so no encoding changes it and no ordinary word contains it). */
export const secretArb = fc.stringMatching(/^[A-Za-z0-9]{16,40}$/);

// ---- request config (axios's `error.config`) --------------------------------------------------------------

/** Credentials a request carries in its headers or URL. */
export const HEADER_AND_URL_KINDS = ["X-API-Key header", "Bearer token", "?api_key=", "?access_token="] as const;
/** Credentials a request carries in its body (axios keeps it as `config.data`). */
export const BODY_KINDS = ["password", "refresh token"] as const;
/** How axios's `config.data` holds a body: the object passed in, a form string, or the JSON text axios sent. */
export const DATA_FORMS = ["object", "form", "JSON text"] as const;

type HeaderOrUrlKind = (typeof HEADER_AND_URL_KINDS)[number];
type BodyKind = (typeof BODY_KINDS)[number];
type DataForm = (typeof DATA_FORMS)[number];

const BASE_URL = "https://acme.talentlms.com/api/v2/users";

/** `config` of an axios error for a request that sent `secret` in a header or the URL. */
export const headerOrUrlConfig = (
  kind: HeaderOrUrlKind,
  secret: string,
  headerCase: "as sent" | "lower",
): Record<string, unknown> => {
  const name = (n: string) => (headerCase === "lower" ? n.toLowerCase() : n);
  const headers: Record<string, string> = { Accept: "application/json, text/plain, */*" };
  let url = BASE_URL;
  if (kind === "X-API-Key header") headers[name("X-API-Key")] = secret;
  if (kind === "Bearer token") headers[name("Authorization")] = `Bearer ${secret}`;
  if (kind === "?api_key=") url = `${BASE_URL}?api_key=${secret}&page=2`;
  if (kind === "?access_token=") url = `${BASE_URL}?page=2&access_token=${secret}`;
  return { url, method: "get", headers, timeout: 0 };
};

/** `config` of an axios error for a POST whose body carried `secret`. */
export const bodyConfig = (kind: BodyKind, secret: string, form: DataForm): Record<string, unknown> => {
  const fields: Record<string, string> =
    kind === "password"
      ? { login: "jdoe", email: "jdoe@example.com", password: secret }
      : { grant_type: "refresh_token", refresh_token: secret };
  const data =
    form === "object" ? fields : form === "form" ? new URLSearchParams(fields).toString() : JSON.stringify(fields);
  return {
    url: `${BASE_URL.replace("/users", "/usersignup")}`,
    method: "post",
    headers: { "Content-Type": "application/json" },
    data,
  };
};

/** Options a `parseResponse` caller passes for that request: talentlms takes the URL, both take `secrets`. */
export const parseOptionsFor = (
  adapter: "talentlms" | "talview",
  config: Record<string, unknown>,
  secret: string,
): Record<string, unknown> => {
  const url = config.url as string;
  const inUrl = url.includes(secret);
  if (adapter === "talentlms" && inUrl) return { url };
  return { secrets: [secret], ...(adapter === "talentlms" && { url }) };
};

// ---- the vendor's echo ------------------------------------------------------------------------------------

/** Vendor texts that repeat a credential back (the way debug-minded APIs do). */
export const ECHO_TEXTS: readonly ((secret: string) => string)[] = [
  (s) => `Invalid API key provided: ${s}`,
  (s) => `Could not verify JWT: ${s}`,
  (s) => `Password ${s} is not strong enough`,
  (s) => `The refresh token ${s} was revoked`,
  (s) => `GET /api/v2/users?page=2&api_key=${s} failed`,
  (s) => `The value "${s}" is invalid`,
  (s) => s,
];

/** JSON bodies in each shape the two vendors send, with the echo where their message goes. */
export const ECHO_BODIES: Readonly<Record<string, (echo: string) => unknown>> = {
  "flat message": (e) => ({ type: "invalid_request_error", message: e }),
  "wrapped error": (e) => ({ error: { type: "invalid_request_error", message: e } }),
  "GraphQL errors": (e) => ({ errors: [{ message: e, extensions: { path: "$", code: "invalid-jwt" } }] }),
  "bare numeric code": (e) => ({ extensions: { code: 401, traceId: "77020d7cb1" }, message: e }),
  "success: false envelope": (e) => ({ data: { booking_create: { success: false, error_message: e, data: null } } }),
  "Hasura REST": (e) => ({ path: "$", error: e, code: "unexpected" }),
  "Laravel field errors": (e) => ({ message: "The given data was invalid.", errors: { email: [e], login: [e] } }),
  "deep note": (e) => ({ message: "Request failed", details: { a: { b: [{ c: { note: e } }] } } }),
};

/** Non-JSON bodies that repeat the echo. */
export const ECHO_TEXT_BODIES: Readonly<Record<string, (echo: string) => string>> = {
  "plain text": (e) => e,
  HTML: (e) => `<!DOCTYPE html><html><body><h1>401</h1><p>${e}</p></body></html>`,
};

export const echoArb = fc.constantFrom(...ECHO_TEXTS);
export const echoBodyArb = fc.constantFrom(...Object.keys(ECHO_BODIES));
export const anyEchoBodyArb = fc.constantFrom(...Object.keys(ECHO_BODIES), ...Object.keys(ECHO_TEXT_BODIES));

/** The body named `shape`, echoing `echo`. */
export const echoBody = (shape: string, echo: string): unknown => {
  const json = ECHO_BODIES[shape];
  if (json) return json(echo);
  const text = ECHO_TEXT_BODIES[shape];
  if (text) return text(echo);
  throw new Error(`unknown body shape ${shape}`);
};

// ---- response bodies with a secret under a secret key, at some depth -------------------------------------

/** Keys vendors and proxies store credentials under. */
export const SECRET_BODY_KEYS = [
  "password",
  "refresh_token",
  "access_token",
  "api_key",
  "apiKey",
  "X-API-Key",
  "Authorization",
  "token",
  "client_secret",
  "session_id",
] as const;

/** `{ [key]: value }` wrapped `depth` times, alternating objects and arrays. */
export const nest = (depth: number, leaf: unknown): unknown => {
  let value = leaf;
  for (let i = 0; i < depth; i += 1) value = i % 2 === 0 ? { meta: value } : [value];
  return value;
};

/** A JSON body of `shape` echoing the secret, with the secret itself stored under `key` at `depth`. */
export const bodyWithSecretAt = (shape: string, echo: string, key: string, value: string, depth: number): unknown => {
  const body = ECHO_BODIES[shape]?.(echo) as Record<string, unknown>;
  return { ...body, debug: nest(depth, { [key]: value }) };
};

// ---- response headers -------------------------------------------------------------------------------------

/** Response headers that carry a credential under a secret name. */
export const SECRET_RESPONSE_HEADERS: Readonly<Record<string, (secret: string) => [string, string]>> = {
  "x-api-key": (s) => ["x-api-key", s],
  authorization: (s) => ["authorization", `Bearer ${s}`],
  "set-cookie": (s) => ["set-cookie", `session=${s}; Path=/; HttpOnly; Secure`],
  "x-refresh-token": (s) => ["x-refresh-token", s],
};

/** The same pairs as a record, a WHATWG `Headers` or `[name, value]` pairs. */
export const headersAs = (shape: "record" | "Headers" | "pairs", pairs: [string, string][]): unknown => {
  if (shape === "Headers") return new Headers(pairs);
  if (shape === "pairs") return pairs;
  return Object.fromEntries(pairs);
};

// ---- cause chains -----------------------------------------------------------------------------------------

/**
 * A thrown error whose cause chain (`links` deep) ends in a low-level error holding the request config; every
 * link's message echoes the secret.
 */
export const causeChain = (config: Record<string, unknown>, echo: string, links: number): Error => {
  let error: Error = Object.assign(new Error(`socket hang up while sending: ${echo}`), { code: "ECONNRESET", config });
  for (let i = 1; i < links; i += 1) error = new Error(`attempt ${i} failed: ${echo}`, { cause: error });
  return error;
};
