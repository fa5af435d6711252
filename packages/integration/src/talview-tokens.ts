import { createTokenRefresher, type TokenRefresher } from "@errnorm/core";
import { parseResponse } from "@errnorm/talview";

/** The token set Talview's login and refresh endpoints hand out. */
export interface TalviewTokens {
  readonly access_token: string;
  readonly refresh_token: string;
}

/**
 * `POST /api/rest/auth_refresh_token` read with the adapter: the new tokens, or it throws the NormalizedError
 * (the refresher turns any throw into one `authentication` error).
 */
export const refreshTalviewTokens = async (refreshUrl: string, refreshToken: string): Promise<TalviewTokens> => {
  const response = await fetch(refreshUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ refresh_token: refreshToken }),
  });
  const result = parseResponse<TalviewTokens>(
    { status: response.status, headers: response.headers, body: await response.text() },
    { operation: "auth_refresh_token", secrets: [refreshToken] },
  );
  if (result.isErr()) throw result.error;
  return result.value;
};

/** A refresher over a token store the SDK owns, counting the refreshes it makes. */
export interface TalviewSession {
  readonly refresher: TokenRefresher;
  readonly tokens: () => TalviewTokens;
  readonly refreshes: () => number;
}

/** How an SDK wires `createTokenRefresher` to Talview: keep the tokens, swap them when a refresh succeeds. */
export const createTalviewSession = (refreshUrl: string, initial: TalviewTokens): TalviewSession => {
  let tokens = initial;
  let refreshes = 0;
  const refresher = createTokenRefresher({
    vendor: "talview",
    getToken: () => tokens.access_token,
    refresh: async () => {
      refreshes += 1;
      tokens = await refreshTalviewTokens(refreshUrl, tokens.refresh_token);
      return tokens.access_token;
    },
  });
  return { refresher, tokens: () => tokens, refreshes: () => refreshes };
};
