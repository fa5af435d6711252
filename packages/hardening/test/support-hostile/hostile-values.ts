// Hostile inputs: values that throw when touched, cycles, deep nesting, broken text, garbage statuses and headers.
import { fc } from "@fast-check/vitest";

/** Every trap a Proxy handler can define. */
const TRAPS = [
  "apply",
  "construct",
  "defineProperty",
  "deleteProperty",
  "get",
  "getOwnPropertyDescriptor",
  "getPrototypeOf",
  "has",
  "isExtensible",
  "ownKeys",
  "preventExtensions",
  "set",
  "setPrototypeOf",
] as const;

/**
 * A Proxy that throws on every trap (typeof, identity and `===` are all that still work). `throws` decides what is
 * thrown; by default the proxy itself, so a `catch` that inspects what it caught throws again.
 */
export const throwingProxy = (options: { callable?: boolean; throws?: () => unknown } = {}): object => {
  let proxy: object;
  const fail = (): never => {
    throw options.throws ? options.throws() : proxy;
  };
  const handler = Object.fromEntries(TRAPS.map((trap) => [trap, fail])) as ProxyHandler<object>;
  proxy = new Proxy(options.callable ? function target() {} : {}, handler);
  return proxy;
};

/** A revoked Proxy: even `Array.isArray` throws on it. */
export const revokedProxy = (): object => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};

/** The Proxy family, each built fresh. */
export const PROXIES: readonly (readonly [string, () => object])[] = [
  ["a Proxy throwing itself from every trap", () => throwingProxy()],
  ["a Proxy throwing an Error from every trap", () => throwingProxy({ throws: () => new Error("trap") })],
  ["a Proxy throwing undefined from every trap", () => throwingProxy({ throws: () => undefined })],
  ["a callable Proxy throwing from every trap", () => throwingProxy({ callable: true })],
  ["a revoked Proxy", () => revokedProxy()],
];

/** Names adapters and core read on bodies, headers, responses and thrown values. */
export const READ_KEYS = [
  // `stack` first: redefining it on an Error after `name` or `message` became throwing getters makes V8 read them.
  "stack",
  "status",
  "statusCode",
  "ok",
  "headers",
  "body",
  "data",
  "response",
  "request",
  "config",
  "url",
  "baseURL",
  "auth",
  "message",
  "error",
  "errors",
  "extensions",
  "code",
  "errno",
  "type",
  "name",
  "cause",
  "isAxiosError",
  "traceId",
  "field",
  "success",
  "error_message",
  "graphQLErrors",
  "networkError",
  "bodyText",
  "get",
  "length",
  "then",
  "toJSON",
  "toString",
  "valueOf",
  "forEach",
] as const;

/** An object whose every read-by-someone property (and `Symbol.toPrimitive`, `Symbol.iterator`) throws on access. */
export const throwingGetters = <T extends object>(
  target: T = {} as T,
  thrown: () => unknown = () => new Error("getter"),
): T => {
  const fail = {
    get(): never {
      throw thrown();
    },
    enumerable: true,
    configurable: true,
  };
  for (const key of READ_KEYS) Object.defineProperty(target, key, fail);
  Object.defineProperty(target, Symbol.toPrimitive, fail);
  Object.defineProperty(target, Symbol.iterator, fail);
  return target;
};

/** Cyclic structures shaped like each place a body, headers or error can loop back on itself. */
export const cyclicValues = (): Record<string, unknown> => {
  const body: Record<string, unknown> = { message: "m", type: "invalid_request_error" };
  body.error = { message: "loop", type: "api_error", parent: body };
  body.errors = [body, { message: "e", extensions: { code: "validation-failed", self: body } }];
  body.data = { op: { success: false, error_message: "x", data: body } };
  const list: unknown[] = [];
  list.push(list, { errors: list, data: list });
  const selfCause = new Error("self cause") as Error & { cause?: unknown };
  selfCause.cause = selfCause;
  const a = new Error("a") as Error & { cause?: unknown };
  const b = new Error("b", { cause: a });
  a.cause = b;
  const headers: Record<string, unknown> = { "x-request-id": "r1" };
  headers.self = headers;
  const axiosLike: Record<string, unknown> = { isAxiosError: true, message: "Request failed", code: "ERR_BAD_REQUEST" };
  const config: Record<string, unknown> = { url: "/x", headers: { "X-API-Key": "loop-key-123456" } };
  config.self = config;
  const response: Record<string, unknown> = { status: 400, headers, data: body, config };
  response.request = { res: response };
  Object.assign(axiosLike, { config, response, cause: axiosLike, request: response.request });
  return { body, list, selfCause, causeLoop: a, headers, axiosLike };
};

/** JSON text nested `depth` levels: arrays, objects, and the nesting under the keys adapters read. */
export const deepJsonTexts = (depth: number): Record<string, string> => {
  const arrays = `${"[".repeat(depth)}${"]".repeat(depth)}`;
  const objects = `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;
  return {
    arrays,
    objects,
    "under error": `{"error":${'{"error":'.repeat(depth)}"x"${"}".repeat(depth)}}`,
    "under errors": `{"errors":[${'{"message":"m","extensions":'.repeat(depth)}{}${"}".repeat(depth)}]}`,
    "under data": `{"data":${'{"op":'.repeat(depth)}{"success":false}${"}".repeat(depth)}}`,
    unclosed: `${'{"message":['.repeat(depth)}`,
  };
};

/** The same nesting as parsed values, built without recursion. */
export const deepValues = (depth: number): Record<string, unknown> => {
  let object: unknown = { message: "bottom", password: "deep-secret-value" };
  let array: unknown = [];
  for (let i = 0; i < depth; i += 1) {
    object = { error: object, errors: [object], data: object };
    array = [array];
  }
  return { object, array };
};

/** Strings that are not valid UTF-16: lone and reversed surrogates, inside text, JSON strings and keys. */
export const INVALID_UTF16: readonly string[] = [
  "\uD800",
  "\uDFFF",
  "\uDC00\uD800",
  "abc\uD83D",
  "\uDE00abc",
  `{"message":"\uD800 broken","type":"invalid_request_error"}`,
  `{"error":{"message":"\\ud800\\udc00\\udc00 escaped","type":"api_error"}}`,
  `{"errors":[{"message":"\uDBFF","extensions":{"code":"\uDC00"}}]}`,
  `{"\uD800":"\uD800","message":"k"}`,
  `<html><title>\uD800</title></html>`,
  "\u0000\u0001\u001f\u007f\u2028\u2029\uFEFF\uFFFE\uFFFF",
];

/** Bytes that are not valid UTF-8, and a BOM. */
export const INVALID_UTF8: readonly Uint8Array[] = [
  new Uint8Array([0xff, 0xfe, 0xfd]),
  new Uint8Array([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1]),
  new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d]),
  new Uint8Array([0x7b, 0x22, 0x6d, 0x22, 0x3a, 0x22, 0xed, 0xa0, 0x80, 0x22, 0x7d]),
  new Uint8Array(0),
];

const TEN_MB = 10 * 1024 * 1024;

/** 10 MB bodies, built once per call (kept out of property runs: each is one example). */
export const tenMegabyteBodies = (): Record<string, unknown> => {
  const filler = "x".repeat(TEN_MB);
  return {
    "plain text": filler,
    HTML: `<!doctype html><html><body>${filler}</body></html>`,
    "truncated JSON": `{"message":"${filler}`,
    "opening brackets": "[".repeat(TEN_MB),
    "lone surrogates": "\uD800".repeat(TEN_MB),
    "a JSON string": `"${filler}"`,
    "a JSON message": `{"message":"${filler}","type":"invalid_request_error"}`,
    "a JSON error message": `{"error":{"message":"${filler}","type":"api_error"},"errors":[{"message":"${filler.slice(0, TEN_MB / 2)}"}]}`,
    bytes: new TextEncoder().encode(`{"message":"${filler}"}`),
    "a parsed object": { message: filler, error: { message: filler }, errors: [{ message: filler }] },
  };
};

/** A 10 MB JSON body as wide as LIMITS allow: 50 lists of 50 strings of 4,000 characters. */
export const wideJsonBody = (): string =>
  JSON.stringify({
    message: "wide",
    type: "api_error",
    items: Array.from({ length: 50 }, () => Array.from({ length: 50 }, () => "w".repeat(4_000))),
  });

// ---- arbitraries ----------------------------------------------------------------------------------------

/**
 * A hostile value made inside the property, not by fast-check: fast-check inspects generated values (`in`,
 * `toString`) and would trip over a throwing Proxy itself. `realize` turns it into the value.
 */
export class Lazy {
  constructor(
    readonly label: string,
    readonly make: () => unknown,
  ) {}
  toString(): string {
    return `<${this.label}>`;
  }
}

const lazy = (label: string, make: () => unknown): Lazy => new Lazy(label, make);

/** The value to pass on: every Lazy in it (inside plain objects and arrays, 4 levels deep) is built now. */
export const realize = (value: unknown, depth = 0): unknown => {
  if (value instanceof Lazy) return value.make();
  if (depth >= 4 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((item) => realize(item, depth + 1));
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value))
    Object.defineProperty(out, key, {
      value: realize(child, depth + 1),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return out;
};

/** Any UTF-16 code unit, lone surrogates included, mixed with the ASCII vendors mostly send. */
const codeUnit = fc.oneof(
  { arbitrary: fc.string({ unit: "binary-ascii", minLength: 1, maxLength: 1 }), weight: 4 },
  { arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), weight: 1 },
);

/** Text with any code units (invalid UTF-16 included). */
export const anyText = fc.string({ unit: codeUnit, maxLength: 80 });

/** Object keys that matter to a parser or to the prototype chain, or any text. */
export const hostileKey = fc.oneof(fc.constantFrom("__proto__", "constructor", "prototype", ...READ_KEYS), anyText);

/** `fc.anything()` with every option on, hostile keys and broken strings. */
export const anythingArb = fc.anything({
  key: hostileKey,
  maxDepth: 4,
  maxKeys: 6,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  stringUnit: codeUnit,
});

/** A value at one of the places vendors put errors, each field hostile. */
export const vendorShapedArb = fc.record(
  {
    message: anythingArb,
    type: fc.oneof(fc.constantFrom("invalid_request_error", "api_error"), anythingArb),
    error: fc.oneof(
      anythingArb,
      fc.record({ message: anythingArb, type: anythingArb, errors: anythingArb }, { requiredKeys: [] }),
    ),
    errors: fc.oneof(
      anythingArb,
      fc.array(
        fc.record(
          {
            message: anythingArb,
            extensions: fc.record({ code: anythingArb, traceId: anythingArb }, { requiredKeys: [] }),
            field: anythingArb,
          },
          { requiredKeys: [] },
        ),
        { maxLength: 4 },
      ),
    ),
    extensions: fc.record({ code: anythingArb, traceId: anythingArb }, { requiredKeys: [] }),
    data: fc.oneof(
      anythingArb,
      fc.dictionary(
        anyText,
        fc.record({ success: anythingArb, error_message: anythingArb, data: anythingArb }, { requiredKeys: [] }),
        { maxKeys: 3 },
      ),
    ),
    code: anythingArb,
    path: anythingArb,
  },
  { requiredKeys: [] },
);

/** Text bodies: valid JSON, truncated JSON, HTML, and text with broken UTF-16. */
export const textBodyArb = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.tuple(fc.jsonValue(), fc.nat()).map(([v, cut]) => {
    const text = JSON.stringify(v) ?? "null";
    return text.slice(0, cut % (text.length + 1));
  }),
  vendorShapedArb.map((v) => {
    try {
      return JSON.stringify(v) ?? "";
    } catch {
      return "{";
    }
  }),
  anyText.map(
    (t) => `<!DOCTYPE html><html><head><title>${t}</title></head><body><h1>502 Bad Gateway</h1>${t}</body></html>`,
  ),
  anyText,
  fc.constantFrom(...INVALID_UTF16),
);

/** Statuses no HTTP client should send: NaN, negative, fractional, huge, strings, other types. */
export const hostileStatusArb = fc.oneof(
  fc.constantFrom<unknown>(
    Number.NaN,
    -0,
    -1,
    -404,
    0,
    0.5,
    404.5,
    99,
    1_000,
    1e21,
    Number.MAX_SAFE_INTEGER,
    Number.MAX_VALUE,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    "404",
    " 500 ",
    "4e2",
    "0x190",
    "abc",
    "",
    null,
    undefined,
    true,
    404n,
    Symbol("status"),
    [],
    {},
    new Number(429),
    new String("503"),
  ),
  fc.integer({ min: 100, max: 599 }),
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 6 }),
);

const headerName = fc.oneof(
  fc.constantFrom(
    "retry-after",
    "x-ratelimit-limit",
    "x-ratelimit-remaining",
    "x-ratelimit-reset",
    "ratelimit-reset",
    "x-request-id",
    "x-trace-id",
    "traceparent",
    "cf-ray",
    "content-type",
    "x-api-key",
    "authorization",
  ),
  fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/),
);

const headerValue = fc.oneof(
  fc.constantFrom(
    "1",
    "-1",
    "0",
    "NaN",
    "1e309",
    "0.5",
    "99999999999999999999",
    "Wed, 21 Oct 2015 07:28:00 GMT",
    "Sun, 06 Nov 1994 08:49:37 GMT junk",
    "application/json",
    "text/html",
    "",
  ),
  fc.stringMatching(/^[\x21-\x7e]{0,40}$/),
);

/** Headers as `Headers`, records, `[name, value]` arrays, and garbage. */
export const hostileHeadersArb = fc.oneof(
  fc.array(fc.tuple(headerName, headerValue), { maxLength: 8 }).map((pairs) => new Headers(pairs)),
  fc.dictionary(headerName, fc.oneof(headerValue, fc.array(headerValue, { maxLength: 3 }), anythingArb), {
    maxKeys: 8,
  }),
  fc.array(fc.oneof(fc.tuple(headerName, headerValue), fc.tuple(anythingArb, anythingArb), anythingArb), {
    maxLength: 8,
  }),
  anythingArb,
  fc.constantFrom(
    lazy("a throwing Proxy", () => throwingProxy()),
    lazy("a revoked Proxy", () => revokedProxy()),
    lazy("throwing getters", () => throwingGetters()),
    lazy("get() returning a throwing Proxy", () => ({ get: () => throwingProxy() })),
    lazy("get() returning a Symbol", () => ({ get: () => Symbol("h") })),
    lazy("get: 5", () => ({ get: 5 })),
    lazy("a Map", () => new Map([["retry-after", "5"]])),
    lazy("a header line as a string", () => "retry-after: 5"),
  ),
);
