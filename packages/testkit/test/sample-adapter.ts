// A small sound adapter for the harness's own tests, and ways to break it: each generic check must pass on the
// sound one and fail on the broken one it is about.
import type { HttpResponseLike, NormalizedError } from "@errnorm/core";
import {
  buildError,
  decodeBody,
  field,
  isSuccessStatus,
  lookupRule,
  normalizeStatus,
  normalizeThrown,
  readAdapterOptions,
  type Rule,
  statusRule,
  textOf,
  unreadableError,
} from "@errnorm/core/adapter";
import type { AdapterUnderTest } from "@errnorm/testkit/properties";
import { err, ok, type Result } from "neverthrow";

export const VENDOR = "sample";

export const STATUS_RULES: Record<number, Rule> = {
  401: { category: "authentication", reason: "UNAUTHENTICATED" },
  404: { category: "not_found", reason: "NOT_FOUND" },
  429: { category: "rate_limited", reason: "RATE_LIMITED" },
};

export const CODE_RULES: Record<string, Rule> = {
  expired: { category: "authentication", reason: "TOKEN_EXPIRED", action: "refresh_token" },
  missing: { category: "not_found", reason: "ITEM_MISSING" },
};

export const EXCEPTIONS = { TOKEN_EXPIRED: "a fresh token fixes it, not new credentials" };

const codeOf = (body: unknown): string | undefined => textOf(field(field(body, "error"), "code"));

/** `{ error: { code, message } }` at any status, or `{ errors: [{ code }] }` at 200. */
export const soundParse = (response: HttpResponseLike, options?: unknown): Result<unknown, NormalizedError> => {
  try {
    return parseOrThrow(response, options);
  } catch {
    return err(unreadableError(VENDOR));
  }
};

const parseOrThrow = (response: HttpResponseLike, options?: unknown): Result<unknown, NormalizedError> => {
  const status = normalizeStatus(field(response, "status"));
  const decoded = decodeBody(field(response, "body"));
  const body = decoded.kind === "json" ? decoded.value : undefined;
  const code = codeOf(body) ?? textOf(field(field(field(body, "errors"), 0), "code"));
  if (isSuccessStatus(status) && code === undefined) return ok(body);
  const rule = lookupRule(CODE_RULES, code) ?? lookupRule(STATUS_RULES, status) ?? statusRule(status);
  const message = textOf(field(field(body, "error"), "message")) ?? `HTTP ${status}`;
  return err(
    buildError(
      VENDOR,
      rule,
      { status, message, headers: field(response, "headers"), vendorCode: code },
      readAdapterOptions(options),
    ),
  );
};

export const soundNormalize = (thrown: unknown, options?: unknown): NormalizedError =>
  normalizeThrown(VENDOR, thrown, readAdapterOptions(options));

/** The sound adapter, with `patch` applied. */
export const sample = (patch: Partial<AdapterUnderTest> = {}): AdapterUnderTest => ({
  vendor: VENDOR,
  parseResponse: soundParse,
  normalizeError: soundNormalize,
  tables: { STATUS_RULES, CODE_RULES },
  policyExceptions: EXCEPTIONS,
  codePlacements: {
    codes: Object.keys(CODE_RULES),
    placements: ["error", "errors"],
    statuses: [200, 400, 500],
    place: (code, placement, status) => ({
      status,
      body: placement === "error" ? { error: { code, message: "m" } } : { errors: [{ code }] },
    }),
  },
  ...patch,
});
