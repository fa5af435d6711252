import { inspect } from "node:util";
import { ApolloClient, gql, HttpLink, InMemoryCache } from "@apollo/client";
import { type NormalizedError } from "@errnorm/core";
import { NormalizedErrorJsonSchema } from "@errnorm/core/json";
import { Client as UrqlClient, fetchExchange } from "@urql/core";
import { GraphQLClient } from "graphql-request";
import { err, type Result } from "neverthrow";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { checkEnvelope, normalizeError, partialDataOf, request } from "../src/index.js";
import {
  EXPIRED_TOKEN,
  type Fault,
  HASURA_EXPIRED_TOKEN,
  startTalviewLikeServer,
  type TalviewLikeServer,
  VALID_TOKEN,
} from "./support/talview-like-server.js";

interface Operation {
  query: string;
  variables?: Record<string, unknown>;
  operation?: string;
}

type ClientName = "fetch" | "graphql-request" | "apollo" | "urql";

interface Driver {
  name: ClientName;
  run(url: string, op: Operation, token: string | undefined): Promise<Result<unknown, NormalizedError>>;
}

const bearer = (token: string | undefined): Record<string, string> =>
  token ? { authorization: `Bearer ${token}` } : {};
const isMutation = (query: string) => query.trimStart().startsWith("mutation");

/** Each client used the way its README says, with errnorm at the boundary. */
const DRIVERS: Driver[] = [
  {
    name: "fetch",
    run: async (url, op, token) => request({ url, ...op, token }),
  },
  {
    name: "graphql-request",
    run: async (url, op, token) => {
      const client = new GraphQLClient(url, { headers: bearer(token) });
      try {
        return checkEnvelope(await client.request(op.query, op.variables), { operation: op.operation });
      } catch (thrown) {
        return err(normalizeError(thrown, { operation: op.operation }));
      }
    },
  },
  {
    name: "apollo",
    run: async (url, op, token) => {
      const client = new ApolloClient({
        link: new HttpLink({ uri: url, headers: bearer(token) }),
        cache: new InMemoryCache(),
      });
      try {
        const document = gql(op.query);
        const result = isMutation(op.query)
          ? await client.mutate({ mutation: document, variables: op.variables ?? {} })
          : await client.query({ query: document, variables: op.variables ?? {}, fetchPolicy: "no-cache" });
        return checkEnvelope(result.data, { operation: op.operation });
      } catch (thrown) {
        return err(normalizeError(thrown, { operation: op.operation }));
      } finally {
        client.stop();
      }
    },
  },
  {
    name: "urql",
    run: async (url, op, token) => {
      const client = new UrqlClient({ url, exchanges: [fetchExchange], fetchOptions: { headers: bearer(token) } });
      const result = isMutation(op.query)
        ? await client.mutation(op.query, op.variables ?? {}).toPromise()
        : await client.query(op.query, op.variables ?? {}, { requestPolicy: "network-only" }).toPromise();
      if (result.error) return err(normalizeError(result.error, { operation: op.operation }));
      return checkEnvelope(result.data, { operation: op.operation });
    },
  },
];

const BOOKING = `mutation Book($slot: ID!) { booking_create(slot_id: $slot) { success error_message data { id slot_id } } }`;
const RESCHEDULE = `mutation Move($id: ID!) { booking_reschedule(booking_id: $id, slot_id: "s2") { success error_message data { id } } }`;
const CANDIDATE = `mutation Add($email: String!) { candidate_create(email: $email, external_id: "e1") { id email } }`;
const SLOTS = `query Slots { slots { id start } }`;

interface Scenario {
  name: string;
  op: Operation;
  token?: string | undefined;
  fault?: Fault;
  expect: Partial<Record<keyof NormalizedError, unknown>>;
  /** What differs for a client that loses information (urql drops non-GraphQL bodies). */
  overrides?: Partial<Record<ClientName, Partial<Record<keyof NormalizedError, unknown>>>>;
  partialData?: { clients: ClientName[]; value: unknown };
}

const SCENARIOS: Scenario[] = [
  {
    name: "success:false with prose (vendor page example)",
    op: { query: BOOKING, variables: { slot: "full" }, operation: "booking_create" },
    expect: {
      category: "business_rule",
      reason: "BUSINESS_RULE_FAILED",
      userMessage: "No available slots for selected date",
      operation: "booking_create",
    },
  },
  {
    name: "success:false with a SLOT_UNAVAILABLE prefix",
    op: { query: BOOKING, variables: { slot: "taken" }, operation: "booking_create" },
    expect: {
      reason: "SLOT_UNAVAILABLE",
      action: "refresh_availability",
      userMessage: "The selected slot was booked by someone else.",
      retryable: false,
    },
  },
  {
    name: "success:false RESCHEDULE_NOT_ALLOWED",
    op: { query: RESCHEDULE, variables: { id: "b1" }, operation: "booking_reschedule" },
    expect: { category: "business_rule", reason: "RESCHEDULE_NOT_ALLOWED", action: "none", retryable: false },
  },
  {
    name: "PAYMENT_REQUIRED in extensions at HTTP 200",
    op: { query: BOOKING, variables: { slot: "unpaid" }, operation: "booking_create" },
    expect: {
      reason: "PAYMENT_REQUIRED",
      action: "complete_payment",
      traceId: "c0ffee0001",
      userMessage: "Please pay the assessment fee before booking.",
    },
  },
  {
    name: "BOOKING_NOT_FOUND in extensions",
    op: { query: RESCHEDULE, variables: { id: "missing" }, operation: "booking_reschedule" },
    expect: { category: "not_found", reason: "BOOKING_NOT_FOUND", traceId: "b00k000404" },
  },
  {
    name: "Hasura uniqueness violation at HTTP 200",
    op: { query: CANDIDATE, variables: { email: "dup@example.com" } },
    expect: {
      category: "conflict",
      reason: "UNIQUENESS_VIOLATION",
      userMessage: "This item already exists or was changed by someone else.",
    },
  },
  {
    name: "action handler 422 at its real status",
    op: { query: CANDIDATE, variables: { email: "new@example.com" } },
    expect: { category: "business_rule", reason: "UNPROCESSABLE_ENTITY", traceId: "93bad0e604", status: 422 },
    // Apollo parses a graphql-response+json body at any status and keeps no status on CombinedGraphQLErrors.
    overrides: { apollo: { status: 200 } },
  },
  {
    name: "expired token as the documented bare 403",
    op: { query: SLOTS },
    token: EXPIRED_TOKEN,
    expect: {
      category: "authentication",
      reason: "TOKEN_EXPIRED",
      action: "refresh_token",
      traceId: "77020d7cb1",
      status: 403,
    },
    overrides: { urql: { category: "permission", reason: "FORBIDDEN", traceId: undefined } },
  },
  {
    name: "expired token as Hasura's invalid-jwt at HTTP 200",
    op: { query: SLOTS },
    token: HASURA_EXPIRED_TOKEN,
    expect: { category: "authentication", reason: "TOKEN_EXPIRED", action: "refresh_token" },
  },
  {
    name: "no token at all",
    op: { query: SLOTS },
    token: undefined,
    expect: { category: "authentication", reason: "MISSING_TOKEN", action: "refresh_token" },
  },
  {
    name: "rate limited with Retry-After",
    op: { query: SLOTS },
    fault: "rate-limit",
    expect: { category: "rate_limited", retryable: true, retryAfterMs: 2000, status: 429, traceId: "rl0000beef" },
    overrides: { urql: { traceId: undefined } },
  },
  {
    name: "a gateway's 429 {message: Too Many Requests}",
    op: { query: SLOTS },
    fault: "gateway-429",
    expect: { category: "rate_limited", reason: "RATE_LIMITED", traceId: "gw-429-req-1", status: 429 },
  },
  {
    name: "an HTML 502 from the load balancer",
    op: { query: SLOTS },
    fault: "html-502",
    expect: { category: "unavailable", reason: "BAD_GATEWAY", retryable: true, traceId: "lb-502-req", status: 502 },
  },
  {
    name: "Hasura validation-failed at HTTP 200",
    op: { query: SLOTS },
    fault: "validation-failed",
    expect: { category: "invalid_request", reason: "VALIDATION_FAILED", action: "fix_request" },
  },
  {
    name: "the documented bare 500",
    op: { query: SLOTS },
    fault: "bare-500",
    expect: { category: "server", retryable: true, status: 500, traceId: "93bad0e604" },
    overrides: { urql: { traceId: undefined } },
  },
  {
    name: "a 401 that echoes the bearer token back",
    op: { query: SLOTS },
    fault: "echo-token",
    expect: { category: "authentication", reason: "UNAUTHENTICATED", action: "refresh_token", status: 401 },
  },
  {
    name: "partial data with IDENTITY_VERIFICATION_FAILED",
    op: { query: `query Verify { slots { id } candidate_verify(id: "c1") }` },
    expect: {
      reason: "IDENTITY_VERIFICATION_FAILED",
      action: "verify_identity",
      traceId: "5e1c0ffee1",
      userMessage: "The photo does not match the ID document.",
    },
    partialData: {
      clients: ["fetch", "graphql-request", "apollo"],
      value: { slots: [{ id: "s1" }], candidate_verify: null },
    },
  },
];

const TOKENS = [VALID_TOKEN, EXPIRED_TOKEN, HASURA_EXPIRED_TOKEN];

/** The bearer token must not survive in any printable form of the error. */
const expectNoToken = (error: NormalizedError) => {
  const printed = [
    JSON.stringify(error),
    String(error),
    inspect(error, { depth: Infinity }),
    JSON.stringify(error.toProblemDetails()),
  ];
  for (const token of TOKENS) for (const text of printed) expect(text).not.toContain(token);
};

let server: TalviewLikeServer;
beforeAll(async () => {
  server = await startTalviewLikeServer();
});
afterAll(async () => {
  await server.close();
});

describe.each(DRIVERS)("real client: $name against a Talview-like graphql-yoga server", (driver) => {
  test("a successful query gives its data", async () => {
    const result = await driver.run(server.url, { query: SLOTS }, VALID_TOKEN);
    expect(result.isOk(), result.isErr() ? result.error.message : "").toBe(true);
    expect(result._unsafeUnwrap()).toMatchObject({ slots: [{ id: "s1", start: "2025-01-01T10:00:00Z" }] });
  });

  test("a successful mutation envelope gives its inner data", async () => {
    const result = await driver.run(
      server.url,
      { query: BOOKING, variables: { slot: "s1" }, operation: "booking_create" },
      VALID_TOKEN,
    );
    expect(result._unsafeUnwrap()).toMatchObject({ id: "b1", slot_id: "s1" });
  });

  test.each(SCENARIOS)("$name", async (scenario) => {
    if (scenario.fault) server.failNext(scenario.fault);
    const token = "token" in scenario ? scenario.token : VALID_TOKEN;
    const result = await driver.run(server.url, scenario.op, token);
    expect(result.isErr()).toBe(true);
    const error = result._unsafeUnwrapErr();
    const want: Record<string, unknown> = { ...scenario.expect, ...scenario.overrides?.[driver.name] };
    for (const [field, value] of Object.entries(want))
      expect(error[field as keyof NormalizedError], field).toEqual(value);
    expect(error.vendor).toBe("talview");
    expect(NormalizedErrorJsonSchema.safeParse(error.toJSON()).success).toBe(true);
    expectNoToken(error);
    if (scenario.partialData?.clients.includes(driver.name))
      expect(partialDataOf(error)).toMatchObject(scenario.partialData.value as object);
  });

  test("a refused connection is a network failure", async () => {
    const closed = await startTalviewLikeServer();
    const url = closed.url;
    await closed.close();
    const error = (await driver.run(url, { query: SLOTS }, VALID_TOKEN))._unsafeUnwrapErr();
    expect([error.category, error.retryable, error.status]).toEqual(["network", true, 0]);
    expectNoToken(error);
  });
});

describe("request(): the built-in fetch client", () => {
  test("sends the bearer token and reads the result with the operation", async () => {
    const before = server.authorizations.length;
    const result = await request<{ id: string }>({
      url: server.url,
      query: BOOKING,
      variables: { slot: "s9" },
      operation: "booking_create",
      token: VALID_TOKEN,
    });
    expect(result._unsafeUnwrap()).toEqual({ id: "b1", slot_id: "s9" });
    expect(server.authorizations[before]).toBe(`Bearer ${VALID_TOKEN}`);
  });

  test("an aborted call is cancelled, not retried", async () => {
    const controller = new AbortController();
    controller.abort();
    const error = (
      await request({ url: server.url, query: SLOTS, token: VALID_TOKEN, signal: controller.signal })
    )._unsafeUnwrapErr();
    expect([error.category, error.retryable]).toEqual(["cancelled", false]);
  });

  test("a timeout signal is a timeout", async () => {
    const slow: typeof fetch = (_url, init) =>
      new Promise((_, reject) => init?.signal?.addEventListener("abort", () => reject(init.signal?.reason)));
    const error = (
      await request({ url: server.url, query: SLOTS, fetch: slow, signal: AbortSignal.timeout(20) })
    )._unsafeUnwrapErr();
    expect([error.category, error.retryable]).toEqual(["timeout", true]);
  });

  test("an opaque token echoed without the Bearer prefix is still scrubbed, because request() knows it", async () => {
    const echo: typeof fetch = async (_url, init) => {
      const auth = new Headers(init?.headers).get("authorization") ?? "";
      return new Response(
        JSON.stringify({
          errors: [
            {
              message: `token ${auth.slice(7)} is not valid here: ${auth.slice(7)}`,
              extensions: { code: "access-denied" },
            },
          ],
        }),
        { status: 200 },
      );
    };
    const error = (
      await request({ url: server.url, query: SLOTS, token: VALID_TOKEN, fetch: echo })
    )._unsafeUnwrapErr();
    expect(error.category).toBe("permission");
    expectNoToken(error);
  });
});
