// The README's ky example (examples/integrations/talentlms-ky.ts) against the emulator.
import { isNormalizedError } from "@errnorm/core";
import { startTalentlmsEmulator, type TalentlmsEmulator } from "@errnorm/testkit";
import { afterAll, beforeAll, expect, it } from "vitest";
import { loadExample } from "../../../../test-support/load-example.js";

interface KyExample {
  talentlmsKy(domain: string, key: string): unknown;
  getUser(api: unknown, id: number): Promise<{ _data: { id: number } }>;
}

const load = () => loadExample<KyExample>("integrations/talentlms-ky.ts");

let emulator: TalentlmsEmulator;
beforeAll(async () => {
  emulator = await startTalentlmsEmulator();
});
afterAll(() => emulator.close());

it("ky example: a user, then a NormalizedError for an unknown one and for a refused connection", async () => {
  const { talentlmsKy, getUser } = await load();
  const api = talentlmsKy(emulator.url, emulator.apiKey);
  await expect(getUser(api, 1)).resolves.toMatchObject({ _data: { id: 1 } });
  const missing = await getUser(api, 999).catch((e: unknown) => e);
  expect(isNormalizedError(missing)).toBe(true);
  expect(missing).toMatchObject({ category: "not_found", status: 404 });
  const closed = await getUser(talentlmsKy("http://127.0.0.1:9", emulator.apiKey), 1).catch((e: unknown) => e);
  expect(closed).toMatchObject({ category: "network", status: 0 });
});
