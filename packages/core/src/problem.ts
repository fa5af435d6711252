import type { Action, Category } from "./categories.js";
import type { NormalizedError } from "./error.js";
import { pickDefined } from "./wire.js";

/** RFC 9457 Problem Details, with errnorm's fields as extension members. */
export interface ProblemDetails {
  readonly type: string;
  readonly title: string;
  readonly status?: number;
  readonly detail: string;
  readonly vendor: string;
  readonly category: Category;
  readonly reason: string;
  readonly action: Action;
  readonly retryable: boolean;
  readonly retryAfterMs?: number;
  readonly traceId?: string;
  readonly errors?: readonly { readonly detail: string; readonly pointer: string }[];
}

/** Short, stable titles per category (RFC 9457: `title` does not change between occurrences). */
export const PROBLEM_TITLES = {
  invalid_request: "Invalid request",
  authentication: "Authentication failed",
  permission: "Permission denied",
  not_found: "Not found",
  conflict: "Conflict",
  business_rule: "Business rule violated",
  rate_limited: "Rate limited",
  server: "Server error",
  unavailable: "Service unavailable",
  timeout: "Timed out",
  network: "Network failure",
  cancelled: "Cancelled",
  unknown: "Unknown error",
} as const satisfies Record<Category, string>;

const pointer = (field: string): string => `#/${field.replace(/~/g, "~0").replace(/\//g, "~1").replace(/\./g, "/")}`;

/** `type` is a URN naming (vendor, reason), the pair that identifies an error forever. */
export const toProblem = (e: NormalizedError): ProblemDetails => ({
  type: `urn:errnorm:${encodeURIComponent(e.vendor)}:${e.reason}`,
  title: PROBLEM_TITLES[e.category],
  ...(e.status >= 100 && e.status <= 599 && { status: e.status }),
  detail: e.userMessage,
  ...(pickDefined(e, PROBLEM_FIELDS) as Pick<ProblemDetails, (typeof PROBLEM_FIELDS)[number]>),
  ...(e.fieldErrors && { errors: e.fieldErrors.map((f) => ({ detail: f.message, pointer: pointer(f.field) })) }),
});

/** The error's own fields a problem carries, in its order (`retryAfterMs` and `traceId` when set). */
const PROBLEM_FIELDS = ["vendor", "category", "reason", "action", "retryable", "retryAfterMs", "traceId"] as const;
