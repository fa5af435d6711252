import * as z from "zod/mini";
import { ACTIONS, CATEGORIES } from "./categories.js";
import type { NormalizedError } from "./error.js";

/** Version of the wire format written by `toJSON()`; `fromJSON` reads this version. */
export const WIRE_VERSION = 1 as const;

const count = z.int().check(z.gte(0));

/** The zod/mini schema of `toJSON()` output: every NormalizedError serialises to a value it accepts. */
export const NormalizedErrorJsonSchema = z.object({
  errnorm: z.literal(WIRE_VERSION),
  name: z.literal("NormalizedError"),
  vendor: z.string().check(z.minLength(1), z.maxLength(64)),
  category: z.enum(CATEGORIES),
  retryable: z.boolean(),
  retryAfterMs: z.optional(count),
  action: z.enum(ACTIONS),
  reason: z.string().check(z.regex(/^[A-Z][A-Z0-9_]{0,99}$/)),
  traceId: z.optional(z.string().check(z.maxLength(200))),
  userMessage: z.string().check(z.minLength(1), z.maxLength(300)),
  message: z.string().check(z.maxLength(1_000)),
  status: count.check(z.lte(999)),
  vendorCode: z.optional(z.string().check(z.maxLength(100))),
  rateLimit: z.optional(z.object({ limit: z.optional(count), remaining: z.optional(count), resetAt: z.optional(count) })),
  fieldErrors: z.optional(z.array(z.object({ field: z.string(), message: z.string() })).check(z.maxLength(50))),
  operation: z.optional(z.string().check(z.maxLength(200))),
  attempts: z.optional(count.check(z.gte(1))),
  raw: z.optional(z.unknown()),
  cause: z.optional(z.object({ name: z.string(), message: z.string() })),
});

/** The plain, versioned wire object of a NormalizedError. */
export type NormalizedErrorJson = z.infer<typeof NormalizedErrorJsonSchema>;

const optional = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } =>
  (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };

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
  ...optional("rateLimit", e.rateLimit ? { ...e.rateLimit } : undefined),
  ...optional("fieldErrors", e.fieldErrors?.map((f) => ({ ...f }))),
  ...optional("operation", e.operation),
  ...optional("attempts", e.attempts),
  ...optional("raw", e.raw),
  ...optional("cause", causeSummary(e.cause)),
});
