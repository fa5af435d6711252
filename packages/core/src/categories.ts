/** Every kind of failure errnorm knows. Closed: adding one is a breaking change. */
export const CATEGORIES = [
  "invalid_request",
  "authentication",
  "permission",
  "not_found",
  "conflict",
  "business_rule",
  "rate_limited",
  "server",
  "unavailable",
  "timeout",
  "network",
  "cancelled",
  "unknown",
] as const;

export type Category = (typeof CATEGORIES)[number];

/** What the caller should do next. Closed, like `Category`. */
export const ACTIONS = [
  "retry",
  "refresh_token",
  "check_credentials",
  "check_account",
  "fix_request",
  "refresh_availability",
  "complete_payment",
  "verify_identity",
  "use_https",
  "contact_support",
  "none",
] as const;

export type Action = (typeof ACTIONS)[number];

export interface CategoryPolicy {
  /** May the same request be sent again unchanged? */
  readonly retryable: boolean;
  /** The action when the vendor's error says nothing more specific. */
  readonly action: Action;
}

/** The one place that says which categories are retryable and what to do by default. */
export const CATEGORY_POLICY = {
  invalid_request: { retryable: false, action: "fix_request" },
  authentication: { retryable: false, action: "check_credentials" },
  permission: { retryable: false, action: "check_account" },
  not_found: { retryable: false, action: "fix_request" },
  conflict: { retryable: false, action: "fix_request" },
  business_rule: { retryable: false, action: "none" },
  rate_limited: { retryable: true, action: "retry" },
  server: { retryable: true, action: "retry" },
  unavailable: { retryable: true, action: "retry" },
  timeout: { retryable: true, action: "retry" },
  network: { retryable: true, action: "retry" },
  cancelled: { retryable: false, action: "none" },
  unknown: { retryable: false, action: "contact_support" },
} as const satisfies Record<Category, CategoryPolicy>;

const categorySet: ReadonlySet<string> = /* @__PURE__ */ new Set(CATEGORIES);
const actionSet: ReadonlySet<string> = /* @__PURE__ */ new Set(ACTIONS);

export const isCategory = (value: unknown): value is Category => typeof value === "string" && categorySet.has(value);

export const isAction = (value: unknown): value is Action => typeof value === "string" && actionSet.has(value);

/** `true` for `rate_limited`, `server`, `unavailable`, `timeout` and `network`. */
export const isRetryableCategory = (category: Category): boolean => CATEGORY_POLICY[category].retryable;
