import type { TalentlmsParseOptions } from "./index.js";
import type { RateObserver } from "@errnorm/core/adapter";

/** Options of the client integrations (`withErrnorm`, `errnormHooks`): the adapter's own, and a throttle to inform. */
export interface TalentlmsIntegrationOptions extends TalentlmsParseOptions {
  /**
   * A throttle from core's `createThrottle`: its `observe` is told each success's rate-limit headers and each
   * error, so a `remaining: 0` or a 429 holds the next requests before they are sent.
   */
  throttle?: RateObserver | undefined;
}
