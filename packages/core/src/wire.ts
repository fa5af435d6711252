import type { Action, Category } from "./categories.js";
import type { NormalizedError } from "./error.js";

/** Version of the wire format written by `toJSON()`; `fromJSON` reads this version. */
export const WIRE_VERSION = 1 as const;

/** The plain, versioned wire object of a NormalizedError (validated by `NormalizedErrorJsonSchema`). */
export interface NormalizedErrorJson {
  errnorm: typeof WIRE_VERSION;
  name: "NormalizedError";
  vendor: string;
  category: Category;
  retryable: boolean;
  retryAfterMs?: number;
  action: Action;
  reason: string;
  traceId?: string;
  userMessage: string;
  message: string;
  status: number;
  vendorCode?: string;
  rateLimit?: { limit?: number; remaining?: number; resetAt?: number };
  fieldErrors?: { field: string; message: string }[];
  operation?: string;
  attempts?: number;
  raw?: unknown;
  cause?: { name: string; message: string };
}

/** The fields of a NormalizedError, in the wire object's order (after `errnorm` and `name`; `cause` last). */
export const ERROR_FIELDS = [
  "vendor",
  "category",
  "retryable",
  "retryAfterMs",
  "action",
  "reason",
  "traceId",
  "userMessage",
  "message",
  "status",
  "vendorCode",
  "rateLimit",
  "fieldErrors",
  "operation",
  "attempts",
  "raw",
] as const;

/** The `keys` of `source` that are set, in that order. */
export const pickDefined = (source: object, keys: readonly string[]): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const value = (source as Record<string, unknown>)[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
};

/** The wire object: plain data, no stack, secrets already gone. */
export const toWire = (e: NormalizedError): NormalizedErrorJson => {
  const wire: Record<string, unknown> = {
    errnorm: WIRE_VERSION,
    name: "NormalizedError",
    ...pickDefined(e, ERROR_FIELDS),
  };
  // Plain copies in the same places: the error's own are frozen.
  if (e.rateLimit) wire.rateLimit = { ...e.rateLimit };
  if (e.fieldErrors) wire.fieldErrors = e.fieldErrors.map((f) => ({ ...f }));
  if (e.cause instanceof Error) wire.cause = { name: e.cause.name, message: e.cause.message };
  return wire as unknown as NormalizedErrorJson;
};
