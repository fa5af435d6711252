// @errnorm/talview/apollo: an ApolloLink after which every Apollo Client 4 failure is a NormalizedError.
import { ApolloLink } from "@apollo/client/link";
import { field, observeError, observeHeaders } from "@errnorm/core/adapter";
import { Observable } from "rxjs";
import { normalizeError, parseResponse } from "./index.js";
import { callOptions, type TalviewIntegrationOptions } from "./integration-options.js";

export type { TalviewIntegrationOptions } from "./integration-options.js";
export type { RateObserver } from "@errnorm/core/adapter";

/**
 * An `ApolloLink` to place before the terminating `HttpLink`: GraphQL errors (`CombinedGraphQLErrors`), Hasura
 * errors at HTTP 200, `success: false` envelopes, `ServerError`, `ServerParseError` and network failures reach
 * `client.query` / `client.mutate` as the `NormalizedError` that `parseResponse` gives for the same status,
 * headers (read from the `response` HttpLink puts in the context) and body. A link cannot see `errorPolicy`, and
 * Apollo drops `data` when a link fails: partial data is on `partialDataOf(error)`. Per call,
 * `context: { errnorm: { operation: "booking_create" } }` names the field whose envelope to check.
 *
 * @example
 * const client = new ApolloClient({ cache, link: errnormLink().concat(new HttpLink({ uri, headers })) });
 * await client.mutate({ mutation: BOOK, variables }); // SLOT_UNAVAILABLE: rejects with a NormalizedError
 */
export const errnormLink = (options: TalviewIntegrationOptions = {}): ApolloLink =>
  new ApolloLink(
    (operation, forward) =>
      new Observable((observer) => {
        const context = () => operation.getContext();
        const opts = () => callOptions(options, context(), { headers: field(context(), "headers") });
        const fail = (error: ReturnType<typeof normalizeError>) =>
          observer.error(observeError(options.throttle, error));
        const subscription = forward(operation).subscribe({
          next: (result) => {
            const response = field(context(), "response");
            const status = field(response, "status");
            const headers = field(response, "headers");
            const parsed = parseResponse(
              { status: typeof status === "number" ? status : 200, headers: headers as Headers, body: result },
              opts(),
            );
            if (parsed.isErr()) return fail(parsed.error);
            observeHeaders(options.throttle, headers);
            observer.next(result);
          },
          error: (thrown: unknown) => fail(normalizeError(thrown, opts())),
          complete: () => observer.complete(),
        });
        return () => subscription.unsubscribe();
      }),
  );
