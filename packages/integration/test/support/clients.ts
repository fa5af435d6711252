import { ApolloClient, gql, HttpLink, InMemoryCache } from "@apollo/client";
import type { Attempt, NormalizedError } from "@errnorm/core";
import { fromFetch, normalizeError as normalizeTalentlms } from "@errnorm/talentlms";
import { checkEnvelope, normalizeError as normalizeTalview, request } from "@errnorm/talview";
import axios from "axios";
import { GraphQLClient } from "graphql-request";
import { err, ok, type Result } from "neverthrow";

/** One TalentLMS call: `GET` unless a body is given (then `POST` JSON). */
export interface TalentlmsCall {
  readonly url: string;
  readonly apiKey: string;
  readonly body?: Record<string, unknown>;
  readonly signal?: AbortSignal;
}

/** A REST client an SDK might use for TalentLMS, with errnorm at the boundary. */
export interface TalentlmsClient {
  readonly name: string;
  call(call: TalentlmsCall): Attempt<unknown>;
}

/** fetch through `fromFetch`, and axios with `normalizeError` in its catch. */
export const TALENTLMS_CLIENTS: readonly TalentlmsClient[] = [
  {
    name: "fetch",
    call: ({ url, apiKey, body, signal }) =>
      fromFetch(url, {
        method: body ? "POST" : "GET",
        headers: { "X-API-Key": apiKey, "content-type": "application/json" },
        ...(body && { body: JSON.stringify(body) }),
        ...(signal && { signal }),
      }),
  },
  {
    name: "axios",
    call: async ({ url, apiKey, body, signal }): Promise<Result<unknown, NormalizedError>> => {
      try {
        const config = { headers: { "X-API-Key": apiKey }, ...(signal && { signal }) };
        const response = body ? await axios.post(url, body, config) : await axios.get(url, config);
        return ok(response.data);
      } catch (thrown) {
        return err(normalizeTalentlms(thrown));
      }
    },
  },
];

/** One Talview GraphQL operation. */
export interface TalviewCall {
  readonly url: string;
  readonly token: string;
  readonly query: string;
  readonly variables?: Record<string, unknown>;
  /** The envelope field to check (`booking_create`); leave out for plain queries. */
  readonly operation?: string;
}

/** A GraphQL client an SDK might use for Talview, with errnorm at the boundary. */
export interface TalviewClient {
  readonly name: string;
  call(call: TalviewCall): Attempt<unknown>;
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** One Apollo Client per URL, as an app would keep; deduplication off so concurrent identical queries each go out. */
const apolloClients = new Map<string, ApolloClient>();
const apolloFor = (url: string): ApolloClient => {
  let client = apolloClients.get(url);
  if (!client) {
    client = new ApolloClient({
      link: new HttpLink({ uri: url }),
      cache: new InMemoryCache(),
      queryDeduplication: false,
    });
    apolloClients.set(url, client);
  }
  return client;
};

/** Stops the Apollo clients made so far. */
export const stopApolloClients = (): void => {
  for (const client of apolloClients.values()) client.stop();
  apolloClients.clear();
};

/** talview `request()`, graphql-request and Apollo Client 4, each with `checkEnvelope` / `normalizeError`. */
export const TALVIEW_CLIENTS: readonly TalviewClient[] = [
  {
    name: "talview request()",
    call: ({ url, token, query, variables, operation }) => request({ url, token, query, variables, operation }),
  },
  {
    name: "graphql-request",
    call: async ({ url, token, query, variables, operation }) => {
      try {
        const data = await new GraphQLClient(url, { headers: bearer(token) }).request(query, variables);
        return checkEnvelope(data, { operation });
      } catch (thrown) {
        return err(normalizeTalview(thrown, { operation, secrets: [token] }));
      }
    },
  },
  {
    name: "apollo",
    call: async ({ url, token, query, variables, operation }) => {
      const client = apolloFor(url);
      const document = gql(query);
      const context = { headers: bearer(token) };
      try {
        const result = query.trimStart().startsWith("mutation")
          ? await client.mutate({ mutation: document, variables: variables ?? {}, context })
          : await client.query({ query: document, variables: variables ?? {}, context, fetchPolicy: "no-cache" });
        return checkEnvelope(result.data, { operation });
      } catch (thrown) {
        return err(normalizeTalview(thrown, { operation, secrets: [token] }));
      }
    },
  },
];

/** A query that needs a token and succeeds on the seed data. */
export const SLOTS = "query Slots { slots(available_only: true) { id } }";
/** A booking mutation; `slot-taken` makes it fail with SLOT_UNAVAILABLE. */
export const BOOK =
  "mutation Book($c: String!, $s: String!) { booking_create(external_id: $c, slot_id: $s) { success error_message data } }";
