import { describe, expect, it } from "vitest";
import { fromFetch, parseResponse } from "../src/index.js";

const failingBody = (status: number, error: Error): Response => {
  const stream = new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"error":'));
      controller.error(error);
    },
  });
  return new Response(stream, { status, headers: { "X-RateLimit-Remaining": "3", "X-Request-Id": "rid-9" } });
};

describe("fromFetch", () => {
  it("reads a resolved Response", async () => {
    const result = await fromFetch(Promise.resolve(new Response('[{"id":"1"}]', { status: 200 })));
    expect(result._unsafeUnwrap()).toEqual([{ id: "1" }]);
  });

  it("normalizes a body that fails to read, keeping status, trace id and rate limit", async () => {
    const reset = Object.assign(new TypeError("terminated"), {
      cause: Object.assign(new Error("other side closed"), { code: "UND_ERR_SOCKET" }),
    });
    const e = (await fromFetch(Promise.resolve(failingBody(200, reset))))._unsafeUnwrapErr();
    expect(e).toMatchObject({
      category: "network",
      reason: "CONNECTION_RESET",
      status: 200,
      traceId: "rid-9",
      rateLimit: { remaining: 3 },
    });
    const odd = (await fromFetch(Promise.resolve(failingBody(500, new RangeError("odd")))))._unsafeUnwrapErr();
    expect(odd).toMatchObject({ category: "network", reason: "BODY_READ_FAILED", status: 500 });
  });

  it("normalizes a rejected promise and a fetch that throws synchronously", async () => {
    expect(
      (await fromFetch(Promise.reject(new DOMException("aborted", "AbortError"))))._unsafeUnwrapErr().category,
    ).toBe("cancelled");
    const bad = await fromFetch("not a url at all", { headers: { "X-API-Key": "tlms_abcdef123456" } });
    expect(bad._unsafeUnwrapErr()).toMatchObject({ vendor: "talentlms", status: 0 });
    expect(JSON.stringify(bad._unsafeUnwrapErr())).not.toContain("tlms_abcdef123456");
  });

  it("refuses something that is not a Response without throwing", async () => {
    const result = await fromFetch(Promise.resolve({ nope: true }) as unknown as Promise<Response>);
    expect(result._unsafeUnwrapErr()).toMatchObject({ reason: "UNREADABLE_RESPONSE" });
  });

  it("uses the request URL to spot a plain-HTTP call", async () => {
    const response = new Response("<html>moved</html>", { status: 403 });
    const e = (
      await fromFetch(Promise.resolve(response), { url: "http://acme.talentlms.com/api/v2/users" })
    )._unsafeUnwrapErr();
    expect(e).toMatchObject({ reason: "HTTPS_REQUIRED", action: "use_https" });
  });
});

describe("parseResponse with an unread body", () => {
  it("does not mistake a stream for a success body", () => {
    const e = parseResponse({ status: 200, body: new ReadableStream() })._unsafeUnwrapErr();
    expect(e).toMatchObject({ reason: "BODY_NOT_READ", status: 200 });
  });
});
