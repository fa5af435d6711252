import type { Action, Category } from "./categories.js";
import type { NormalizedError } from "./error.js";
import { pickDefined } from "./wire.js";

/** The recommended log shape of a NormalizedError: flat, the same keys and types for every vendor. */
export interface LogFields {
  readonly vendor: string;
  readonly category: Category;
  readonly reason: string;
  readonly retryable: boolean;
  readonly action: Action;
  /** HTTP status seen; 0 when no response arrived. */
  readonly status: number;
  /** The vendor's trace or request id: what its support asks for. */
  readonly traceId?: string;
  readonly operation?: string;
  readonly attempts?: number;
  readonly retryAfterMs?: number;
  /** The developer message (secrets and personal data already masked). */
  readonly message: string;
}

/**
 * A flat, stable object for pino, winston or console: the fields on-call engineers filter by. Optional fields are
 * left out when unset. Nothing secret or personal: every value was masked when the error was built.
 *
 * @example
 * logger.warn(toLogFields(error), "talview call failed");
 */
export const toLogFields = (error: NormalizedError): LogFields =>
  pickDefined(error, LOG_FIELDS) as unknown as LogFields;

/** The keys of `LogFields`, in their order. */
const LOG_FIELDS = [
  "vendor",
  "category",
  "reason",
  "retryable",
  "action",
  "status",
  "traceId",
  "operation",
  "attempts",
  "retryAfterMs",
  "message",
] as const;
