import type { NormalizedError, VendorAdapter } from "@errnorm/core";
import type { Result, ResultAsync } from "neverthrow";
import { expectTypeOf, test } from "vitest";
import {
  checkEnvelope,
  normalizeError,
  parseResponse,
  request,
  type TalviewParseOptions,
  talview,
  VENDOR,
} from "../src/index.js";
import { HASURA_CODE_TABLE, TALVIEW_LOGICAL_CODES } from "../src/reference-tables.js";

test("public signatures", () => {
  expectTypeOf(parseResponse<{ id: string }>).returns.toEqualTypeOf<Result<{ id: string }, NormalizedError>>();
  expectTypeOf(checkEnvelope<{ id: string }>).returns.toEqualTypeOf<Result<{ id: string }, NormalizedError>>();
  expectTypeOf(request<{ id: string }>).returns.toEqualTypeOf<ResultAsync<{ id: string }, NormalizedError>>();
  expectTypeOf(normalizeError).returns.toEqualTypeOf<NormalizedError>();
  expectTypeOf(normalizeError).parameter(1).toEqualTypeOf<TalviewParseOptions | undefined>();
  expectTypeOf(talview).toExtend<VendorAdapter<TalviewParseOptions>>();
  expectTypeOf(VENDOR).toEqualTypeOf<"talview">();
});

test("tables are typed literally and read-only", () => {
  expectTypeOf(TALVIEW_LOGICAL_CODES.SLOT_UNAVAILABLE.action).toEqualTypeOf<"refresh_availability">();
  expectTypeOf(HASURA_CODE_TABLE["invalid-jwt"].category).toEqualTypeOf<"authentication">();
  expectTypeOf(HASURA_CODE_TABLE["invalid-jwt"].action).toEqualTypeOf<"refresh_token">();
  expectTypeOf(HASURA_CODE_TABLE["access-denied"].reason).toEqualTypeOf<"ACCESS_DENIED">();
  expectTypeOf(HASURA_CODE_TABLE["access-denied"].action).toEqualTypeOf<"check_account">();
  expectTypeOf(HASURA_CODE_TABLE["postgres-max-connections-error"].reason).toEqualTypeOf<"POSTGRES_MAX_CONNECTIONS">();
  expectTypeOf(TALVIEW_LOGICAL_CODES.SLOT_UNAVAILABLE.reason).toEqualTypeOf<"SLOT_UNAVAILABLE">();
  expectTypeOf(TALVIEW_LOGICAL_CODES.SLOT_UNAVAILABLE.retryable).toEqualTypeOf<false>();
  expectTypeOf(
    TALVIEW_LOGICAL_CODES.SLOT_UNAVAILABLE.description,
  ).toEqualTypeOf<"The selected time slot is no longer available.">();
  // @ts-expect-error the tables are read-only data
  TALVIEW_LOGICAL_CODES.SLOT_UNAVAILABLE.action = "none";
  // @ts-expect-error an unknown Hasura code is not a key of the table
  void HASURA_CODE_TABLE["not-a-code"];
});
