// In-process tests of the pieces the binary is made of (the binary itself is tested by the other files).
import { errorProblems } from "@errnorm/testkit/properties";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  detectVendor,
  explain,
  InputError,
  parseRawResponse,
  parseVendorHost,
  summarizeHar,
  vendorOfUrl,
} from "../src/index.js";
import { printable } from "../src/scrub.js";

describe("parseRawResponse", () => {
  it("splits status line, headers and body (CRLF or LF), folding continued header lines", () => {
    const crlf = parseRawResponse(
      'HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nX-Long: a\r\n  b\r\n\r\n{"a":1}\r\n\r\nrest',
    );
    expect(crlf._unsafeUnwrap()).toEqual({
      status: 404,
      headers: [
        ["Content-Type", "application/json"],
        ["X-Long", "a b"],
      ],
      body: '{"a":1}\r\n\r\nrest',
    });
    const lf = parseRawResponse("HTTP/2 429\nretry-after: 3\n\n{}");
    expect(lf._unsafeUnwrap()).toEqual({ status: 429, headers: [["retry-after", "3"]], body: "{}" });
  });

  it("skips interim heads: 100 Continue and a proxy's Connection established", () => {
    const text =
      "HTTP/1.1 200 Connection established\r\n\r\nHTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 503 Service Unavailable\r\nA: b\r\n\r\nbody";
    expect(parseRawResponse(text)._unsafeUnwrap()).toEqual({ status: 503, headers: [["A", "b"]], body: "body" });
  });

  it("takes anything else as the body, and a head without body as an empty body", () => {
    expect(parseRawResponse('\uFEFF{"a":1}')._unsafeUnwrap()).toEqual({ headers: [], body: '{"a":1}' });
    expect(parseRawResponse("  \nHTTP/1.1 204 No Content\n")._unsafeUnwrap()).toEqual({
      status: 204,
      headers: [],
      body: "",
    });
    expect(parseRawResponse("HTTPS is required")._unsafeUnwrap()).toEqual({ headers: [], body: "HTTPS is required" });
  });

  it("refuses a head that never ends within 64 KiB", () => {
    const result = parseRawResponse(`HTTP/1.1 200 OK\r\nX: ${"a".repeat(70_000)}\r\n\r\n`);
    expect(result._unsafeUnwrapErr().message).toContain("no blank line after its headers within 64 KiB");
  });
});

describe("detectVendor", () => {
  it.each([
    [{ errors: [{ message: "x" }] }, "talview", "a GraphQL `errors` array"],
    [{ extensions: { code: 403 }, message: "Token has expired" }, "talview", "a Hasura `extensions` object"],
    [{ auth_user_login: { success: false, error_message: "x", data: null } }, "talview", "a `success` envelope"],
    [{ data: { booking_create: { success: false } } }, "talview", "a `success` envelope"],
    [{ path: "$", error: "Endpoint not found", code: "not-found" }, "talview", "a Hasura REST error (`path`, `code`)"],
    [
      { error: { type: "invalid_request_error", message: "x" } },
      "talentlms",
      "a wrapped TalentLMS error (`error.type`)",
    ],
    [{ type: "invalid_request_error", message: "x" }, "talentlms", "a TalentLMS error `type`"],
    [
      { message: "The given data was invalid.", errors: { email: ["x"] } },
      "talentlms",
      "Laravel-style `errors` by field",
    ],
    [{ _data: [] }, "talentlms", "a TalentLMS v2 `_data` body"],
    [{ data: { slots: [] } }, "talview", "a GraphQL `data` object"],
    [{ error: "Wrong username/password" }, "talview", "a Hasura `error` string"],
  ])("%j -> %s", (body, vendor, evidence) => {
    expect(detectVendor(body)).toEqual({ vendor, evidence });
  });

  it("reads TalentLMS rate-limit headers when the body says nothing", () => {
    expect(detectVendor(undefined, [["X-RateLimit-Remaining", "0"]])?.vendor).toBe("talentlms");
    expect(detectVendor({ message: "Too Many Requests" }, [["Retry-After", "3"]])).toBeUndefined();
  });
});

describe("vendor hosts", () => {
  it("matches the vendors' domains and subdomains only", () => {
    expect(vendorOfUrl(new URL("https://acme.talentlms.com/api/v2/users"))).toBe("talentlms");
    expect(vendorOfUrl(new URL("https://api.talview.com/v1/graphql"))).toBe("talview");
    expect(vendorOfUrl(new URL("https://talentlms.com.evil.example/api"))).toBeUndefined();
    expect(vendorOfUrl(new URL("https://nottalview.com/v1/graphql"))).toBeUndefined();
  });

  it("lets --vendor-host mappings win, by host:port, hostname or *.domain", () => {
    const hosts = ["127.0.0.1:4010=talview", "*.proxy.test=talentlms"].map((text) =>
      parseVendorHost(text)._unsafeUnwrap(),
    );
    expect(vendorOfUrl(new URL("http://127.0.0.1:4010/v1/graphql"), hosts)).toBe("talview");
    expect(vendorOfUrl(new URL("http://127.0.0.1:4011/v1/graphql"), hosts)).toBeUndefined();
    expect(vendorOfUrl(new URL("https://tlms.proxy.test/api/v1/users"), hosts)).toBe("talentlms");
  });
});

describe("properties", () => {
  test.prop([fc.string({ maxLength: 2_000 })])(
    "explain answers any text with a one-line InputError or a valid talview error at the status it reports",
    (text) => {
      explain({ text, vendor: "talview" }).match(
        (explanation) => {
          expect(explanation.vendor).toBe("talview");
          if (explanation.error === undefined) expect(explanation.status).toBeGreaterThanOrEqual(200);
          else expect(errorProblems(explanation.error, { vendor: "talview", status: explanation.status })).toEqual([]);
        },
        (error) => {
          expect(error).toBeInstanceOf(InputError);
          expect(error.message).toMatch(/^[^\n]+$/);
        },
      );
    },
  );

  test.prop([fc.integer({ min: 300, max: 599 }), fc.json({ maxDepth: 3 })])(
    "the status line's status reaches the error unchanged",
    (status, body) => {
      const result = explain({ text: `HTTP/1.1 ${status} X\r\n\r\n${body}`, vendor: "talentlms" })._unsafeUnwrap();
      expect(result.status).toBe(status);
      expect(result.error?.status).toBe(status);
    },
  );

  test.prop([
    fc.anything().filter((v) => typeof v !== "string" && !(typeof v === "object" && v !== null && "log" in v)),
  ])("summarizeHar answers any parsed value (not text) without a `log` with the not-a-HAR InputError", (value) => {
    expect(summarizeHar(value)._unsafeUnwrapErr().message).toBe(
      "the file is JSON but not a HAR: it has no `log` object",
    );
  });

  test.prop([fc.array(fc.anything(), { maxLength: 8 })])(
    "summarizeHar counts every entry of any `log.entries` list as a call or a skip",
    (entries) => {
      const summary = summarizeHar({ log: { entries } })._unsafeUnwrap();
      const { otherHosts, notApi, malformed } = summary.skipped;
      expect(summary.entries).toBe(entries.length);
      expect(summary.calls + otherHosts + notApi + malformed).toBe(entries.length);
    },
  );

  test.prop([fc.string({ unit: "binary", maxLength: 500 })])(
    "printable text has no terminal control characters",
    (text) => {
      expect(printable(text)).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    },
  );
});
