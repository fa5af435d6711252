import { err, errAsync, ok, okAsync } from "neverthrow";
import { describe, expect, it, vi } from "vitest";
import { createTokenRefresher, NormalizedError } from "@errnorm/core";

const expired = new NormalizedError({
  vendor: "talview",
  category: "authentication",
  reason: "TOKEN_EXPIRED",
  message: "Token has expired",
  status: 403,
  action: "refresh_token",
});

describe("createTokenRefresher", () => {
  it("refreshes once for 50 concurrent callers that fail together, and all succeed", async () => {
    let current = "old";
    const refresh = vi.fn(async () => {
      await new Promise((r) => setTimeout(r, 10));
      current = "new";
      return current;
    });
    const refresher = createTokenRefresher({ getToken: () => current, refresh });
    const op = async (token: string) => {
      await new Promise((r) => setTimeout(r, Math.random() * 20));
      return token === "new" ? ok(token) : err(expired);
    };
    const results = await Promise.all(Array.from({ length: 50 }, () => refresher.run(op)));
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(results.every((r) => r.isOk() && r.value === "new")).toBe(true);
  });

  it("a failing refresh ends in one authentication error and never loops", async () => {
    const op = vi.fn(() => errAsync(expired));
    const refresher = createTokenRefresher({
      getToken: () => "old",
      refresh: () => Promise.reject(new Error("refresh token revoked")),
    });
    const result = await refresher.run(op);
    expect(op).toHaveBeenCalledTimes(1);
    expect(result._unsafeUnwrapErr()).toMatchObject({
      category: "authentication",
      reason: "TOKEN_REFRESH_FAILED",
      action: "check_credentials",
    });
  });

  it("runs the operation at most twice even if the new token is refused too", async () => {
    const op = vi.fn(() => errAsync(expired));
    const refresher = createTokenRefresher({ getToken: () => "a", refresh: () => "b" });
    const result = await refresher.run(op);
    expect(op).toHaveBeenCalledTimes(2);
    expect(op).toHaveBeenLastCalledWith("b");
    expect(result._unsafeUnwrapErr().reason).toBe("TOKEN_EXPIRED");
  });

  it("does not refresh for other errors", async () => {
    const refresh = vi.fn(() => "x");
    const refresher = createTokenRefresher({ getToken: async () => "a", refresh });
    const denied = expired.with({ category: "permission", action: "check_account", reason: "ACCESS_DENIED" });
    expect((await refresher.run(() => errAsync(denied)))._unsafeUnwrapErr().reason).toBe("ACCESS_DENIED");
    expect((await refresher.run(() => okAsync(1)))._unsafeUnwrap()).toBe(1);
    expect(refresh).not.toHaveBeenCalled();
  });
});
