// @errnorm/talview/urql: an exchange after which urql reports every failure as a NormalizedError.
import { CombinedError, type Exchange, makeOperation, mapExchange, type OperationResult } from "@urql/core";
import type { NormalizedError } from "@errnorm/core";
import { field, observeError, observeHeaders } from "@errnorm/core/adapter";
import { normalizeError, parseResponse } from "./index.js";
import { callOptions, type TalviewIntegrationOptions } from "./integration-options.js";
import { type RecordedResponse, recordingFetch } from "./response-recorder.js";

export type { TalviewIntegrationOptions } from "./integration-options.js";
export type { RateObserver } from "@errnorm/core/adapter";

const headerObject = (headers: unknown): Record<string, string> => {
  try {
    return headers instanceof Headers ? Object.fromEntries(headers) : ((headers ?? {}) as Record<string, string>);
  } catch {
    return {};
  }
};

/** The error of a result, read from the recorded response when there is one, else from urql's `CombinedError`. */
const errorOf = (
  result: OperationResult,
  recorded: RecordedResponse | undefined,
  options: TalviewIntegrationOptions,
): NormalizedError | undefined => {
  const opts = callOptions(options, result.operation.context, { headers: headerObject(recorded?.requestHeaders) });
  if (recorded !== undefined) {
    const body = recorded.body ?? { data: result.data, errors: result.error?.graphQLErrors };
    const parsed = parseResponse({ status: recorded.status, headers: recorded.headers, body }, opts);
    if (parsed.isErr()) return parsed.error;
  }
  if (result.error === undefined) return undefined;
  // normalizeError passes a NormalizedError (one an earlier exchange made) through unchanged.
  return normalizeError(result.error.networkError ?? result.error, opts);
};

/**
 * A urql exchange to place before `fetchExchange`: GraphQL errors, Hasura errors at HTTP 200, documented bare
 * bodies, `success: false` envelopes and network failures become `result.error`, a `CombinedError` whose
 * `networkError` is the `NormalizedError` that `parseResponse` gives for the same status, headers and body (the
 * exchange records them through the operation's `fetch`); `result.data` keeps any partial data. Per operation,
 * `context: { errnorm: { operation: "booking_create" } }` names the field whose envelope to check.
 *
 * @example
 * const client = new Client({ url, exchanges: [cacheExchange, errnormExchange(), fetchExchange] });
 * const { error } = await client.mutation(BOOK, variables).toPromise(); // error.networkError: NormalizedError
 */
export const errnormExchange = (options: TalviewIntegrationOptions = {}): Exchange => {
  const slots = new WeakMap<object, { response?: RecordedResponse }>();
  return mapExchange({
    onOperation: (operation) => {
      const slot: { response?: RecordedResponse } = {};
      const next = makeOperation(operation.kind, operation, {
        ...operation.context,
        fetch: recordingFetch(operation.context.fetch, slot),
      });
      slots.set(next.context, slot);
      return next;
    },
    onResult: (result) => {
      const recorded = slots.get(result.operation.context)?.response;
      const error = errorOf(result, recorded, options);
      if (error === undefined) {
        observeHeaders(options.throttle, recorded?.headers);
        return result;
      }
      observeError(options.throttle, error);
      return {
        ...result,
        error: new CombinedError({ networkError: error, response: field(result.error, "response") }),
      };
    },
  });
};
