// The four clients as a Talview SDK author would set them up, each with its errnorm integration. `send` resolves
// with the data or rejects with what the caller sees: the thrown value, or (urql) `result.error`.
import { ApolloClient, gql, HttpLink, InMemoryCache } from "@apollo/client";
import { Client, fetchExchange } from "@urql/core";
import axios from "axios";
import { GraphQLClient } from "graphql-request";
import { errnormLink } from "../../src/apollo.js";
import { withErrnorm } from "../../src/axios.js";
import { errnormMiddleware } from "../../src/graphql-request.js";
import type { TalviewIntegrationOptions } from "../../src/integration-options.js";
import { errnormExchange } from "../../src/urql.js";

export interface GraphqlCall {
  readonly url: string;
  readonly query: string;
  readonly variables?: Record<string, unknown>;
  readonly token?: string;
  readonly mutation?: boolean;
}

export type Send = (call: GraphqlCall) => Promise<unknown>;
export type ClientName = "graphql-request" | "apollo" | "urql" | "axios";

const auth = (token: string | undefined): Record<string, string> =>
  token === undefined ? {} : { authorization: `Bearer ${token}` };

export const CLIENTS: Record<ClientName, (options?: TalviewIntegrationOptions) => Send> = {
  "graphql-request": (options) => (call) =>
    new GraphQLClient(call.url, {
      headers: auth(call.token),
      responseMiddleware: errnormMiddleware(options),
    }).request(call.query, call.variables),
  apollo: (options) => async (call) => {
    const client = new ApolloClient({
      cache: new InMemoryCache(),
      link: errnormLink(options).concat(new HttpLink({ uri: call.url, headers: auth(call.token) })),
    });
    const document = gql(call.query);
    const result = call.mutation
      ? await client.mutate({ mutation: document, variables: call.variables ?? {} })
      : await client.query({ query: document, variables: call.variables ?? {}, fetchPolicy: "no-cache" });
    return result.data;
  },
  urql: (options) => async (call) => {
    const client = new Client({
      url: call.url,
      exchanges: [errnormExchange(options), fetchExchange],
      fetchOptions: { headers: auth(call.token) },
      requestPolicy: "network-only",
    });
    const result = call.mutation
      ? await client.mutation(call.query, call.variables ?? {}).toPromise()
      : await client.query(call.query, call.variables ?? {}).toPromise();
    if (result.error) throw result.error;
    return result.data;
  },
  axios: (options) => {
    const api = withErrnorm(axios.create(), options);
    return async (call) =>
      (await api.post(call.url, { query: call.query, variables: call.variables }, { headers: auth(call.token) })).data;
  },
};

export const BOOK = `mutation Book($external_id: String!, $slot_id: String!) {
  booking_create(external_id: $external_id, slot_id: $slot_id) { success error_message data }
}`;
export const SLOTS = `query Slots { slots { id date start_time available } }`;
