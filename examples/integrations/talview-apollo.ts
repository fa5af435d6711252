// README, "One line in your client": Talview through Apollo Client 4, with errnorm's retries and a throttle.
// Run by packages/integration/test/integration-examples.test.ts against the testkit emulator.
import { ApolloClient, gql, HttpLink, InMemoryCache } from "@apollo/client";
import { createThrottle, type NormalizedError, withRetry } from "@errnorm/core";
import { normalizeError } from "@errnorm/talview";
import { errnormLink } from "@errnorm/talview/apollo";
import { ResultAsync } from "neverthrow";

const BOOK = gql`
  mutation Book($external_id: String!, $slot_id: String!) {
    booking_create(external_id: $external_id, slot_id: $slot_id) {
      success
      error_message
      data
    }
  }
`;

interface BookResult {
  readonly booking_create: { readonly success: boolean; readonly data: { readonly booking_id: string } | null };
}

export const talviewClient = (uri: string, token: string) => {
  const throttle = createThrottle({ limit: 10, intervalMs: 1_000 });
  const client = new ApolloClient({
    cache: new InMemoryCache(),
    // errnormLink first: every failure, `success: false` at HTTP 200 included, reaches mutate() as a NormalizedError.
    link: errnormLink({ throttle, secrets: [token] }).concat(
      new HttpLink({ uri, headers: { authorization: `Bearer ${token}` } }),
    ),
  });

  return {
    book: (externalId: string, slotId: string) =>
      withRetry(() =>
        throttle(() =>
          ResultAsync.fromPromise(
            client.mutate<BookResult>({
              mutation: BOOK,
              variables: { external_id: externalId, slot_id: slotId },
              context: { errnorm: { operation: "booking_create" } },
            }),
            (e): NormalizedError => normalizeError(e),
          ),
        ),
      ).map((result) => result.data?.booking_create.data),
  };
};
