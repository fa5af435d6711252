import { type Action, type Category, CATEGORY_POLICY } from "./categories.js";
import type { RateLimit } from "./http.js";
import { LIMITS } from "./limits.js";
import { defaultUserMessage, type MessageCatalog } from "./messages.js";
import { sanitizeCause, withoutRequestDump } from "./cause.js";
import { personalKeyMatcher, type PersonalScrub, readPersonalKeys } from "./personal.js";
import { collectSensitive, redactBounded, redactValue, type SecretSet } from "./redact.js";
import { deepFreeze, isObjectLike, safeGet } from "./safe.js";
import { type ProblemDetails, toProblem } from "./problem.js";
import { stringsOf } from "./strings-of.js";
import { boundText } from "./text.js";
import { ERROR_FIELDS, type NormalizedErrorJson, pickDefined, toWire } from "./wire.js";

export type { RateLimit } from "./http.js";

/** One invalid field, as the vendor reported it. */
export interface FieldError {
  readonly field: string;
  readonly message: string;
}

/** What a `NormalizedError` is built from. Only the first five are required; the rest have safe defaults. */
export interface NormalizedErrorInit {
  vendor: string;
  category: Category;
  reason: string;
  message: string;
  status: number;
  /** Defaults to the category's policy (`CATEGORY_POLICY`). */
  retryable?: boolean | undefined;
  retryAfterMs?: number | undefined;
  /** Defaults to the category's policy. */
  action?: Action | undefined;
  traceId?: string | undefined;
  /** Defaults to the caller's catalog (`messages`), then English. */
  userMessage?: string | undefined;
  vendorCode?: string | undefined;
  rateLimit?: RateLimit | undefined;
  fieldErrors?: readonly FieldError[] | undefined;
  operation?: string | undefined;
  /** The vendor's body: it is redacted and capped on the way in. */
  raw?: unknown;
  /** The original error: a redacted copy is kept as `cause`; the original only via `originalCause(err)`. */
  cause?: unknown;
  /** How many attempts were made (set by `withRetry`). */
  attempts?: number | undefined;
  /** A message catalog for `userMessage`, so SDKs can localize. */
  messages?: Partial<MessageCatalog> | undefined;
  /** Extra secret values to scrub from every output (an API key the caller holds, for example). */
  secrets?: Iterable<string> | undefined;
  /** More places to learn secrets from (response headers, a request config); they are read, never kept. */
  secretSources?: readonly unknown[] | undefined;
  /**
   * Keep personal data (emails, phone numbers, names, addresses, dates of birth) in `raw`, `fieldErrors` and the
   * texts. Default `false`: values under personal-data keys become `"[PERSONAL]"`, and those values and every email
   * address are masked wherever they are echoed.
   */
  keepPersonalData?: boolean | undefined;
  /** More keys that hold personal data, added to `PERSONAL_DATA_KEYS` (matched whole, case and separators ignored). */
  personalDataKeys?: Iterable<string> | undefined;
}

/** Brand shared by every copy of this package (`Symbol.for`), so two installed copies recognise each other. */
export const NORMALIZED_ERROR_BRAND: unique symbol = Symbol.for("errnorm.NormalizedError") as never;

const originals = new WeakMap<object, unknown>();

const REASON_SHAPE = /^[A-Z][A-Z0-9_]{0,99}$/;

/** A stable UPPER_SNAKE reason from any text (`validation-failed` becomes `VALIDATION_FAILED`). */
export const toReason = (text: string, fallback = "UNKNOWN"): string => {
  const words = text
    .slice(0, 200)
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter(Boolean);
  while (words.length > 0 && /^[0-9]/.test(words[0] ?? "")) words[0] = (words[0] ?? "").replace(/^[0-9]+/, "");
  const shaped = trimUnderscores(words.filter(Boolean).join("_").slice(0, 100));
  return REASON_SHAPE.test(shaped) ? shaped : fallback;
};

// A loop, not /_+$/: that pattern is quadratic on long runs of underscores.
const trimUnderscores = (text: string): string => {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 95) end -= 1;
  return text.slice(0, end);
};

const finiteNonNegative = (n: unknown): number | undefined =>
  typeof n === "number" && Number.isFinite(n) && n >= 0 ? Math.round(n) : undefined;

const sanitizeRateLimit = (rateLimit: RateLimit | undefined): RateLimit | undefined => {
  const out: Record<string, number> = {};
  for (const key of ["limit", "remaining", "resetAt"]) {
    const n = finiteNonNegative(safeGet(rateLimit, key));
    if (n !== undefined) out[key] = n;
  }
  return Object.keys(out).length > 0 ? Object.freeze(out) : undefined;
};

const sanitizeFieldErrors = (
  fieldErrors: readonly FieldError[] | undefined,
  secrets: SecretSet,
  personal: PersonalScrub | undefined,
): readonly FieldError[] | undefined => {
  if (!fieldErrors || fieldErrors.length === 0) return undefined;
  return Object.freeze(
    fieldErrors.slice(0, LIMITS.fieldErrors).map((e) =>
      Object.freeze({
        field: redactBounded(String(e.field), 200, secrets, personal),
        message: redactBounded(String(e.message), LIMITS.userMessageLength, secrets, personal),
      }),
    ),
  );
};

/** How an error treats personal data, remembered so `with()` rebuilds it the same way. */
interface Privacy {
  readonly keepPersonalData: boolean;
  readonly personalDataKeys: readonly string[];
}

const privacies = new WeakMap<object, Privacy>();

const readPrivacy = (init: NormalizedErrorInit): Privacy => ({
  keepPersonalData: init.keepPersonalData === true,
  personalDataKeys: readPersonalKeys(init.personalDataKeys),
});

/**
 * Fields stay read-only; the object stays extensible, because loggers tag errors they serialize (pino's `err`).
 * `stack` is left as the Error constructor made it: reading its descriptor would format the stack at once (tens of
 * microseconds), while V8 formats it only when someone prints it.
 */
const lockFields = (error: object): void => {
  for (const key of Reflect.ownKeys(error)) {
    if (key === "stack") continue;
    const descriptor = Object.getOwnPropertyDescriptor(error, key);
    if (!descriptor?.configurable) continue;
    Object.defineProperty(
      error,
      key,
      "value" in descriptor ? { writable: false, configurable: false } : { configurable: false },
    );
  }
};

/**
 * The one error every vendor's failures become. Fields are read-only and secret-free; `raw` and `cause`
 * are redacted copies. Recognised across realms and across installed copies of this package.
 *
 * @example
 * if (isNormalizedError(e) && e.retryable) await sleep(e.retryAfterMs ?? 1000);
 */
export class NormalizedError extends Error {
  declare readonly vendor: string;
  declare readonly category: Category;
  declare readonly retryable: boolean;
  declare readonly retryAfterMs?: number;
  declare readonly action: Action;
  declare readonly reason: string;
  declare readonly traceId?: string;
  declare readonly userMessage: string;
  declare readonly status: number;
  declare readonly vendorCode?: string;
  declare readonly rateLimit?: RateLimit;
  declare readonly fieldErrors?: readonly FieldError[];
  declare readonly operation?: string;
  declare readonly raw?: unknown;
  declare readonly attempts?: number;

  static #stackTraceLimit: number | undefined;

  /**
   * Stack frames captured per error. Unset, it reads the global `Error.stackTraceLimit`: a NormalizedError keeps the
   * stack the Error constructor records, as Stripe, Octokit and AWS errors do. Set 0 in a hot loop that builds many
   * errors and never prints them (the stack is about a fifth of the time an error takes: see `pnpm bench`); set
   * `undefined` to follow the global again. The global is changed only around one construction, and always restored.
   */
  static override get stackTraceLimit(): number {
    return NormalizedError.#stackTraceLimit ?? (Error as { stackTraceLimit?: number }).stackTraceLimit ?? 10;
  }

  static override set stackTraceLimit(limit: number | undefined) {
    NormalizedError.#stackTraceLimit = typeof limit === "number" && limit >= 0 ? limit : undefined;
  }

  constructor(init: NormalizedErrorInit) {
    const privacy = readPrivacy(init);
    const isPersonalKey = privacy.keepPersonalData ? undefined : personalKeyMatcher(privacy.personalDataKeys);
    const sensitive = collectSensitive(
      [init.cause, init.raw, ...(init.secretSources ?? []).slice(0, 10)],
      isPersonalKey,
    );
    const secrets = sensitive.secrets;
    addGivenSecrets(secrets, init.secrets);
    const personal = isPersonalKey ? { isKey: isPersonalKey, values: sensitive.personal } : undefined;
    const reason = REASON_SHAPE.test(init.reason) ? init.reason : toReason(String(init.reason));
    const cause = sanitizeCause(init.cause, { secrets, personal, keep: isNormalizedError });
    const message =
      redactBounded(withoutRequestDump(String(init.message)), LIMITS.messageLength, secrets, personal) || reason;
    const own = NormalizedError.#stackTraceLimit;
    const global = Error as { stackTraceLimit?: number };
    const limit = global.stackTraceLimit;
    if (typeof own === "number" && typeof limit === "number") global.stackTraceLimit = own;
    try {
      super(message, cause === undefined ? undefined : { cause });
    } finally {
      if (typeof own === "number" && typeof limit === "number") global.stackTraceLimit = limit;
    }
    if (cause !== undefined && isObjectLike(init.cause)) originals.set(this, init.cause);
    privacies.set(this, privacy);
    const policy = CATEGORY_POLICY[init.category];
    const fallbackUserMessage = defaultUserMessage(init.category, init.messages);
    this.vendor = boundText(String(init.vendor), 64) || "unknown";
    this.category = init.category;
    this.retryable = init.retryable ?? policy.retryable;
    const retryAfterMs = finiteNonNegative(init.retryAfterMs);
    if (retryAfterMs !== undefined) this.retryAfterMs = retryAfterMs;
    this.action = init.action ?? policy.action;
    this.reason = reason;
    if (typeof init.traceId === "string" && init.traceId !== "")
      this.traceId = redactBounded(init.traceId, 200, secrets, personal);
    this.userMessage =
      typeof init.userMessage === "string"
        ? redactBounded(init.userMessage, LIMITS.userMessageLength, secrets, personal) || fallbackUserMessage
        : fallbackUserMessage;
    this.status = Number.isInteger(init.status) && init.status >= 0 && init.status <= 999 ? init.status : 0;
    if (init.vendorCode !== undefined) this.vendorCode = redactBounded(String(init.vendorCode), 100, secrets, personal);
    const rateLimit = sanitizeRateLimit(init.rateLimit);
    if (rateLimit) this.rateLimit = rateLimit;
    const fieldErrors = sanitizeFieldErrors(init.fieldErrors, secrets, personal);
    if (fieldErrors) this.fieldErrors = fieldErrors;
    if (init.operation !== undefined) this.operation = boundText(String(init.operation), 200);
    if (init.raw !== undefined) this.raw = deepFreeze(redactValue(init.raw, secrets, personal));
    if (typeof init.attempts === "number" && init.attempts >= 1) this.attempts = Math.floor(init.attempts);
    lockFields(this);
  }

  /** The plain, versioned wire object (no stack, no secrets). `JSON.stringify(err)` uses it. */
  toJSON(): NormalizedErrorJson {
    return toWire(this);
  }

  /** RFC 9457 Problem Details for an HTTP API that passes the error on. */
  toProblemDetails(): ProblemDetails {
    return toProblem(this);
  }

  /** `instanceof` answers by brand, so it holds across realms and across two installed copies of errnorm. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isNormalizedError(value);
  }

  /** A new error with some fields changed (the original cause is carried over). */
  with(patch: Partial<NormalizedErrorInit>): NormalizedError {
    const next = new NormalizedError({ ...initOf(this), ...patch });
    const original = originals.get(this);
    if (original !== undefined && !("cause" in patch)) originals.set(next, original);
    return next;
  }
}

// Bundlers rename a class that refers to itself (`class _NormalizedError`); printed errors show this name.
Object.defineProperty(NormalizedError, "name", { value: "NormalizedError", configurable: true });
Object.defineProperties(NormalizedError.prototype, {
  [NORMALIZED_ERROR_BRAND]: { value: true },
  name: { value: "NormalizedError", writable: true, configurable: true },
});

/** Adds caller-given secrets (the first 100 items; a hostile iterable gives what it yielded before throwing). */
const addGivenSecrets = (secrets: Set<string>, given: unknown): void => {
  for (const s of stringsOf(given, 100)) if (s.length >= 4 && s.length <= 4_096) secrets.add(s);
};

/** The fields of an existing error as an init object. */
export const initOf = (e: NormalizedError): NormalizedErrorInit => ({
  ...(pickDefined(e, ERROR_FIELDS) as unknown as NormalizedErrorInit),
  cause: e.cause,
  ...privacies.get(e),
});

/** `true` for a NormalizedError from this or any other copy or realm of errnorm. Never throws. */
export const isNormalizedError = (value: unknown): value is NormalizedError => {
  if (!isObjectLike(value)) return false;
  return safeGet(value, NORMALIZED_ERROR_BRAND) === true;
};

/** The unredacted original that was passed as `cause` (kept out of every output; for debugging in-process). */
export const originalCause = (error: NormalizedError): unknown => originals.get(error);
