import { err, ResultAsync, type Result } from "neverthrow";
import type { NormalizedError as NormalizedErrorType } from "./error.js";
import { isNormalizedError, NormalizedError } from "./error.js";
import { normalizeThrown } from "./kit/thrown.js";
import type { Attempt } from "./retry.js";

export interface TokenRefresherOptions {
  /** The token to use now. */
  readonly getToken: () => string | PromiseLike<string>;
  /** Gets a new token (the one that was refused is passed in). May throw or reject. */
  readonly refresh: (refusedToken: string) => string | PromiseLike<string>;
  /** Vendor named on a refresh failure. Default "errnorm". */
  readonly vendor?: string | undefined;
}

export interface TokenRefresher {
  /** Runs `operation(token)`; on an error whose action is `refresh_token`, refreshes once and runs it once more. */
  run<T>(operation: (token: string) => Attempt<T>): ResultAsync<T, NormalizedErrorType>;
}

/**
 * One token refresh for many callers: concurrent callers whose token was refused share a single refresh
 * (single flight); a caller whose token was already replaced reuses the new one; it never loops.
 */
export const createTokenRefresher = (options: TokenRefresherOptions): TokenRefresher => {
  const vendor = options.vendor ?? "errnorm";
  let inflight: Promise<string> | undefined;
  let refusedLast: string | undefined;
  let latest: string | undefined;

  const newTokenAfter = (refused: string): Promise<string> => {
    if (inflight) return inflight;
    if (latest !== undefined && refused === refusedLast) return Promise.resolve(latest);
    refusedLast = refused;
    inflight = Promise.resolve()
      .then(() => options.refresh(refused))
      .then((token) => {
        if (typeof token !== "string" || token === "") throw new TypeError("refresh() returned no token");
        latest = token;
        return token;
      })
      .finally(() => {
        inflight = undefined;
      });
    return inflight;
  };

  const attempt = async <T>(
    operation: (token: string) => Attempt<T>,
    token: string,
  ): Promise<Result<T, NormalizedError>> => {
    try {
      return await operation(token);
    } catch (thrown) {
      if (isNormalizedError(thrown)) return err(thrown);
      throw thrown;
    }
  };

  const run = async <T>(operation: (token: string) => Attempt<T>): Promise<Result<T, NormalizedError>> => {
    const token = await options.getToken();
    const first = await attempt(operation, token);
    if (first.isOk() || first.error.action !== "refresh_token") return first;
    let fresh: string;
    try {
      fresh = await newTokenAfter(token);
    } catch (cause) {
      return err(
        new NormalizedError({
          vendor: first.error.vendor || vendor,
          category: "authentication",
          reason: "TOKEN_REFRESH_FAILED",
          message: "The access token was refused and refreshing it failed",
          status: first.error.status,
          action: "check_credentials",
          cause,
          ...(first.error.traceId !== undefined && { traceId: first.error.traceId }),
        }),
      );
    }
    return attempt(operation, fresh);
  };

  return {
    run: <T>(operation: (token: string) => Attempt<T>) =>
      ResultAsync.fromPromise(run(operation), (thrown) => normalizeThrown(vendor, thrown)).andThen((result) => result),
  };
};
