import { isRecord, readHeader } from "@errnorm/core/adapter";
import type { Outcome } from "../runner/run-corpus.js";
import type { CorpusFixture } from "./corpus.js";

/** `Retry-After` as an HTTP-date and a `*RateLimit-Reset` in seconds from now are measured against the clock. */
const timeDependent = (fixture: CorpusFixture): { retryAfter: boolean; resetAt: boolean } => {
  const retryAfter = readHeader(fixture.headers, "retry-after");
  const reset = readHeader(fixture.headers, "x-ratelimit-reset") ?? readHeader(fixture.headers, "ratelimit-reset");
  return {
    retryAfter: retryAfter !== undefined && !/^\s*\d+(\.\d+)?\s*$/.test(retryAfter),
    resetAt: reset !== undefined && Number(reset) < 1_000_000_000,
  };
};

/**
 * An outcome with the wire fields that depend on when it ran left out (`retryAfterMs` from an HTTP-date,
 * `rateLimit.resetAt` from a relative reset), so runtimes can be compared exactly on everything else.
 */
export const timeless = (outcome: Outcome, fixture: CorpusFixture): Outcome => {
  if (!("error" in outcome) || !isRecord(outcome.error)) return outcome;
  const drop = timeDependent(fixture);
  const { retryAfterMs, rateLimit, ...rest } = outcome.error;
  const limits = isRecord(rateLimit) && drop.resetAt ? (({ resetAt, ...keep }) => keep)(rateLimit) : rateLimit;
  return {
    ...outcome,
    error: {
      ...rest,
      ...(retryAfterMs !== undefined && !drop.retryAfter && { retryAfterMs }),
      ...(limits !== undefined && { rateLimit: limits }),
    },
  };
};
