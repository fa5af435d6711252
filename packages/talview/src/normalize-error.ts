import { isNormalizedError, type NormalizedError, NormalizedError as NormalizedErrorClass } from "@errnorm/core";
import { classifyTransportError } from "@errnorm/core/adapter";
import { clientFailureOf } from "./client-errors.js";
import { readOptions, type TalviewParseOptions } from "./options.js";
import { evaluate } from "./parse.js";
import { get } from "./safe.js";
import { VENDOR } from "./vendor.js";

const describe = (thrown: unknown): string => {
  if (typeof thrown === "string") return thrown;
  const message = get(thrown, "message");
  if (typeof message === "string" && message !== "") return message;
  return thrown === null || thrown === undefined
    ? `${String(thrown)} was thrown`
    : `A non-error value was thrown (${typeof thrown})`;
};

const transportError = (
  failure: unknown,
  cause: unknown,
  options: TalviewParseOptions,
): NormalizedError | undefined => {
  const transport = classifyTransportError(failure);
  if (!transport) return undefined;
  return new NormalizedErrorClass({
    vendor: VENDOR,
    category: transport.category,
    reason: transport.reason,
    message: transport.message,
    status: 0,
    vendorCode: transport.code,
    operation: options.operation,
    cause,
    messages: options.messages,
    secrets: options.secrets,
  });
};

/**
 * Any thrown value as a NormalizedError: fetch failures, aborts and timeouts; graphql-request's
 * `ClientError`; Apollo Client 4's `CombinedGraphQLErrors`, `ServerError`, `ServerParseError` and network
 * errors; urql's `CombinedError`. The response inside a client error is read like `parseResponse` reads
 * it, so the same failure gets the same category through any client. Never throws.
 */
export const normalizeError = (thrown: unknown, options?: TalviewParseOptions): NormalizedError => {
  const opts = readOptions(options);
  try {
    if (isNormalizedError(thrown)) return thrown;
    const failure = clientFailureOf(thrown);
    if (failure?.kind === "response") {
      const result = evaluate(failure, opts, thrown);
      if (result.isErr()) return result.error;
    }
    const transport = transportError(failure?.kind === "transport" ? failure.error : thrown, thrown, opts);
    if (transport) return transport;
    return new NormalizedErrorClass({
      vendor: VENDOR,
      category: "unknown",
      reason: "UNEXPECTED_ERROR",
      message: describe(thrown),
      status: 0,
      operation: opts.operation,
      cause: thrown !== null && typeof thrown === "object" ? thrown : undefined,
      messages: opts.messages,
      secrets: opts.secrets,
    });
  } catch {
    return new NormalizedErrorClass({
      vendor: VENDOR,
      category: "unknown",
      reason: "UNREADABLE_ERROR",
      message: "An unreadable value was thrown",
      status: 0,
    });
  }
};
