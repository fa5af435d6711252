import { NormalizedError, isNormalizedError } from "../error.js";
import { isObjectLike, safeGet } from "../safe.js";
import { classifyTransportError } from "../transport.js";
import { buildError } from "./build.js";
import type { AdapterOptions } from "./options.js";

const NO_OPTIONS: AdapterOptions = { secrets: [] };

const describe = (thrown: unknown): string => {
  if (typeof thrown === "string") return thrown;
  if (thrown === undefined || thrown === null) return `${String(thrown)} was thrown`;
  const message = safeGet(thrown, "message");
  if (typeof message === "string" && message !== "") return message;
  return `A non-error value was thrown (${typeof thrown})`;
};

/**
 * The vendor-neutral end of every adapter's `normalizeError`: a NormalizedError passes through; a transport failure
 * (abort, timeout, refused or reset connection, DNS, fetch's `TypeError`) anywhere in the cause chain is classified;
 * anything else is `unknown` / `UNEXPECTED_ERROR`. `failure` is where to look for the transport failure when a
 * client wrapped it (defaults to `thrown`); `thrown` is kept as the redacted cause. Never throws.
 */
export const normalizeThrown = (
  vendor: string,
  thrown: unknown,
  options: AdapterOptions = NO_OPTIONS,
  failure: unknown = thrown,
): NormalizedError => {
  try {
    if (isNormalizedError(thrown)) return thrown;
    const cause = isObjectLike(thrown) ? thrown : undefined;
    const transport = classifyTransportError(failure);
    if (transport) {
      return buildError(
        vendor,
        transport,
        { status: 0, message: transport.message, vendorCode: transport.code, cause },
        options,
      );
    }
    return buildError(
      vendor,
      { category: "unknown", reason: "UNEXPECTED_ERROR" },
      { status: 0, message: describe(thrown), cause },
      options,
    );
  } catch {
    return unreadableError(vendor);
  }
};

/** The last resort when even reading a thrown value failed. */
export const unreadableError = (vendor: string): NormalizedError =>
  new NormalizedError({
    vendor,
    category: "unknown",
    reason: "UNREADABLE_ERROR",
    message: "An unreadable value was thrown",
    status: 0,
  });
