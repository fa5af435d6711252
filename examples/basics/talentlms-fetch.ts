// README, "TalentLMS with fetch": one call, every failure an err(NormalizedError), never a throw.
// Run by packages/integration/test/readme-basics.test.ts against the testkit TalentLMS emulator.
import { fromFetch } from "@errnorm/talentlms";

export interface User {
  readonly id: number;
  readonly login: string;
}

/** Any logger with pino's `warn(fields, message)`. */
export interface Log {
  warn(fields: { reason: string; traceId: string | undefined }, message: string): void;
}

/** Gets user `id`: the user, or `undefined` after logging the reason and the trace id to quote to support. */
export const getUser = async (base: string, apiKey: string, id: number, log: Log): Promise<User | undefined> => {
  const result = await fromFetch<{ _data: User }>(`${base}/api/v2/users/${id}`, {
    headers: { "X-API-Key": apiKey, Accept: "application/json" },
  });
  return result.match(
    (body) => body._data,
    (error) => {
      log.warn({ reason: error.reason, traceId: error.traceId }, error.message);
      return undefined;
    },
  );
};
