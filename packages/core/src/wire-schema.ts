import * as z from "zod/mini";
import { ACTIONS, CATEGORIES } from "./categories.js";
import { LIMITS } from "./limits.js";
import { WIRE_VERSION } from "./wire.js";

// Kept apart from wire.ts so that code which only throws and serialises errors never bundles zod.
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
  userMessage: z.string().check(z.minLength(1), z.maxLength(LIMITS.userMessageLength)),
  message: z.string().check(z.maxLength(LIMITS.messageLength)),
  status: count.check(z.lte(999)),
  vendorCode: z.optional(z.string().check(z.maxLength(100))),
  rateLimit: z.optional(
    z.object({ limit: z.optional(count), remaining: z.optional(count), resetAt: z.optional(count) }),
  ),
  fieldErrors: z.optional(
    z.array(z.object({ field: z.string(), message: z.string() })).check(z.maxLength(LIMITS.fieldErrors)),
  ),
  operation: z.optional(z.string().check(z.maxLength(200))),
  attempts: z.optional(count.check(z.gte(1))),
  raw: z.optional(z.unknown()),
  cause: z.optional(z.object({ name: z.string(), message: z.string() })),
});
