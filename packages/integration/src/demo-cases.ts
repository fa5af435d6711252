import { ApolloClient, gql, HttpLink, InMemoryCache } from "@apollo/client";
import { fromFetch, normalizeError as normalizeTalentlms } from "@errnorm/talentlms";
import { checkEnvelope, normalizeError as normalizeTalview, request } from "@errnorm/talview";
import type { TalentlmsEmulator, TalviewEmulator } from "@errnorm/testkit";
import type { Attempt, Category, NormalizedError } from "@errnorm/core";
import axios from "axios";
import { GraphQLClient } from "graphql-request";
import { err, ok, type Result } from "neverthrow";

/** What the scripted session runs against. */
export interface DemoEnv {
  readonly talentlms: TalentlmsEmulator;
  readonly talview: TalviewEmulator;
  /** A valid Talview access token. */
  readonly token: string;
  /** A URL on 127.0.0.1 where nothing listens (connection refused). */
  readonly closedUrl: string;
}

/** The client a case goes through. */
export type DemoClient = "fetch" | "axios" | "graphql-request" | "apollo" | "talview request()";

/** One step of the session: what an SDK does, through which client, and the error it should get. */
export interface DemoCase {
  readonly vendor: "talentlms" | "talview";
  readonly scenario: string;
  readonly client: DemoClient;
  /** The category the adapter must give; the demo flags a row that differs. */
  readonly expected: Category;
  run(env: DemoEnv): Attempt<unknown>;
}

const SLOTS = "query Slots { slots(available_only: true) { id date start_time } }";
const BOOK =
  "mutation Book($c: String!, $s: String!) { booking_create(external_id: $c, slot_id: $s) { success error_message data } }";
const MOVE =
  "mutation Move($b: String!, $s: String!) { booking_reschedule(booking_id: $b, slot_id: $s) { success error_message data } }";
const CANDIDATE =
  "mutation Add($id: String!, $email: String!) { candidate_create(external_id: $id, email: $email) { success error_message data } }";

const tlmsGet = (env: DemoEnv, path: string, init: RequestInit = {}, key = env.talentlms.apiKey) =>
  fromFetch(`${env.talentlms.url}${path}`, { ...init, headers: { "X-API-Key": key, Accept: "application/json" } });

const tlmsAxios = async (run: () => Promise<unknown>): Promise<Result<unknown, NormalizedError>> => {
  try {
    return ok(await run());
  } catch (thrown) {
    return err(normalizeTalentlms(thrown));
  }
};

const graphql = (
  env: DemoEnv,
  query: string,
  variables: Record<string, unknown>,
  operation?: string,
  signal?: AbortSignal,
) => request({ url: env.talview.graphqlUrl, query, variables, operation, token: env.token, signal });

/** Aborts a request the server holds for 2 s: after 150 ms by timeout, or after 100 ms by the caller. */
const SLOW = { type: "slow", delayMs: 2_000 } as const;

/**
 * The scripted session: every category either vendor produces, in `CATEGORIES` order, each through the client
 * an SDK would use. Faults are scripted on the emulators right before the call that meets them.
 */
export const DEMO_CASES: readonly DemoCase[] = [
  {
    vendor: "talentlms",
    scenario: "GET /v2/users/abc (id not a number)",
    client: "fetch",
    expected: "invalid_request",
    run: (env) => tlmsGet(env, "/api/v2/users/abc"),
  },
  {
    vendor: "talview",
    scenario: "candidate_create with an email without @",
    client: "talview request()",
    expected: "invalid_request",
    run: (env) => graphql(env, CANDIDATE, { id: "cand-9", email: "not-an-email" }, "candidate_create"),
  },
  {
    vendor: "talentlms",
    scenario: "wrong API key",
    client: "axios",
    expected: "authentication",
    run: (env) =>
      tlmsAxios(() => axios.get(`${env.talentlms.v1Url}/users`, { headers: { "X-API-Key": "wrong-key-0000" } })),
  },
  {
    vendor: "talview",
    scenario: "expired access token",
    client: "graphql-request",
    expected: "authentication",
    run: async (env) => {
      env.talview.failNext(1, "tokenExpired");
      const client = new GraphQLClient(env.talview.graphqlUrl, { headers: { authorization: `Bearer ${env.token}` } });
      try {
        return checkEnvelope(await client.request(SLOTS));
      } catch (thrown) {
        return err(normalizeTalview(thrown, { secrets: [env.token] }));
      }
    },
  },
  {
    vendor: "talentlms",
    scenario: "API disabled for the domain",
    client: "fetch",
    expected: "permission",
    run: async (env) => {
      env.talentlms.setDomainActive(false);
      try {
        return await tlmsGet(env, "/api/v1/courses");
      } finally {
        env.talentlms.setDomainActive(true);
      }
    },
  },
  {
    vendor: "talview",
    scenario: "Hasura insert permission check fails",
    client: "talview request()",
    expected: "permission",
    run: (env) => {
      env.talview.failNext(1, {
        type: "graphqlError",
        message: "check constraint of an insert permission has failed",
        extensions: { path: "$.selectionSet.candidate_create.args", code: "permission-error" },
      });
      return graphql(env, CANDIDATE, { id: "cand-10", email: "ten@example.com" }, "candidate_create");
    },
  },
  {
    vendor: "talentlms",
    scenario: "GET /v1/users/id:999",
    client: "fetch",
    expected: "not_found",
    run: (env) => tlmsGet(env, "/api/v1/users/id:999"),
  },
  {
    vendor: "talview",
    scenario: "reschedule an unknown booking",
    client: "talview request()",
    expected: "not_found",
    run: (env) => graphql(env, MOVE, { b: "booking-404", s: "slot-2" }, "booking_reschedule"),
  },
  {
    vendor: "talentlms",
    scenario: "enrol user 1 in course 1 again",
    client: "axios",
    expected: "conflict",
    run: (env) =>
      tlmsAxios(() =>
        axios.post(
          `${env.talentlms.v1Url}/addusertocourse`,
          { user_id: "1", course_id: "1" },
          { headers: { "X-API-Key": env.talentlms.apiKey } },
        ),
      ),
  },
  {
    vendor: "talview",
    scenario: "book a slot someone else holds",
    client: "apollo",
    expected: "business_rule",
    run: async (env) => {
      const client = new ApolloClient({
        link: new HttpLink({ uri: env.talview.graphqlUrl, headers: { authorization: `Bearer ${env.token}` } }),
        cache: new InMemoryCache(),
      });
      try {
        const { data } = await client.mutate({ mutation: gql(BOOK), variables: { c: "cand-1", s: "slot-taken" } });
        return checkEnvelope(data, { operation: "booking_create" });
      } catch (thrown) {
        return err(normalizeTalview(thrown, { operation: "booking_create", secrets: [env.token] }));
      } finally {
        client.stop();
      }
    },
  },
  {
    vendor: "talview",
    scenario: "book a paid slot",
    client: "talview request()",
    expected: "business_rule",
    run: (env) => graphql(env, BOOK, { c: "cand-1", s: "slot-paid" }, "booking_create"),
  },
  {
    vendor: "talview",
    scenario: "book for an unverified candidate",
    client: "talview request()",
    expected: "business_rule",
    run: (env) => graphql(env, BOOK, { c: "cand-unverified", s: "slot-3" }, "booking_create"),
  },
  {
    vendor: "talentlms",
    scenario: "429 with Retry-After: 2",
    client: "fetch",
    expected: "rate_limited",
    run: (env) => {
      env.talentlms.failNext(1, { type: "rateLimited", retryAfterSeconds: 2 });
      return tlmsGet(env, "/api/v1/users");
    },
  },
  {
    vendor: "talview",
    scenario: "429 Too Many Requests",
    client: "talview request()",
    expected: "rate_limited",
    run: (env) => {
      env.talview.failNext(1, "rateLimited");
      return graphql(env, SLOTS, {});
    },
  },
  {
    vendor: "talentlms",
    scenario: "500 api_error",
    client: "fetch",
    expected: "server",
    run: (env) => {
      env.talentlms.failNext(1, "status500");
      return tlmsGet(env, "/api/v2/courses");
    },
  },
  {
    vendor: "talentlms",
    scenario: "nginx HTML 502 from the proxy",
    client: "fetch",
    expected: "unavailable",
    run: (env) => {
      env.talentlms.failNext(1, "html502");
      return tlmsGet(env, "/api/v1/courses");
    },
  },
  {
    vendor: "talview",
    scenario: "load balancer HTML 502",
    client: "talview request()",
    expected: "unavailable",
    run: (env) => {
      env.talview.failNext(1, "badGateway");
      return graphql(env, SLOTS, {});
    },
  },
  {
    vendor: "talentlms",
    scenario: "slow answer, AbortSignal.timeout(150)",
    client: "fetch",
    expected: "timeout",
    run: (env) => {
      env.talentlms.failNext(1, SLOW);
      return tlmsGet(env, "/api/v1/users", { signal: AbortSignal.timeout(150) });
    },
  },
  {
    vendor: "talentlms",
    scenario: "connection dropped mid-request",
    client: "fetch",
    expected: "network",
    run: (env) => {
      env.talentlms.failNext(1, "drop");
      return tlmsGet(env, "/api/v1/users");
    },
  },
  {
    vendor: "talview",
    scenario: "nothing listens on the port",
    client: "talview request()",
    expected: "network",
    run: (env) => request({ url: `${env.closedUrl}/v1/graphql`, query: SLOTS, token: env.token }),
  },
  {
    vendor: "talview",
    scenario: "caller aborts a slow request",
    client: "talview request()",
    expected: "cancelled",
    run: (env) => {
      env.talview.failNext(1, SLOW);
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 100);
      return graphql(env, SLOTS, {}, undefined, controller.signal);
    },
  },
  {
    vendor: "talentlms",
    scenario: "HTML page at 200 (wrong subdomain)",
    client: "fetch",
    expected: "unknown",
    run: (env) => {
      env.talentlms.failNext(1, {
        type: "respond",
        status: 200,
        body: "<!doctype html><title>Site not found</title><h1>This site does not exist</h1>",
        headers: { "content-type": "text/html" },
      });
      return tlmsGet(env, "/api/v1/users");
    },
  },
  {
    vendor: "talview",
    scenario: "GraphQL error with no code",
    client: "talview request()",
    expected: "unknown",
    run: (env) => {
      env.talview.failNext(1, { type: "graphqlError", message: "Something went wrong", extensions: {} });
      return graphql(env, SLOTS, {});
    },
  },
];
