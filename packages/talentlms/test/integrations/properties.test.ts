// For random TalentLMS responses served by a local server, each integration's error is parseResponse's error on
// the same status, headers and body (the same wire JSON apart from `cause`), and a success passes through.
import { isNormalizedError, type NormalizedError } from "@errnorm/core";
import { type ScriptedResponse, type ScriptedServer, startScriptedServer, TALENTLMS_MESSAGES } from "@errnorm/testkit";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseResponse } from "../../src/index.js";
import { wireWithoutCause } from "../../../../test-support/same-error.js";
import { outcome } from "../../../../test-support/settled.js";
import { CLIENTS } from "./clients.js";

let server: ScriptedServer;
beforeAll(async () => {
  server = await startScriptedServer();
});
afterAll(() => server.close());

// The vendor's own messages (labelled in testkit's talentlms/messages.ts), in v1's wrapped and v2's flat shape.
const MESSAGES = Object.values(TALENTLMS_MESSAGES);
const STATUSES = [200, 201, 204, 400, 401, 403, 404, 409, 422, 429, 500, 502, 503, 504];
const CONTENT_TYPES = ["application/json", "application/json; charset=utf-8", "text/html", "text/plain", undefined];
const TYPES = ["invalid_request_error", "api_error", "authentication_error"];

const errorObject = fc.record({ type: fc.constantFrom(...TYPES), message: fc.string({ maxLength: 80 }) });

const vendorError = fc.record({ type: fc.constantFrom(...TYPES), message: fc.constantFrom(...MESSAGES) });

const body = fc.oneof(
  vendorError.map((e) => JSON.stringify({ error: e })),
  vendorError.map((e) => JSON.stringify(e)),
  errorObject.map((e) => JSON.stringify(e)),
  errorObject.map((e) => JSON.stringify({ error: e })),
  fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)),
  fc.constantFrom("", "<html><body>502 Bad Gateway</body></html>", "not json"),
);

const response: fc.Arbitrary<ScriptedResponse> = fc
  .record({
    status: fc.oneof(
      fc.constantFrom(...STATUSES),
      fc.integer({ min: 200, max: 599 }).filter((s) => s < 300 || s >= 400),
    ),
    contentType: fc.constantFrom(...CONTENT_TYPES),
    traceId: fc.option(fc.stringMatching(/^[A-Za-z0-9_-]{1,24}$/), { nil: undefined }),
    limit: fc.option(fc.nat(5000), { nil: undefined }),
    remaining: fc.option(fc.nat(5000), { nil: undefined }),
    retryAfter: fc.option(fc.nat(120), { nil: undefined }),
    body,
  })
  .map(({ status, contentType, traceId, limit, remaining, retryAfter, body }) => ({
    status,
    body,
    headers: {
      ...(contentType !== undefined && { "content-type": contentType }),
      ...(traceId !== undefined && { "x-request-id": traceId }),
      ...(limit !== undefined && { "x-ratelimit-limit": String(limit) }),
      ...(remaining !== undefined && { "x-ratelimit-remaining": String(remaining) }),
      ...(retryAfter !== undefined && { "retry-after": String(retryAfter) }),
    },
  }));

describe.each(Object.keys(CLIENTS) as (keyof typeof CLIENTS)[])("%s", (client) => {
  const send = CLIENTS[client]();

  it("every response gives parseResponse's error, or passes like parseResponse's success", async () => {
    await fc.assert(
      fc.asyncProperty(response, async (scripted) => {
        // The Fetch standard turns a 407 into a network error: ky (on fetch) never sees that response.
        fc.pre(!(client === "ky" && scripted.status === 407));
        const served = server.answer(scripted);
        const url = `${server.url}/api/v2/users/1`;
        const seen = await outcome(send({ method: "GET", url }));
        const expected = parseResponse(served, { url });
        if (expected.isOk()) {
          expect(seen).toEqual({ ok: true });
          return;
        }
        expect(seen.ok).toBe(false);
        const thrown = (seen as { thrown: unknown }).thrown;
        expect(isNormalizedError(thrown)).toBe(true);
        expect(wireWithoutCause(thrown as NormalizedError)).toEqual(wireWithoutCause(expected.error));
      }),
      { numRuns: 40 },
    );
  });
});
