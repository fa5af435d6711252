// The README's urql example (examples/integrations/talview-urql.ts) against the emulator.
import { isNormalizedError } from "@errnorm/core";
import { startTalviewEmulator, type TalviewEmulator } from "@errnorm/testkit";
import { afterAll, beforeAll, expect, it } from "vitest";
import { loadExample } from "../../../../test-support/load-example.js";

interface UrqlExample {
  talviewUrql(url: string, token: string): unknown;
  freeSlots(client: unknown): Promise<{ slots: { id: string }[] }>;
}

const load = () => loadExample<UrqlExample>("integrations/talview-urql.ts");

let emulator: TalviewEmulator;
beforeAll(async () => {
  emulator = await startTalviewEmulator();
});
afterAll(() => emulator.close());

it("urql example: slots, then a NormalizedError for a 429 with its Retry-After", async () => {
  const { talviewUrql, freeSlots } = await load();
  const token = emulator.issueToken().access_token;
  const client = talviewUrql(emulator.graphqlUrl, token);
  const { slots } = await freeSlots(client);
  expect(slots.length).toBeGreaterThan(0);
  emulator.failNext(1, { type: "rateLimited", retryAfterSeconds: 7 });
  const limited = await freeSlots(talviewUrql(emulator.graphqlUrl, token)).catch((e: unknown) => e);
  expect(isNormalizedError(limited)).toBe(true);
  expect(limited).toMatchObject({ category: "rate_limited", status: 429, retryAfterMs: 7000 });
  expect(JSON.stringify(limited)).not.toContain(token);
});
