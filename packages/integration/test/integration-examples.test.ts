// The README's client-integration examples (examples/integrations/*.ts) run against the testkit emulators, and
// type-check under their own tsconfig (they import the clients through it).
import { isNormalizedError, type NormalizedError } from "@errnorm/core";
import {
  startTalentlmsEmulator,
  startTalviewEmulator,
  type TalentlmsEmulator,
  type TalviewEmulator,
} from "@errnorm/testkit";
import { GraphQLClient } from "graphql-request";
import type { ResultAsync } from "neverthrow";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadExample, typecheckExamples } from "../../../test-support/load-example.js";
import { rejection } from "../../../test-support/settled.js";

const load = <T>(name: string): Promise<T> => loadExample<T>(`integrations/${name}`);

interface TalentlmsExample {
  talentlmsClient(domain: string, key: string): { getUser(id: number): ResultAsync<{ id: number }, NormalizedError> };
}
interface ApolloExample {
  talviewClient(
    uri: string,
    token: string,
  ): {
    book(externalId: string, slotId: string): ResultAsync<{ booking_id: string } | null | undefined, NormalizedError>;
  };
}
interface GraphqlRequestExample {
  bookSlot(url: string, token: string, externalId: string, slotId: string): Promise<unknown>;
}

describe("examples/integrations type-check", () => {
  it("tsc -p examples/integrations", () => {
    expect(() => typecheckExamples("integrations")).not.toThrow();
  }, 120_000);
});

describe("TalentLMS with axios, withRetry and createThrottle", () => {
  let emulator: TalentlmsEmulator;
  beforeAll(async () => {
    emulator = await startTalentlmsEmulator();
  });
  afterAll(() => emulator.close());
  beforeEach(() => emulator.reset());

  it("reads a user", async () => {
    const { talentlmsClient } = await load<TalentlmsExample>("talentlms-axios.ts");
    const user = await talentlmsClient(emulator.url, emulator.apiKey).getUser(1);
    expect(user._unsafeUnwrap()).toMatchObject({ id: 1, login: "jdoe" });
  });

  it("retries two 500s and succeeds on the third attempt", async () => {
    const { talentlmsClient } = await load<TalentlmsExample>("talentlms-axios.ts");
    emulator.failNext(2, "status500");
    const user = await talentlmsClient(emulator.url, emulator.apiKey).getUser(1);
    expect(user.isOk()).toBe(true);
    expect(emulator.requests).toHaveLength(3);
  });

  it("does not retry a 404: one attempt, a NormalizedError", async () => {
    const { talentlmsClient } = await load<TalentlmsExample>("talentlms-axios.ts");
    const error = (await talentlmsClient(emulator.url, emulator.apiKey).getUser(999))._unsafeUnwrapErr();
    expect(error).toMatchObject({ category: "not_found", status: 404, attempts: 1 });
    expect(emulator.requests).toHaveLength(1);
  });
});

describe("Talview with Apollo Client 4 and graphql-request", () => {
  let emulator: TalviewEmulator;
  beforeAll(async () => {
    emulator = await startTalviewEmulator();
  });
  afterAll(() => emulator.close());
  beforeEach(() => emulator.reset());

  it("Apollo: books a slot", async () => {
    const { talviewClient } = await load<ApolloExample>("talview-apollo.ts");
    const booked = await talviewClient(emulator.graphqlUrl, emulator.issueToken().access_token).book(
      "cand-1",
      "slot-1",
    );
    expect(booked._unsafeUnwrap()).toMatchObject({ booking_id: expect.any(String) });
  });

  it("Apollo: SLOT_UNAVAILABLE at HTTP 200 is a NormalizedError, not retried", async () => {
    const { talviewClient } = await load<ApolloExample>("talview-apollo.ts");
    emulator.failNext(1, { business: "SLOT_UNAVAILABLE" });
    const token = emulator.issueToken().access_token;
    const error = (await talviewClient(emulator.graphqlUrl, token).book("cand-1", "slot-1"))._unsafeUnwrapErr();
    expect(error).toMatchObject({
      category: "business_rule",
      reason: "SLOT_UNAVAILABLE",
      action: "refresh_availability",
      operation: "booking_create",
      status: 200,
      attempts: 1,
    });
    expect(error.traceId).toBe(emulator.requests[0]?.id);
  });

  it("Apollo: a 429 (the booking was not processed) is retried, then the booking succeeds", async () => {
    const { talviewClient } = await load<ApolloExample>("talview-apollo.ts");
    emulator.failNext(1, "rateLimited");
    const booked = await talviewClient(emulator.graphqlUrl, emulator.issueToken().access_token).book(
      "cand-1",
      "slot-2",
    );
    expect(booked.isOk()).toBe(true);
    expect(emulator.requests).toHaveLength(2);
  });

  it("Apollo: a 500 on a booking is not resent (withRetry's default: not idempotent)", async () => {
    const { talviewClient } = await load<ApolloExample>("talview-apollo.ts");
    emulator.failNext(1, "status500");
    const error = (
      await talviewClient(emulator.graphqlUrl, emulator.issueToken().access_token).book("cand-1", "slot-2")
    )._unsafeUnwrapErr();
    expect(error).toMatchObject({ category: "server", status: 500, retryable: true, attempts: 1 });
  });

  it("graphql-request: without the middleware a failed booking resolves; with it, it rejects", async () => {
    const { bookSlot } = await load<GraphqlRequestExample>("talview-graphql-request.ts");
    const token = emulator.issueToken().access_token;
    emulator.failNext(1, { business: "SLOT_UNAVAILABLE" });
    const plain = await new GraphQLClient(emulator.graphqlUrl, {
      headers: { authorization: `Bearer ${token}` },
    }).request('mutation { booking_create(external_id: "cand-1", slot_id: "slot-3") { success error_message data } }');
    expect(plain).toMatchObject({ booking_create: { success: false, error_message: "SLOT_UNAVAILABLE" } });
    emulator.failNext(1, { business: "SLOT_UNAVAILABLE" });
    const thrown = await rejection(bookSlot(emulator.graphqlUrl, token, "cand-1", "slot-3"));
    expect(isNormalizedError(thrown)).toBe(true);
    expect(thrown).toMatchObject({ reason: "SLOT_UNAVAILABLE", operation: "booking_create", status: 200 });
    expect(JSON.stringify(thrown)).not.toContain(token);
  });
});
