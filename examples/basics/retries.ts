// README, "Retries, throttling, token refresh": withRetry around a throttle sized to the TalentLMS plan, and
// createTokenRefresher around a Talview call. Run by packages/integration/test/readme-basics.test.ts.
import { createThrottle, createTokenRefresher, withRetry } from "@errnorm/core";
import { fromFetch, TALENTLMS_RATE_LIMITS } from "@errnorm/talentlms";
import { request } from "@errnorm/talview";

/** One throttle per API key, shared by every call made with it. */
export const talentlmsUsers = (base: string, apiKey: string) => {
  const throttle = createThrottle({ windows: TALENTLMS_RATE_LIMITS.windowsByPlan[2000] }); // 200/5 s and 2,000/h
  const init = { headers: { "X-API-Key": apiKey, Accept: "application/json" } };
  const list = () =>
    withRetry(() => throttle(() => fromFetch(`${base}/api/v2/users`, init)), {
      maxAttempts: 4,
      idempotent: true,
      onAttempt: ({ error }) => throttle.observe(error), // a 429 holds every new start, not only this call's
    });
  return { list, throttle };
};

/** Where the SDK keeps its Talview token, and how it gets a new one. */
export interface TalviewAuth {
  token: string;
  refresh(refusedToken: string): Promise<string>;
}

const SLOTS = "query { slots(available_only: true) { id } }";

/** One refresher per token store: concurrent callers whose token expired share one refresh. */
export const talviewSlots = (url: string, auth: TalviewAuth) => {
  const refresher = createTokenRefresher({
    getToken: () => auth.token,
    refresh: async (refused) => (auth.token = await auth.refresh(refused)),
  });
  return () =>
    withRetry(() =>
      refresher.run((token) => request<{ id: string }[]>({ url, query: SLOTS, operation: "slots", token })),
    );
};
