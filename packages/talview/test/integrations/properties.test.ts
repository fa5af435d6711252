// For random Talview responses served by a local server, each integration's error is parseResponse's error on the
// same status, headers and body (the same wire JSON apart from `cause`), and a success passes through.
import { isNormalizedError, type NormalizedError } from "@errnorm/core";
import {
  HASURA_MESSAGES,
  type ScriptedResponse,
  type ScriptedServer,
  startScriptedServer,
  TALVIEW_DOCUMENTED_MESSAGES,
  TALVIEW_LOGICAL_CODES,
} from "@errnorm/testkit";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseResponse } from "../../src/index.js";
import { wireWithoutCause } from "../../../../test-support/same-error.js";
import { outcome } from "../../../../test-support/settled.js";
import { BOOK, CLIENTS, type ClientName } from "./clients.js";

let server: ScriptedServer;
beforeAll(async () => {
  server = await startScriptedServer();
});
afterAll(() => server.close());

const HASURA_CODES = [
  "invalid-jwt",
  "invalid-headers",
  "validation-failed",
  "constraint-violation",
  "access-denied",
  "unexpected",
  "not-found",
];
const MESSAGES = [
  ...Object.values(TALVIEW_DOCUMENTED_MESSAGES),
  ...Object.values(HASURA_MESSAGES).filter((m) => typeof m === "string"),
];
const STATUSES = [200, 200, 200, 400, 401, 403, 404, 422, 429, 500, 502, 503];

const message = fc.oneof(fc.constantFrom(...MESSAGES), fc.string({ maxLength: 60 }));
const traceId = fc.stringMatching(/^[a-z0-9-]{1,20}$/);

const bodies = fc.oneof(
  // documented bare body
  fc
    .record({ code: fc.constantFrom(400, 401, 403, 422, 429, 500, 502), traceId, message })
    .map(({ code, traceId, message }) => ({
      extensions: { code, traceId },
      message,
    })),
  // Hasura GraphQL errors
  fc.record({ code: fc.constantFrom(...HASURA_CODES), message }).map(({ code, message }) => ({
    errors: [{ extensions: { path: "$", code }, message }],
  })),
  // envelopes
  fc.record({ code: fc.constantFrom(...TALVIEW_LOGICAL_CODES), success: fc.boolean() }).map(({ code, success }) => ({
    data: {
      booking_create: { success, error_message: success ? null : code, data: success ? { booking_id: "b1" } : null },
    },
  })),
  // Hasura REST
  fc
    .record({ code: fc.constantFrom(...HASURA_CODES), message })
    .map(({ code, message }) => ({ path: "$", error: message, code })),
);

const response: fc.Arbitrary<ScriptedResponse> = fc
  .record({
    status: fc.constantFrom(...STATUSES),
    body: fc.oneof(
      { weight: 4, arbitrary: bodies.map((b) => JSON.stringify(b)) },
      { weight: 1, arbitrary: fc.constantFrom("", "<html><body>502 Bad Gateway</body></html>") },
    ),
    html: fc.boolean(),
    traceId: fc.option(traceId, { nil: undefined }),
    retryAfter: fc.option(fc.nat(60), { nil: undefined }),
  })
  .map(({ status, body, html, traceId, retryAfter }) => ({
    status,
    body,
    headers: {
      "content-type": body.startsWith("<") && html ? "text/html" : "application/json",
      ...(traceId !== undefined && { "x-request-id": traceId }),
      ...(retryAfter !== undefined && { "retry-after": String(retryAfter) }),
    },
  }));

/** graphql-request throws its own error before any middleware for a 2xx body that is not a GraphQL result. */
const reachesMiddleware = (r: ScriptedResponse): boolean => {
  if (r.status < 200 || r.status > 299) return true;
  try {
    const parsed = JSON.parse(r.body) as Record<string, unknown>;
    return typeof parsed === "object" && parsed !== null && ("data" in parsed || "errors" in parsed);
  } catch {
    return false;
  }
};

const hasData = (body: string): boolean => {
  try {
    const parsed: unknown = JSON.parse(body);
    return typeof parsed === "object" && parsed !== null && "data" in parsed;
  } catch {
    return false;
  }
};

describe.each(Object.keys(CLIENTS) as ClientName[])("%s", (client) => {
  const send = CLIENTS[client]();

  it("every response gives parseResponse's error, or passes like parseResponse's success", async () => {
    await fc.assert(
      fc.asyncProperty(response, async (scripted) => {
        fc.pre(client !== "graphql-request" || reachesMiddleware(scripted));
        const served = server.answer(scripted);
        const seen = await outcome(
          send({
            url: `${server.url}/v1/graphql`,
            query: BOOK,
            variables: { external_id: "c", slot_id: "s" },
            mutation: true,
          }),
        );
        const expected = parseResponse(served);
        // A 2xx that parseResponse accepts but that is no GraphQL result (no `data`) fails the clients' own checks.
        fc.pre(expected.isErr() || client === "axios" || hasData(served.body));
        if (expected.isOk()) {
          expect(seen).toEqual({ ok: true });
          return;
        }
        expect(seen.ok).toBe(false);
        const thrown = (seen as { thrown: unknown }).thrown;
        const error = client === "urql" ? (thrown as { networkError?: unknown }).networkError : thrown;
        expect(isNormalizedError(error)).toBe(true);
        expect(wireWithoutCause(error as NormalizedError)).toEqual(wireWithoutCause(expected.error));
      }),
      { numRuns: 40 },
    );
  });
});
