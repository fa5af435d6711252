import { inspect } from "node:util";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { LIMITS, NormalizedError, REDACTED } from "@errnorm/core";
import { collectSecrets, isSecretKey, redactText, redactValue } from "@errnorm/core/internal/redact";

const secretArb = fc.stringMatching(/^[A-Za-z0-9]{12,40}$/);

/** Every way a NormalizedError can be shown or sent. */
const outputs = (e: NormalizedError): string[] => [
  JSON.stringify(e),
  String(e),
  inspect(e, { depth: Infinity }),
  JSON.stringify(e.toProblemDetails()),
  e.userMessage,
  JSON.stringify(e.raw) ?? "",
];

describe("isSecretKey", () => {
  it.each([
    "X-API-Key",
    "api_key",
    "Authorization",
    "password",
    "refresh_token",
    "access-token",
    "id_token",
    "Cookie",
    "set-cookie",
    "client_secret",
    "sessionId",
  ])("%s is secret", (key) => expect(isSecretKey(key)).toBe(true));
  it.each(["traceId", "message", "status", "type", "expires_in", "user_id"])("%s is not", (key) =>
    expect(isSecretKey(key)).toBe(false),
  );
});

describe("redactText", () => {
  it.each([
    ["Authorization: Bearer abc.def-123", `Authorization: ${REDACTED}`],
    ["sent Bearer abcdef123", `sent Bearer ${REDACTED}`],
    ["GET /x?api_key=abc123&page=2", `GET /x?api_key=${REDACTED}&page=2`],
    ["https://h/cb#access_token=tok&x=1", `https://h/cb#access_token=${REDACTED}&x=1`],
    ['{"password":"hunter2"}', `{"password":"${REDACTED}"}`],
    ["jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig", `jwt ${REDACTED}`],
  ])("%s", (input, expected) => expect(redactText(input)).toBe(expected));

  it("scrubs known secret values verbatim", () => {
    expect(redactText("key abcdefgh in text", new Set(["abcdefgh"]))).toBe(`key ${REDACTED} in text`);
  });
});

describe("redactValue", () => {
  it("redacts under secret keys at any depth, in Headers too, and never mutates the input", () => {
    const input = { a: { b: [{ "X-API-Key": "k1234567" }] }, headers: new Headers({ authorization: "Bearer t" }) };
    const copy = redactValue(input);
    expect(copy).toEqual({ a: { b: [{ "X-API-Key": REDACTED }] }, headers: { authorization: REDACTED } });
    expect(input.a.b[0]?.["X-API-Key"]).toBe("k1234567");
  });

  it("handles cycles, throwing getters, Proxies and prototype keys without polluting prototypes", () => {
    const cyclic: Record<string, unknown> = { name: "c" };
    cyclic.self = cyclic;
    const getter = Object.defineProperty({}, "boom", {
      enumerable: true,
      get: () => {
        throw new Error("getter");
      },
    });
    const proxy = new Proxy(
      {},
      {
        get: () => {
          throw new Error("p");
        },
        ownKeys: () => {
          throw new Error("p");
        },
      },
    );
    const proto = JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}');
    const copy = redactValue({ cyclic, getter, proxy, proto }) as Record<string, Record<string, unknown>>;
    expect(copy.cyclic?.self).toBe("[Circular]");
    expect(copy.getter).toEqual({});
    expect(Object.getPrototypeOf(copy.proto)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(copy.proto ?? {})).toEqual(["__proto__", "constructor"]);
  });

  it("caps depth, entries and strings", () => {
    let deep: unknown = "bottom";
    for (let i = 0; i < 1_000; i += 1) deep = { d: deep };
    const text = JSON.stringify(
      redactValue({ deep, wide: Array.from({ length: 10_000 }, (_, i) => i), long: "x".repeat(1e6) }),
    );
    expect(text.length).toBeLessThan(10_000);
    expect(text).toContain("[Truncated]");
    expect(LIMITS.rawDepth).toBeGreaterThan(2);
  });
});

describe("collectSecrets", () => {
  it("learns secrets from request configs, header objects and URLs", () => {
    const secrets = collectSecrets({
      config: {
        headers: { "X-API-Key": "apikey-123456", Authorization: "Bearer bearer-abcdef" },
        url: "https://a/b?access_token=qtoken123&x=1",
      },
    });
    expect([...secrets].sort()).toEqual(["apikey-123456", "bearer-abcdef", "qtoken123"]);
  });
});

describe("secrets never leave a NormalizedError", () => {
  const placements = {
    "api key in request config (axios-like cause)": (s: string) => ({
      cause: Object.assign(new Error("Request failed with status code 401"), {
        name: "AxiosError",
        config: { headers: { "X-API-Key": s } },
      }),
      message: `Invalid API key ${s}`,
    }),
    "bearer token in a nested cause": (s: string) => ({
      cause: new Error("outer", {
        cause: Object.assign(new Error(`Authorization: Bearer ${s}`), {
          request: { headers: { authorization: `Bearer ${s}` } },
        }),
      }),
    }),
    "password and refresh token deep in the body": (s: string) => ({
      raw: { a: [{ b: { password: s, refresh_token: s } }] },
    }),
    "query strings in messages and bodies": (s: string) => ({
      message: `GET https://x.talentlms.com/api/v1/users?api_key=${s}`,
      raw: { url: `https://api.talview.com/v1?access_token=${s}` },
    }),
    "token echoed by the vendor in a body and message, learned from the cause": (s: string) => ({
      cause: { config: { headers: { Authorization: `Bearer ${s}` } } },
      raw: { error: { message: `token ${s} rejected` } },
      message: `token ${s} rejected`,
      userMessage: `token ${s} rejected`,
    }),
  };
  test.prop([secretArb, fc.constantFrom(...Object.keys(placements))])(
    "a generated secret appears in none of JSON, String, inspect, problem details, userMessage, raw",
    (secret, placement) => {
      const extra = placements[placement as keyof typeof placements](secret);
      const e = new NormalizedError({
        vendor: "talentlms",
        category: "authentication",
        reason: "API_KEY_INVALID",
        message: "m",
        status: 401,
        ...extra,
      });
      for (const out of outputs(e)) expect(out).not.toContain(secret);
    },
  );
});
