import { CombinedGraphQLErrors, ServerError, ServerParseError } from "@apollo/client/errors";
import { NormalizedError } from "@errnorm/core";
import { CombinedError } from "@urql/core";
import { ClientError } from "graphql-request";
import { describe, expect, test } from "vitest";
import { normalizeError, partialDataOf } from "../src/index.js";

const TOKEN_EXPIRED_BODY = {
  errors: [{ extensions: { path: "$", code: "invalid-jwt" }, message: "Could not verify JWT: JWTExpired" }],
};
const BARE_403 = { extensions: { code: 403, traceId: "77020d7cb1" }, message: "Token has expired" };

const pick = (e: NormalizedError) => ({
  category: e.category,
  reason: e.reason,
  action: e.action,
  status: e.status,
  traceId: e.traceId,
});

describe("normalizeError: transport failures", () => {
  test("an abort is cancelled, a timeout is timeout, a refused connection is network", () => {
    expect(normalizeError(new DOMException("This operation was aborted", "AbortError")).category).toBe("cancelled");
    expect(normalizeError(new DOMException("The operation was aborted due to timeout", "TimeoutError")).category).toBe(
      "timeout",
    );
    const refused = new TypeError("fetch failed", {
      cause: Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED" }),
    });
    expect(pick(normalizeError(refused))).toMatchObject({
      category: "network",
      reason: "CONNECTION_REFUSED",
      status: 0,
    });
  });

  test("a NormalizedError passes through; anything else is unknown", () => {
    const known = new NormalizedError({
      vendor: "talview",
      category: "server",
      reason: "X_Y",
      message: "m",
      status: 500,
    });
    expect(normalizeError(known)).toBe(known);
    expect(pick(normalizeError(new RangeError("boom")))).toMatchObject({
      category: "unknown",
      reason: "UNEXPECTED_ERROR",
    });
    expect(normalizeError("just text").message).toBe("just text");
    expect(normalizeError(undefined).category).toBe("unknown");
  });

  test("secrets passed in options are scrubbed from the message and cause", () => {
    const error = normalizeError(new Error("token tv_4f9a2c81d3 rejected"), { secrets: ["tv_4f9a2c81d3"] });
    expect(JSON.stringify(error)).not.toContain("tv_4f9a2c81d3");
    expect(String(error.cause)).not.toContain("tv_4f9a2c81d3");
  });
});

describe("normalizeError: graphql-request ClientError", () => {
  test("errors at HTTP 200 are read from the response like parseResponse reads them", () => {
    const thrown = new ClientError(
      {
        status: 200,
        headers: new Headers({ "x-request-id": "r1" }),
        body: JSON.stringify(TOKEN_EXPIRED_BODY),
        ...TOKEN_EXPIRED_BODY,
      } as never,
      { query: "{ slots { id } }" },
    );
    expect(pick(normalizeError(thrown))).toEqual({
      category: "authentication",
      reason: "TOKEN_EXPIRED",
      action: "refresh_token",
      status: 200,
      traceId: "r1",
    });
  });

  test("a bare body at a real status (no errors[] for the client to find) is still understood", () => {
    const thrown = new ClientError({ status: 403, headers: new Headers(), body: JSON.stringify(BARE_403) } as never, {
      query: "{ x }",
    });
    expect(pick(normalizeError(thrown))).toEqual({
      category: "authentication",
      reason: "TOKEN_EXPIRED",
      action: "refresh_token",
      status: 403,
      traceId: "77020d7cb1",
    });
  });

  test("without a body text the errors and data fields are used, and partial data stays reachable", () => {
    const thrown = new ClientError(
      {
        status: 200,
        headers: new Headers(),
        errors: [{ message: "PAYMENT_REQUIRED: Pay first.", extensions: { code: "PAYMENT_REQUIRED" } }],
        data: { a: 1 },
      } as never,
      { query: "{ x }" },
    );
    const error = normalizeError(thrown);
    expect([error.reason, error.action, error.userMessage]).toEqual([
      "PAYMENT_REQUIRED",
      "complete_payment",
      "Pay first.",
    ]);
    expect(partialDataOf(error)).toEqual({ a: 1 });
  });
});

describe("normalizeError: Apollo Client 4", () => {
  test("CombinedGraphQLErrors is read as the GraphQL body it came from", () => {
    const thrown = new CombinedGraphQLErrors({ errors: [BARE_403], data: { booking: { id: "b1" } } } as never);
    const error = normalizeError(thrown);
    expect(pick(error)).toEqual({
      category: "authentication",
      reason: "TOKEN_EXPIRED",
      action: "refresh_token",
      status: 200,
      traceId: "77020d7cb1",
    });
    expect(partialDataOf(error)).toEqual({ booking: { id: "b1" } });
  });

  test("ServerError keeps the status and the body text it could not use", () => {
    const response = new Response("", { status: 429, headers: { "retry-after": "7" } });
    const thrown = new ServerError("Response not successful: Received status code 429", {
      response,
      bodyText: JSON.stringify({ message: "Too Many Requests" }),
    });
    const error = normalizeError(thrown);
    expect([error.category, error.status, error.retryAfterMs, error.retryable]).toEqual([
      "rate_limited",
      429,
      7000,
      true,
    ]);
  });

  test("ServerParseError (HTML where JSON was expected) at a 2xx is an invalid body", () => {
    const response = new Response("", { status: 200 });
    const thrown = new ServerParseError(new SyntaxError("Unexpected token '<'"), {
      response,
      bodyText: "<html>portal</html>",
    });
    expect(pick(normalizeError(thrown))).toMatchObject({
      category: "unknown",
      reason: "INVALID_RESPONSE_BODY",
      status: 200,
    });
  });

  test("a network error is classified by core's transport rules", () => {
    expect(normalizeError(new TypeError("fetch failed")).category).toBe("network");
  });
});

describe("normalizeError: urql CombinedError", () => {
  test("graphQLErrors are read with the response status", () => {
    const thrown = new CombinedError({
      graphQLErrors: [
        {
          message: 'Uniqueness violation. duplicate key value violates unique constraint "files_pkey"',
          extensions: { code: "constraint-violation", path: "$" },
        },
      ],
      response: { status: 200, headers: new Headers() },
    });
    expect(pick(normalizeError(thrown))).toMatchObject({
      category: "conflict",
      reason: "UNIQUENESS_VIOLATION",
      status: 200,
    });
  });

  test("a non-2xx whose body urql dropped is classified by its status", () => {
    const thrown = new CombinedError({
      networkError: new Error("Forbidden"),
      response: { status: 403, headers: new Headers({ "x-request-id": "u1" }) },
    });
    expect(pick(normalizeError(thrown))).toEqual({
      category: "permission",
      reason: "FORBIDDEN",
      action: "refresh_token",
      status: 403,
      traceId: "u1",
    });
  });

  test("a network error without a response is a transport failure", () => {
    const thrown = new CombinedError({ networkError: new TypeError("fetch failed") });
    expect(pick(normalizeError(thrown))).toMatchObject({ category: "network", status: 0 });
  });
});
