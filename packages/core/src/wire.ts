import type { Action, Category } from "./categories.js";
import type { NormalizedError } from "./error.js";
import type { RateLimit } from "./http.js";

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

const optional = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } =>
  (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };

const plainRateLimit = (r: RateLimit): NonNullable<NormalizedErrorJson["rateLimit"]> => ({
  ...optional("limit", r.limit),
  ...optional("remaining", r.remaining),
  ...optional("resetAt", r.resetAt),
});

const causeSummary = (cause: unknown): { name: string; message: string } | undefined => {
  if (!(cause instanceof Error)) return undefined;
  return { name: cause.name, message: cause.message };
};

/** The wire object: plain data, no stack, secrets already gone. */
export const toWire = (e: NormalizedError): NormalizedErrorJson => ({
  errnorm: WIRE_VERSION,
  name: "NormalizedError",
  vendor: e.vendor,
  category: e.category,
  retryable: e.retryable,
  ...optional("retryAfterMs", e.retryAfterMs),
  action: e.action,
  reason: e.reason,
  ...optional("traceId", e.traceId),
  userMessage: e.userMessage,
  message: e.message,
  status: e.status,
  ...optional("vendorCode", e.vendorCode),
  ...optional("rateLimit", e.rateLimit && plainRateLimit(e.rateLimit)),
  ...optional(
    "fieldErrors",
    e.fieldErrors?.map((f) => ({ ...f })),
  ),
  ...optional("operation", e.operation),
  ...optional("attempts", e.attempts),
  ...optional("raw", e.raw),
  ...optional("cause", causeSummary(e.cause)),
});
