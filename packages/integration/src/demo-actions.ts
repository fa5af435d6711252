import { type NormalizedError, withRetry } from "@errnorm/core";
import { fromFetch } from "@errnorm/talentlms";
import { request } from "@errnorm/talview";
import type { Result } from "neverthrow";
import type { DemoEnv } from "./demo-cases.js";
import { createTalviewSession } from "./talview-tokens.js";

/** One line of the "acting on errors" table. */
export interface ActionRow {
  readonly what: string;
  /** `ok` or `category / reason` of the final error. */
  readonly outcome: string;
  /** What the emulator saw: requests, attempts, refreshes. */
  readonly seen: string;
  readonly ms: number;
}

const outcomeOf = (result: Result<unknown, NormalizedError>): string =>
  result.isOk() ? "ok" : `${result.error.category} / ${result.error.reason}`;

const timed = async <T>(run: () => PromiseLike<T>): Promise<{ value: T; ms: number }> => {
  const started = performance.now();
  const value = await run();
  return { value, ms: performance.now() - started };
};

const SLOTS = "query Slots { slots(available_only: true) { id } }";
const BOOK =
  'mutation Book($s: String!) { booking_create(external_id: "cand-1", slot_id: $s) { success error_message data } }';

/** withRetry, createTokenRefresher and the vendors' advice, each shown once against the emulators. */
export const runDemoActions = async (env: DemoEnv): Promise<ActionRow[]> => {
  const rows: ActionRow[] = [];
  const { talentlms, talview } = env;
  const headers = { "X-API-Key": talentlms.apiKey };

  talentlms.reset();
  talentlms.failNext(1, { type: "rateLimited", retryAfterSeconds: 1 });
  const retried = await timed(() =>
    withRetry(() => fromFetch(`${talentlms.v1Url}/users/id:1`, { headers }), { idempotent: true }),
  );
  rows.push({
    what: "TalentLMS 429 with Retry-After: 1, withRetry",
    outcome: outcomeOf(retried.value),
    seen: `${talentlms.requests.length} requests, 2nd after the wait`,
    ms: retried.ms,
  });

  talentlms.reset();
  talentlms.failNext(5, "status500");
  const capped = await timed(() =>
    withRetry(() => fromFetch(`${talentlms.v1Url}/courses`, { headers }), {
      idempotent: true,
      maxAttempts: 3,
      baseDelayMs: 20,
    }),
  );
  rows.push({
    what: "TalentLMS 500 five times, withRetry maxAttempts 3",
    outcome: outcomeOf(capped.value),
    seen: `${talentlms.requests.length} requests, attempts = ${capped.value.isErr() ? capped.value.error.attempts : "-"}`,
    ms: capped.ms,
  });

  talview.reset();
  const token = talview.issueToken().access_token;
  const business = await timed(() =>
    withRetry(
      () =>
        request({
          url: talview.graphqlUrl,
          query: BOOK,
          variables: { s: "slot-taken" },
          operation: "booking_create",
          token,
        }),
      {
        maxAttempts: 5,
      },
    ),
  );
  rows.push({
    what: "Talview slot taken (success: false), withRetry",
    outcome: outcomeOf(business.value),
    seen: `${talview.requests.length} request, attempts = ${business.value.isErr() ? business.value.error.attempts : "-"}`,
    ms: business.ms,
  });

  talview.reset();
  const callers = 20;
  const session = createTalviewSession(talview.refreshUrl, talview.issueToken());
  talview.expireTokens();
  const refreshed = await timed(() =>
    Promise.all(
      Array.from({ length: callers }, () =>
        session.refresher.run((token) => request({ url: talview.graphqlUrl, query: SLOTS, token })),
      ),
    ),
  );
  rows.push({
    what: `Talview token expired, ${callers} concurrent calls, createTokenRefresher`,
    outcome: `${refreshed.value.filter((r) => r.isOk()).length}/${callers} ok`,
    seen: `${session.refreshes()} refresh`,
    ms: refreshed.ms,
  });

  const broken = createTalviewSession(talview.refreshUrl, {
    ...talview.issueToken(),
    refresh_token: "revoked-refresh-token",
  });
  talview.expireTokens();
  const failed = await timed(() =>
    broken.refresher.run((token) => request({ url: talview.graphqlUrl, query: SLOTS, token })),
  );
  rows.push({
    what: "Talview token expired, refresh token revoked",
    outcome: outcomeOf(failed.value),
    seen: `${broken.refreshes()} refresh, no loop`,
    ms: failed.ms,
  });
  return rows;
};
