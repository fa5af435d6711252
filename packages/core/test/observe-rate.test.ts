import { describe, expect, it } from "vitest";
import { createThrottle, NormalizedError, type RateLimit } from "@errnorm/core";
import { observeError, observeHeaders } from "@errnorm/core/adapter";

const rateLimited = () =>
  new NormalizedError({
    vendor: "test",
    category: "rate_limited",
    reason: "RATE_LIMITED",
    message: "slow down",
    status: 429,
    retryAfterMs: 5_000,
  });

describe("observeHeaders / observeError (the kit's rate observer)", () => {
  it("tells the observer a success's rate-limit headers, as readRateLimit reads them", () => {
    const seen: (RateLimit | NormalizedError | undefined)[] = [];
    observeHeaders({ observe: (s) => seen.push(s) }, { "x-ratelimit-limit": "200", "x-ratelimit-remaining": "3" });
    expect(seen).toEqual([{ limit: 200, remaining: 3 }]);
  });

  it("tells the observer an error and returns that same error", () => {
    const seen: unknown[] = [];
    const error = rateLimited();
    expect(observeError({ observe: (s) => seen.push(s) }, error)).toBe(error);
    expect(seen).toEqual([error]);
  });

  it("an observer that throws fails neither the success nor the error path", () => {
    const observer = {
      observe: () => {
        throw new Error("observer broke");
      },
    };
    const error = rateLimited();
    expect(() => observeHeaders(observer, { "x-ratelimit-remaining": "0" })).not.toThrow();
    expect(observeError(observer, error)).toBe(error);
  });

  it("no observer: nothing is read and the error comes back", () => {
    const error = rateLimited();
    expect(() =>
      observeHeaders(
        undefined,
        new Proxy(
          {},
          {
            get: () => {
              throw new Error("read");
            },
          },
        ),
      ),
    ).not.toThrow();
    expect(observeError(undefined, error)).toBe(error);
  });

  it("core's throttle is an observer: a 429 holds its queue", async () => {
    const stop = new AbortController();
    const throttle = createThrottle({ limit: 5, intervalMs: 1_000, signal: stop.signal });
    observeError(throttle, rateLimited());
    const held = throttle(() => "ran");
    expect(throttle.queueSize).toBe(1);
    stop.abort(new Error("test over"));
    await expect(held).rejects.toThrow("test over");
  });
});
