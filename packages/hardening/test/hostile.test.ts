// Hostile input (issue 6): for both adapters, parseResponse and normalizeError never throw and always give a
// canonical error (or an ok result) whose size stays within caps derived from core's LIMITS (support-hostile/caps.ts),
// and no input pollutes a built-in prototype.
import { fc, test } from "@fast-check/vitest";
import { LIMITS } from "@errnorm/core";
import { isSuccessStatus, normalizeStatus } from "@errnorm/core/adapter";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { ADAPTERS } from "./support-hostile/adapters.js";
import { ERROR_JSON_CAP, FIELDS_JSON_CAP, RAW_JSON_CAP } from "./support-hostile/caps.js";
import { describeThrown, expectCanonical, expectResult, mustNotThrow } from "./support-hostile/canonical.js";
import {
  anythingArb,
  anyText,
  cyclicValues,
  deepJsonTexts,
  deepValues,
  hostileHeadersArb,
  hostileKey,
  hostileStatusArb,
  INVALID_UTF16,
  INVALID_UTF8,
  PROXIES,
  realize,
  tenMegabyteBodies,
  textBodyArb,
  throwingGetters,
  throwingProxy,
  vendorShapedArb,
  wideJsonBody,
} from "./support-hostile/hostile-values.js";
import { POLLUTION_MARKERS, pollutingBodies, prototypeFingerprint } from "./support-hostile/prototypes.js";

/** Runs per property: the whole file stays well under 20 s on a 2-core machine. */
const RUNS = { numRuns: 100 };

const ERROR_STATUSES = [400, 401, 403, 404, 422, 429, 500, 502, 503] as const;

let pristine: Record<string, string>;
beforeAll(() => {
  pristine = prototypeFingerprint();
});
afterEach(() => {
  expect(prototypeFingerprint(), "built-in prototypes changed").toEqual(pristine);
  for (const marker of POLLUTION_MARKERS)
    expect(({} as Record<string, unknown>)[marker], `({}).${marker}`).toBeUndefined();
});

it("derives its size caps from core's LIMITS", () => {
  expect(LIMITS).toMatchObject({
    messageLength: 1_000,
    userMessageLength: 300,
    rawStringLength: 2_000,
    rawEntries: 50,
  });
  expect(RAW_JSON_CAP).toBe(600_000);
  expect(ERROR_JSON_CAP).toBe(FIELDS_JSON_CAP + RAW_JSON_CAP);
  expect(ERROR_JSON_CAP).toBeLessThan(1_000_000);
});

describe.each(ADAPTERS)("$name", (adapter) => {
  const parse = (response: unknown, options?: unknown) => {
    const result = mustNotThrow("parseResponse", () => adapter.parseResponse(response, options));
    expectResult(result);
    return result;
  };
  const normalize = (thrown: unknown, options?: unknown) =>
    expectCanonical(mustNotThrow("normalizeError", () => adapter.normalizeError(thrown, options)));
  const axiosError = (
    response: unknown,
    config: unknown = { url: "https://acme.example/api/v2/users", headers: {} },
  ) => ({
    isAxiosError: true,
    name: "AxiosError",
    message: "Request failed",
    code: "ERR_BAD_RESPONSE",
    config,
    response,
  });
  /** The body through every door: parseResponse at each status, and normalizeError of an axios-like error. */
  const everyWay = (body: unknown, headers?: unknown) => {
    for (const status of [200, ...ERROR_STATUSES]) parse({ status, headers, body });
    normalize(axiosError({ status: 400, headers, data: body }));
    normalize({
      name: "ClientError",
      message: "GraphQL Error",
      response: { status: 200, headers, body, errors: body, data: body },
    });
  };

  describe("fast-check bodies", () => {
    test.prop([anythingArb, hostileStatusArb, hostileHeadersArb], RUNS)(
      "parseResponse is total over fc.anything() bodies, any status and any headers",
      (body, status, headers) => {
        const result = parse({ status, headers: realize(headers), body });
        if (!isSuccessStatus(normalizeStatus(status)))
          expect(result.isErr(), "a non-2xx status is never ok").toBe(true);
      },
    );

    test.prop([fc.jsonValue(), fc.constantFrom(200, ...ERROR_STATUSES)], RUNS)(
      "parseResponse is total over fc.jsonValue() bodies given parsed, as text and as bytes",
      (value, status) => {
        const text = JSON.stringify(value);
        for (const body of [value, text, new TextEncoder().encode(text)]) {
          const result = parse({ status, body });
          if (status !== 200) expect(result.isErr()).toBe(true);
        }
      },
    );

    test.prop([vendorShapedArb, fc.constantFrom(200, ...ERROR_STATUSES)], RUNS)(
      "parseResponse is total over vendor-shaped bodies whose every field is hostile",
      (body, status) => {
        parse({ status, headers: { "retry-after": "1", "x-request-id": "r" }, body });
      },
    );

    test.prop([textBodyArb, fc.constantFrom(200, ...ERROR_STATUSES)], RUNS)(
      "parseResponse is total over text bodies: valid and truncated JSON, HTML, broken UTF-16",
      (body, status) => {
        parse({ status, headers: { "content-type": "text/html" }, body });
      },
    );

    test.prop(
      [
        fc.oneof(
          anythingArb,
          fc.record(
            {
              isAxiosError: fc.constant(true),
              message: anythingArb,
              code: fc.oneof(
                fc.constantFrom("ERR_NETWORK", "ECONNRESET", "ECONNABORTED", "ERR_CANCELED", "ERR_BAD_REQUEST"),
                anythingArb,
              ),
              config: fc.record(
                {
                  url: anythingArb,
                  baseURL: anythingArb,
                  headers: hostileHeadersArb,
                  data: anythingArb,
                  auth: anythingArb,
                },
                { requiredKeys: [] },
              ),
              response: fc.record(
                {
                  status: hostileStatusArb,
                  headers: hostileHeadersArb,
                  data: fc.oneof(anythingArb, vendorShapedArb, textBodyArb),
                },
                { requiredKeys: [] },
              ),
            },
            { requiredKeys: ["isAxiosError"] },
          ),
          fc.record({
            status: hostileStatusArb,
            ok: fc.boolean(),
            headers: hostileHeadersArb,
            url: anythingArb,
            body: anythingArb,
          }),
          fc.record(
            {
              name: fc.constantFrom(
                "ClientError",
                "CombinedGraphQLErrors",
                "ServerError",
                "ServerParseError",
                "CombinedError",
              ),
              message: anythingArb,
              errors: fc.oneof(anythingArb, fc.array(vendorShapedArb, { maxLength: 3 })),
              graphQLErrors: fc.oneof(anythingArb, fc.array(vendorShapedArb, { maxLength: 3 })),
              networkError: anythingArb,
              statusCode: hostileStatusArb,
              bodyText: textBodyArb,
              response: fc.record(
                {
                  status: hostileStatusArb,
                  headers: hostileHeadersArb,
                  body: fc.oneof(textBodyArb, anythingArb),
                  errors: anythingArb,
                  data: anythingArb,
                },
                { requiredKeys: [] },
              ),
            },
            { requiredKeys: ["name"] },
          ),
          fc
            .tuple(
              anyText,
              anythingArb,
              fc.oneof(fc.constantFrom("ECONNREFUSED", "ETIMEDOUT", "UND_ERR_SOCKET", "ABORT_ERR"), anythingArb),
              fc.constantFrom("Error", "AbortError", "TimeoutError", "TypeError", "CanceledError"),
            )
            .map(([message, cause, code, name]) => Object.assign(new Error(message, { cause }), { name, code })),
        ),
      ],
      RUNS,
    )(
      "normalizeError is total over fc.anything() and axios, fetch, GraphQL-client and transport-shaped errors",
      (thrown) => {
        normalize(realize(thrown));
      },
    );
  });

  describe("10 MB bodies (single examples)", () => {
    const bodies = tenMegabyteBodies();
    it.each(Object.keys(bodies))("%s", (name) => {
      const body = bodies[name];
      parse({ status: 400, body });
      normalize(axiosError({ status: 401, headers: {}, data: body }));
      if (typeof body === "string") {
        normalize(new Error(body));
        normalize(body);
      }
    });
  });

  describe("invalid UTF-16 and UTF-8", () => {
    it.each(INVALID_UTF16.map((text, i) => [i, text] as const))("text #%i", (_, text) => {
      everyWay(text, { "x-request-id": text });
      normalize(new Error(text, { cause: new Error(text) }));
    });
    it.each(INVALID_UTF8.map((bytes, i) => [i, bytes] as const))("bytes #%i", (_, bytes) => {
      everyWay(bytes);
      everyWay(bytes.buffer);
      everyWay(new DataView(bytes.buffer));
    });
  });

  describe("JSON nested 100,000 levels deep", () => {
    const texts = deepJsonTexts(100_000);
    it.each(Object.keys(texts))("as text: %s", (name) => {
      const text = texts[name] as string;
      for (const status of [200, 400, 500]) parse({ status, body: text });
      normalize(axiosError({ status: 400, headers: {}, data: text }));
      normalize({ name: "ServerParseError", message: "parse", statusCode: 200, bodyText: text });
    });
    it("as parsed values built without recursion", () => {
      for (const value of Object.values(deepValues(100_000))) {
        everyWay(value);
        normalize(Object.assign(new Error("deep"), { response: { status: 400, data: value, headers: {} } }));
      }
    });
  });

  describe("cycles", () => {
    it("in bodies, headers, thrown values and cause chains", () => {
      const c = cyclicValues();
      everyWay(c.body, c.headers);
      everyWay(c.list, c.headers);
      for (const thrown of [c.selfCause, c.causeLoop, c.axiosLike, c.body, c.list]) normalize(thrown);
      parse(c.axiosLike);
      parse({ status: 400, headers: c.headers, body: c.body, self: c.body });
    });
  });

  describe("getters that throw", () => {
    const throwables: readonly (readonly [string, () => unknown])[] = [
      ["an Error", () => new Error("getter")],
      ["undefined", () => undefined],
      ["a throwing Proxy", () => throwingProxy()],
    ];
    it.each(throwables)("throwing %s, as body, headers, response and thrown value", (_, thrown) => {
      everyWay(throwingGetters({}, thrown), throwingGetters({}, thrown));
      parse(throwingGetters({}, thrown));
      parse({
        status: 400,
        body: {
          error: throwingGetters({}, thrown),
          errors: [throwingGetters({}, thrown)],
          data: throwingGetters({}, thrown),
        },
      });
      normalize(throwingGetters({}, thrown));
      normalize(throwingGetters(new Error("e"), thrown));
      normalize(throwingGetters(new TypeError("fetch failed"), thrown));
      normalize({ isAxiosError: true, config: throwingGetters({}, thrown), response: throwingGetters({}, thrown) });
      normalize({
        isAxiosError: true,
        config: {},
        response: { status: 400, headers: throwingGetters({}, thrown), data: throwingGetters({}, thrown) },
      });
      normalize(new Error("outer", { cause: throwingGetters(new Error("inner"), thrown) }));
    });
  });

  describe("Proxies that throw on every trap", () => {
    it.each(PROXIES)("%s, as body, headers, response, thrown value and everything inside", (_, make) => {
      everyWay(make(), make());
      parse(make());
      parse({ status: make(), headers: make(), body: make() });
      normalize(make());
      normalize({ isAxiosError: true, config: make(), response: make(), code: make(), message: make() });
      normalize({
        isAxiosError: true,
        config: { headers: make(), url: make() },
        response: { status: 500, headers: make(), data: make() },
      });
      normalize({ status: 500, ok: false, headers: make(), url: make() });
      normalize(new Error("outer", { cause: make() }));
      normalize(Object.assign(new Error("e"), { response: make(), name: "ClientError" }));
      normalize({ name: "CombinedError", graphQLErrors: [make()], response: make(), networkError: make() });
      normalize({ name: "CombinedGraphQLErrors", errors: [make(), { message: make(), extensions: make() }] });
    });
  });

  describe("__proto__, constructor and prototype keys", () => {
    it("pollute no prototype, whatever the status and the door", () => {
      for (const body of pollutingBodies()) {
        everyWay(body, { __proto__: null, "x-request-id": "r" });
        normalize(body);
      }
      expect(prototypeFingerprint()).toEqual(pristine);
      expect(
        Object.isFrozen(Object.prototype) || Object.isFrozen(Array.prototype) || Object.isFrozen(Function.prototype),
      ).toBe(false);
    });

    test.prop(
      [
        fc.dictionary(hostileKey, fc.oneof(anythingArb, fc.dictionary(hostileKey, anythingArb, { maxKeys: 4 })), {
          maxKeys: 6,
        }),
        fc.constantFrom(200, 400, 422, 500),
      ],
      RUNS,
    )("objects keyed by hostile names pollute nothing, parsed or as JSON text", (body, status) => {
      parse({ status, body });
      let text: string | undefined;
      try {
        text = JSON.stringify(body);
      } catch {
        text = undefined; // a BigInt inside
      }
      if (text !== undefined) parse({ status, body: text });
      normalize(axiosError({ status, headers: body, data: body }, body));
      expect(prototypeFingerprint()).toEqual(pristine);
    });
  });

  describe("garbage statuses and headers", () => {
    test.prop(
      [
        hostileStatusArb,
        fc.constantFrom<unknown>(undefined, "", "{}", '{"message":"m"}', { message: "m" }, "<html></html>"),
      ],
      RUNS,
    )(
      "statuses that are NaN, negative, fractional, huge or strings give status 0..999 and never ok unless 2xx",
      (status, body) => {
        const result = parse({ status, body });
        if (!isSuccessStatus(normalizeStatus(status))) expect(result.isErr()).toBe(true);
        if (result.isErr()) expect(result.error.status).toBe(normalizeStatus(status));
        normalize(axiosError({ status, headers: {}, data: body }));
        normalize({ status, ok: false, headers: {} });
        normalize({ name: "ServerError", message: "x", statusCode: status, bodyText: body });
      },
    );

    test.prop([hostileHeadersArb, fc.constantFrom(200, 400, 429, 503)], RUNS)(
      "headers as Headers, records, arrays and garbage",
      (generated, status) => {
        const headers = realize(generated);
        parse({ status, headers, body: { message: "m", type: "api_error" } });
        parse({ status, headers, body: "<html>Too Many Requests</html>" });
        normalize(axiosError({ status, headers, data: { errors: [{ message: "m" }] } }, { headers, url: "/x" }));
        normalize({ status, ok: false, headers });
      },
    );
  });

  describe("real fetch objects", () => {
    it("a thrown Response, a fetch TypeError, an AbortError and a TimeoutError", () => {
      normalize(new Response("<html>", { status: 502, headers: { "retry-after": "1e9" } }));
      normalize(new Response(null, { status: 204 }));
      normalize(
        new TypeError("fetch failed", { cause: Object.assign(new Error("connect"), { code: "ECONNREFUSED" }) }),
      );
      normalize(new DOMException("aborted", "AbortError"));
      normalize(new DOMException("timed out", "TimeoutError"));
      parse({ status: 400, headers: new Headers({ "retry-after": "-1" }), body: new Response("x").body });
      parse({ status: 400, body: new Blob(["{}"]) });
    });
  });

  describe("output size", () => {
    // Fixed defect (size), kept as a regression test; core now bounds the total text of `raw` (LIMITS.rawTotalLength). Before: LIMITS capped depth (8), entries per
    // container (50) and each string (2,000), but not the sum, so a 10 MB body of 50 x 50 long strings is kept as
    // a 5 MB `raw` (packages/core/src/redact.ts, redactValue: `budget` counts containers, not characters).
    it("a 10 MB body as wide as LIMITS allow keeps JSON.stringify(err) under ERROR_JSON_CAP", () => {
      const body = wideJsonBody();
      const sizes = [
        JSON.stringify(adapter.parseResponse({ status: 400, body })._unsafeUnwrapErr()).length,
        JSON.stringify(adapter.normalizeError(axiosError({ status: 500, headers: {}, data: body }))).length,
      ];
      for (const size of sizes)
        expect(size, `JSON.stringify(err).length for a ${body.length}-character body`).toBeLessThanOrEqual(
          ERROR_JSON_CAP,
        );
    });
  });

  describe("hostile options", () => {
    // Fixed crashes, kept as regression tests. Before the fix: a `messages` catalog that throws on read, or whose entries are not short
    // non-empty strings, and (talview) a `secrets` iterable that throws. Core reads `messages[category]` and
    // iterates `secrets` inside the NormalizedError constructor without a guard, so the adapters' own fallback
    // error throws again (packages/core/src/error.ts, constructor; packages/core/src/messages.ts, defaultUserMessage).
    const hostileOptions: readonly (readonly [string, () => unknown])[] = [
      ["a throwing Proxy", () => throwingProxy()],
      ["secrets: a throwing Proxy", () => ({ secrets: throwingProxy() })],
      [
        "secrets: an iterable whose iterator throws",
        () => ({
          secrets: {
            [Symbol.iterator]: () => {
              throw new Error("iterator");
            },
          },
        }),
      ],
      [
        "secrets: a generator that throws midway",
        () => ({
          secrets: (function* () {
            yield "abcdefgh";
            throw new Error("generator");
          })(),
        }),
      ],
      ["url and operation: throwing Proxies", () => ({ url: throwingProxy(), operation: throwingProxy() })],
      ["messages: a throwing Proxy", () => ({ messages: throwingProxy() })],
      ["messages: throwing getters", () => ({ messages: throwingGetters({ invalid_request: "x", unknown: "y" }) })],
      [
        "messages: numbers, objects, null",
        () => ({ messages: { invalid_request: 5, unknown: {}, authentication: null, server: [] } }),
      ],
      [
        "messages: empty and 10,000-character strings",
        () => ({ messages: { invalid_request: "", unknown: "u".repeat(10_000), server: "s".repeat(10_000) } }),
      ],
    ];
    it.each(hostileOptions)("%s", (_, make) => {
      const crashes: string[] = [];
      const attempt = (label: string, run: () => void) => {
        try {
          run();
        } catch (thrown) {
          crashes.push(`${label}: ${describeThrown(thrown)}`);
        }
      };
      attempt("parseResponse 400", () => parse({ status: 400, body: { message: "m" } }, make()));
      attempt("parseResponse 500 html", () => parse({ status: 500, body: "<html>" }, make()));
      attempt("normalizeError Error", () => normalize(new Error("x"), make()));
      attempt("normalizeError axios", () => normalize(axiosError({ status: 400, headers: {}, data: {} }), make()));
      expect(crashes).toEqual([]);
    });
  });
});
