import { field, learnSecrets, type RateObserver } from "@errnorm/core/adapter";
import type { TalviewParseOptions } from "./index.js";

/** Options of the client integrations: the adapter's own, and a throttle to inform. */
export interface TalviewIntegrationOptions extends TalviewParseOptions {
  /**
   * A throttle from core's `createThrottle`: its `observe` is told each success's rate-limit headers and each
   * error, so a `remaining: 0` or a 429 holds the next requests before they are sent.
   */
  throttle?: RateObserver | undefined;
}

/**
 * The options for one call: `operation` from the call's own context (`context: { errnorm: { operation } }` in
 * Apollo and urql) over the integration's, and the secrets found in `sources` (request headers) added.
 */
export const callOptions = (
  options: TalviewIntegrationOptions,
  context: unknown,
  ...sources: unknown[]
): TalviewIntegrationOptions => {
  const own = field(field(context, "errnorm"), "operation");
  const operation = typeof own === "string" && own !== "" ? own : options.operation;
  const learned = sources.length === 0 ? [] : learnSecrets(...sources);
  return {
    ...options,
    ...(operation !== undefined && { operation }),
    secrets: [...(options.secrets ?? []), ...learned],
  };
};
