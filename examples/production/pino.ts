// In production: pino. `{ err: error }` goes through pino's default `err` serializer (every errnorm field, the
// stack, the redacted cause chain); `toLogFields(error)` is the same flat shape at the top level, for a retry log.
import type { Logger } from "pino";
import { type NormalizedError, toLogFields, withRetry } from "@errnorm/core";
import { fromFetch } from "@errnorm/talentlms";
import type { Result } from "neverthrow";

/** Lists users with retries: each retry is a warning with the flat fields, the final failure an error with the stack. */
export const listUsers = async (
  logger: Logger,
  call: { url: string; apiKey: string },
): Promise<Result<unknown, NormalizedError>> => {
  const result = await withRetry(
    () => fromFetch(call.url, { headers: { "X-API-Key": call.apiKey, Accept: "application/json" } }),
    {
      maxAttempts: 2,
      baseDelayMs: 10,
      idempotent: true,
      onRetry: (error, attempt, delayMs) => logger.warn({ ...toLogFields(error), attempt, delayMs }, "talentlms retry"),
    },
  );
  if (result.isErr()) logger.error({ err: result.error }, "talentlms call failed");
  return result;
};
