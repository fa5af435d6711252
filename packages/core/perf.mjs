import { NormalizedError } from "./dist/index.js";
const raw = { error: { type: "invalid_request_error", message: "The requested user does not exist" } };
const N = 100000;
const time = (label, fn) => {
  for (let i = 0; i < 20000; i++) fn();
  const s = performance.now();
  for (let i = 0; i < N; i++) fn();
  console.log(label, (((performance.now() - s) * 1e6) / N).toFixed(0), "ns");
};
time(
  "NormalizedError minimal",
  () =>
    new NormalizedError({
      vendor: "talentlms",
      category: "not_found",
      reason: "USER_NOT_FOUND",
      message: "The requested user does not exist",
      status: 404,
    }),
);
time(
  "NormalizedError with raw",
  () =>
    new NormalizedError({
      vendor: "talentlms",
      category: "not_found",
      reason: "USER_NOT_FOUND",
      message: "The requested user does not exist",
      status: 404,
      raw,
      vendorCode: "invalid_request_error",
      traceId: "abc",
    }),
);
