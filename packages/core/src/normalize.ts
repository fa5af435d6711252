import { defaultUserMessage } from "./messages.js";
import { isNormalizedError, NormalizedError } from "./error.js";
import type { ParseOptions } from "./contract.js";
import { isObjectLike, safeGet } from "./safe.js";
import { classifyTransportError } from "./transport.js";

/**
 * The vendor-neutral part of every adapter's `normalizeError`: a NormalizedError passes through, a transport
 * failure (abort, timeout, connection, DNS) is classified, anything else is `unknown`. Never throws.
 */
export const normalizeThrown = (vendor: string, thrown: unknown, options: ParseOptions = {}): NormalizedError => {
  try {
    if (isNormalizedError(thrown)) return thrown;
    const transport = classifyTransportError(thrown);
    if (transport) {
      return new NormalizedError({
        vendor,
        category: transport.category,
        reason: transport.reason,
        message: transport.message,
        status: 0,
        vendorCode: transport.code,
        cause: thrown,
        messages: options.messages,
      });
    }
    return unknownError(vendor, thrown, options);
  } catch {
    return new NormalizedError({
      vendor,
      category: "unknown",
      reason: "UNREADABLE_ERROR",
      message: "An unreadable value was thrown",
      status: 0,
    });
  }
};

const describe = (thrown: unknown): string => {
  if (typeof thrown === "string") return thrown;
  if (thrown === undefined || thrown === null) return `${String(thrown)} was thrown`;
  const message = safeGet(thrown, "message");
  if (typeof message === "string" && message !== "") return message;
  return `A non-error value was thrown (${typeof thrown})`;
};

/** An `unknown` error that keeps what was thrown as its (redacted) cause. */
export const unknownError = (vendor: string, thrown: unknown, options: ParseOptions = {}): NormalizedError =>
  new NormalizedError({
    vendor,
    category: "unknown",
    reason: "UNEXPECTED_ERROR",
    message: describe(thrown),
    status: 0,
    userMessage: defaultUserMessage("unknown", options.messages),
    cause: isObjectLike(thrown) ? thrown : undefined,
    messages: options.messages,
  });
