import type { NormalizedError, RateLimit } from "../error.js";
import { readRateLimit } from "../http.js";

/** Something told what each response reported: core's throttle (`createThrottle(...)`) has this `observe`. */
export interface RateObserver {
  readonly observe: (seen: RateLimit | NormalizedError | undefined) => void;
}

const tell = (observer: RateObserver | undefined, seen: RateLimit | NormalizedError | undefined): void => {
  try {
    observer?.observe(seen);
  } catch {
    // an observer's failure is not the request's
  }
};

/** Tells `observer` the rate limit a success's headers report (an observer that throws is ignored). */
export const observeHeaders = (observer: RateObserver | undefined, headers: unknown): void => {
  if (observer !== undefined) tell(observer, readRateLimit(headers));
};

/** Tells `observer` about an error (a 429 holds new requests for its `retryAfterMs`), and returns the error. */
export const observeError = (observer: RateObserver | undefined, error: NormalizedError): NormalizedError => {
  tell(observer, error);
  return error;
};
