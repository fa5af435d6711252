import { field, isList, readHeader } from "@errnorm/core/adapter";

const numbers = (value: unknown): readonly unknown[] => (isList(value) ? value : []);

/**
 * Whether ky 1 will send the request of this `HTTPError` again after `retriesDone` retries, read from the error's
 * normalized `options.retry` the way ky 1's retry step decides (method, `limit`, `statusCodes`, 413 only with a
 * `Retry-After` it honours). `errnormHooks` leaves such an error to ky and converts only the last one, because ky 1
 * would retry any non-`HTTPError` as a network failure. With a custom `retry.shouldRetry` (ky 1.13+) nothing can
 * be predicted: `false`, so the error is converted at once.
 */
export const kyWillRetry = (httpError: unknown, retriesDone: number): boolean => {
  const retry = field(field(httpError, "options"), "retry");
  if (typeof field(retry, "shouldRetry") === "function") return false;
  const limit = field(retry, "limit");
  const method = field(field(httpError, "request"), "method");
  const response = field(httpError, "response");
  const status = field(response, "status");
  if (typeof limit !== "number" || typeof method !== "string" || typeof status !== "number") return false;
  if (!numbers(field(retry, "methods")).includes(method.toLowerCase())) return false;
  if (retriesDone + 1 > limit || !numbers(field(retry, "statusCodes")).includes(status)) return false;
  if (status !== 413) return true;
  return (
    readHeader(field(response, "headers"), "retry-after") !== undefined &&
    numbers(field(retry, "afterStatusCodes")).includes(413)
  );
};
