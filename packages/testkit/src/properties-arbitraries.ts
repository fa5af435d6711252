import fc from "fast-check";

/** Statuses a vendor sends, and every other three-digit one. */
export const anyHttpStatus: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(200, 201, 204, 301, 400, 401, 403, 404, 405, 408, 409, 422, 429, 500, 502, 503, 504),
  fc.integer({ min: 100, max: 599 }),
);

/** Anything as a status: valid ones, out-of-range numbers, NaN, strings, objects. */
export const anyStatus: fc.Arbitrary<unknown> = fc.oneof(
  anyHttpStatus,
  fc.integer({ min: -5, max: 1_200 }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, 404.5, "404", null),
  fc.anything({ maxDepth: 2 }),
);

const headerName = fc.constantFrom(
  "Retry-After",
  "retry-after",
  "X-RateLimit-Limit",
  "X-RateLimit-Remaining",
  "X-RateLimit-Reset",
  "X-Request-Id",
  "traceparent",
  "Content-Type",
  "Set-Cookie",
  "Authorization",
  "X-Anything",
);
const headerValue = fc.oneof(
  fc.nat({ max: 100_000 }).map(String),
  fc.string({ maxLength: 40 }),
  fc.constantFrom("-5", "1e99", "NaN", "Wed, 21 Oct 2015 07:28:00 GMT", "application/json", "text/html"),
);
const headerRecord = fc.dictionary(headerName, headerValue, { maxKeys: 6 });

/** Headers as a record, as `Headers`, as `[name, value]` pairs, or as anything at all. */
export const anyHeaders: fc.Arbitrary<unknown> = fc.oneof(
  headerRecord,
  headerRecord.map((record) => new Headers(Object.entries(record).filter(([, v]) => /^[\t\x20-\x7e]*$/.test(v)))),
  headerRecord.map((record) => Object.entries(record)),
  fc.constantFrom(undefined, null),
  fc.anything({ maxDepth: 2 }),
);

/** Headers a well-formed response could carry. */
export const httpHeaders: fc.Arbitrary<Record<string, string>> = headerRecord;

const jsonish = (vendor: fc.Arbitrary<unknown> | undefined): fc.Arbitrary<unknown> =>
  vendor === undefined ? fc.jsonValue({ maxDepth: 4 }) : fc.oneof(vendor, fc.jsonValue({ maxDepth: 4 }));

/** Bodies as a client holds them: JSON text (maybe double-encoded), parsed JSON, bytes, HTML, text, nothing. */
export const anyBody = (vendorBodies?: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> => {
  const json = jsonish(vendorBodies);
  return fc.oneof(
    json.map((v) => JSON.stringify(v) ?? ""),
    json,
    json.map((v) => JSON.stringify(JSON.stringify(v) ?? "")),
    json.map((v) => new TextEncoder().encode(JSON.stringify(v) ?? "")),
    fc.string({ maxLength: 300 }).map((s) => `<html><body><h1>${s}</h1></body></html>`),
    fc.string({ maxLength: 300 }),
    fc.constantFrom(undefined, null, "", "   ", "{", "[1,"),
    fc.anything({ maxDepth: 3 }),
  );
};

const throwingProxy = (): object =>
  new Proxy(
    {},
    {
      get: () => {
        throw new Error("hostile getter");
      },
      ownKeys: () => {
        throw new Error("hostile keys");
      },
      getPrototypeOf: () => {
        throw new Error("hostile prototype");
      },
    },
  );

const cyclic = (): object => {
  const body: Record<string, unknown> = { message: "cycle", errors: [] };
  body.self = body;
  (body.errors as unknown[]).push(body);
  return body;
};

/** Values no well-behaved client hands over: throwing Proxies and cycles. */
export const hostileValue: fc.Arbitrary<unknown> = fc
  .constantFrom(0, 1)
  .map((n) => (n === 0 ? throwingProxy() : cyclic()));

const namedError = (name: string, message: string, extra: Record<string, unknown> = {}): Error =>
  Object.assign(new Error(message), { name, ...extra });

/** What code can throw: errors of every transport kind, wrapped causes, responses, and any value at all. */
export const anyThrown: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  fc.string({ maxLength: 100 }).map((m) => new Error(m)),
  fc.constantFrom(
    new TypeError("fetch failed"),
    namedError("AbortError", "This operation was aborted"),
    namedError("TimeoutError", "The operation timed out"),
    namedError("Error", "connect ECONNREFUSED 127.0.0.1:1", { code: "ECONNREFUSED" }),
    namedError("Error", "getaddrinfo ENOTFOUND x.invalid", { code: "ENOTFOUND" }),
    namedError("Error", "socket hang up", { code: "ECONNRESET" }),
    Object.assign(new TypeError("fetch failed"), { cause: namedError("Error", "x", { code: "ECONNRESET" }) }),
  ),
  fc.record({ status: anyHttpStatus, headers: httpHeaders, body: anyBody() }),
  fc.record({
    response: fc.record({ status: anyHttpStatus, data: fc.jsonValue({ maxDepth: 3 }), headers: httpHeaders }),
  }),
  hostileValue,
);

/** Options of every shape: none, well-formed ones, and anything at all. */
export const anyOptions: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(undefined),
  fc.record(
    {
      messages: fc.dictionary(fc.string({ maxLength: 16 }), fc.string({ maxLength: 40 })),
      secrets: fc.array(fc.string({ maxLength: 20 }), { maxLength: 3 }),
      url: fc.constantFrom("https://api.example.com/v1/x?api_key=k", "http://127.0.0.1/x", "not a url"),
      operation: fc.string({ maxLength: 20 }),
    },
    { requiredKeys: [] },
  ),
  fc.anything({ maxDepth: 2 }),
  hostileValue,
);
