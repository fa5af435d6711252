// Runs in a plain `node` child process: the BUILT CommonJS entries, required by name as a CommonJS user would.
// argv[2] is the GraphQL URL (through the tap), argv[3] a token; prints one JSON line per client.
const { isNormalizedError } = require("@errnorm/core");
const { withErrnorm } = require("@errnorm/talview/axios");
const { errnormMiddleware } = require("@errnorm/talview/graphql-request");
const { errnormLink } = require("@errnorm/talview/apollo");
const { errnormExchange } = require("@errnorm/talview/urql");
const axios = require("axios");
const { GraphQLClient } = require("graphql-request"); // 7.4 ships main.cjs; older 7.x are ESM-only (see README)
const { ApolloClient, HttpLink, InMemoryCache, gql } = require("@apollo/client");
const { Client, fetchExchange } = require("@urql/core");

const [url, token] = process.argv.slice(2);
const headers = { authorization: `Bearer ${token}` };
const BOOK = `mutation Book($external_id: String!, $slot_id: String!) {
  booking_create(external_id: $external_id, slot_id: $slot_id) { success error_message data }
}`;
const variables = { external_id: "cand-1", slot_id: "slot-1" };

const clients = {
  axios: () => withErrnorm(axios.create()).post(url, { query: BOOK, variables }, { headers }),
  "graphql-request": () =>
    new GraphQLClient(url, { headers, responseMiddleware: errnormMiddleware() }).request(BOOK, variables),
  apollo: () =>
    new ApolloClient({
      cache: new InMemoryCache(),
      link: errnormLink().concat(new HttpLink({ uri: url, headers })),
    }).mutate({
      mutation: gql(BOOK),
      variables,
    }),
  urql: async () => {
    const client = new Client({ url, exchanges: [errnormExchange(), fetchExchange], fetchOptions: { headers } });
    const result = await client.mutation(BOOK, variables).toPromise();
    if (result.error) throw result.error.networkError;
    return result;
  },
};

const run = async () => {
  for (const [client, send] of Object.entries(clients)) {
    try {
      await send();
      process.stdout.write(`${JSON.stringify({ client, ok: true })}\n`);
    } catch (error) {
      process.stdout.write(
        `${JSON.stringify({ client, ok: false, normalized: isNormalizedError(error), json: error })}\n`,
      );
    }
  }
};
run().catch((error) => {
  process.stderr.write(String(error && error.stack));
  process.exitCode = 1;
});
