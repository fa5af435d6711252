// The cost of building one NormalizedError from the packed dist (what users run), with the stack the Error
// constructor records (the default) and with `NormalizedError.stackTraceLimit = 0` (the opt-out for hot loops),
// against a bare Error built the same two ways in the same run. `pnpm bench` packs first.
import { bench, describe } from "vitest";
import { importPacked } from "../../../test-support/packed-import.js";

const { NormalizedError } = await importPacked<typeof import("@errnorm/core")>("@errnorm/core");

const init = {
  vendor: "talentlms",
  category: "not_found",
  reason: "USER_NOT_FOUND",
  message: "The requested user does not exist",
  status: 404,
  raw: { error: { type: "invalid_request_error", message: "The requested user does not exist" } },
} as const;

const withStackLimit = (limit: number | undefined, build: () => unknown) => () => {
  NormalizedError.stackTraceLimit = limit;
  try {
    build();
  } finally {
    NormalizedError.stackTraceLimit = undefined;
  }
};

const bareWithoutStack = () => {
  const before = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    new Error(init.message);
  } finally {
    Error.stackTraceLimit = before;
  }
};

describe("one error (404 user not found)", () => {
  bench(
    "NormalizedError, stack kept (default)",
    withStackLimit(undefined, () => new NormalizedError(init)),
  );
  bench(
    "NormalizedError, stackTraceLimit = 0",
    withStackLimit(0, () => new NormalizedError(init)),
  );
  bench("bare Error, stack kept (baseline)", () => {
    new Error(init.message);
  });
  bench("bare Error, no stack (baseline)", bareWithoutStack);
});
