// README, "One line in your client": TalentLMS through axios, with errnorm's retries and rate limit.
// Run by packages/integration/test/integration-examples.test.ts against the testkit emulator.
import { createThrottle, type NormalizedError, withRetry } from "@errnorm/core";
import { normalizeError } from "@errnorm/talentlms";
import { withErrnorm } from "@errnorm/talentlms/axios";
import axios from "axios";
import { ResultAsync } from "neverthrow";

export interface User {
  readonly id: number;
  readonly login: string;
}

export const talentlmsClient = (domain: string, apiKey: string) => {
  // TalentLMS allows 200 calls per 5 s; the throttle also hears every rate-limit header and 429 the API sends.
  const throttle = createThrottle({ limit: 200, intervalMs: 5_000 });
  const api = withErrnorm(axios.create({ baseURL: `${domain}/api/v2`, headers: { "X-API-Key": apiKey } }), {
    throttle,
  });
  // axios now rejects with a NormalizedError; as a Result it composes with withRetry.
  const call = <T>(send: () => Promise<{ data: T }>) =>
    withRetry(() => throttle(() => ResultAsync.fromPromise(send(), (e): NormalizedError => normalizeError(e))), {
      maxAttempts: 3,
      idempotent: true,
    }).map((response) => response.data);

  return {
    getUser: (id: number) => call<{ _data: User }>(() => api.get(`/users/${id}`)).map((body) => body._data),
  };
};
