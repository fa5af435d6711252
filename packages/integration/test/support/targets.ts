import type { Attempt, Category } from "@errnorm/core";
import { startTalentlmsEmulator, startTalviewEmulator } from "@errnorm/testkit";
import { BOOK, SLOTS, TALENTLMS_CLIENTS, TALVIEW_CLIENTS } from "./clients.js";

/** Faults every target can script, whatever the vendor. */
export type CommonFault =
  | { readonly type: "rateLimited"; readonly retryAfterSeconds: number }
  | { readonly type: "status500" }
  | { readonly type: "drop" };

/** A client wired to a fresh emulator: the same questions asked of every vendor and client. */
export interface Harness {
  /** An idempotent read that succeeds when no fault is scripted. */
  read(): Attempt<unknown>;
  /** A call the vendor refuses for a business reason (never worth retrying). */
  business(): Attempt<unknown>;
  readonly businessCategory: Category;
  failNext(count: number, fault: CommonFault): void;
  /** `receivedAt` of every request the emulator saw, oldest first. */
  arrivals(): number[];
  close(): Promise<void>;
}

/** A vendor × client pair. */
export interface Target {
  readonly name: string;
  start(): Promise<Harness>;
}

const talentlmsTargets: Target[] = TALENTLMS_CLIENTS.map((client) => ({
  name: `talentlms via ${client.name}`,
  start: async () => {
    const emulator = await startTalentlmsEmulator();
    const apiKey = emulator.apiKey;
    return {
      read: () => client.call({ url: `${emulator.v1Url}/users/id:1`, apiKey }),
      business: () =>
        client.call({ url: `${emulator.v1Url}/addusertocourse`, apiKey, body: { user_id: "1", course_id: "1" } }),
      businessCategory: "conflict",
      failNext: (count, fault) => emulator.failNext(count, fault),
      arrivals: () => emulator.requests.map((r) => r.receivedAt),
      close: () => emulator.close(),
    };
  },
}));

const talviewTargets: Target[] = TALVIEW_CLIENTS.map((client) => ({
  name: `talview via ${client.name}`,
  start: async () => {
    const emulator = await startTalviewEmulator();
    const token = emulator.issueToken().access_token;
    const url = emulator.graphqlUrl;
    return {
      read: () => client.call({ url, token, query: SLOTS }),
      business: () =>
        client.call({
          url,
          token,
          query: BOOK,
          variables: { c: "cand-1", s: "slot-taken" },
          operation: "booking_create",
        }),
      businessCategory: "business_rule",
      failNext: (count, fault) => emulator.failNext(count, fault),
      arrivals: () => emulator.requests.map((r) => r.receivedAt),
      close: () => emulator.close(),
    };
  },
}));

/** Every vendor × client pair the retry tests run against. */
export const TARGETS: readonly Target[] = [...talentlmsTargets, ...talviewTargets];
