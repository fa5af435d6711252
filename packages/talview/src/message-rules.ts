import { defineRules, type Rule } from "@errnorm/core/adapter";

/** A rule that refines a code by the vendor's message (Hasura reuses one code for different failures). */
export interface MessageRule extends Rule {
  /** Linear pattern, matched against the first `MESSAGE_SCAN_LENGTH` characters of the message. */
  readonly pattern: RegExp;
  /** Codes it refines (as text); absent means any code. An error with no code is always eligible. */
  readonly codes?: readonly string[];
}

/** Messages are cut to this length before any pattern runs. */
export const MESSAGE_SCAN_LENGTH = 500;

/**
 * Message refinements, first match wins. Never applied to a logical code: the vendor's own code decides.
 * Sources: the vendor page ("Token has expired"), Hasura (`Could not verify JWT: JWTExpired`, the
 * Postgres constraint prefixes, the webhook failure), the login page (`Wrong username/password`). `action`
 * only where it is not the category's; `TALVIEW_MESSAGE_RULES` spells every one out.
 */
export const MESSAGE_RULES: readonly MessageRule[] = defineRules([
  {
    pattern:
      /\btoken (?:has |is )?expired\b|\bJWTExpired\b|\bjwt (?:has |is )?expired\b|\bexpired (?:access )?token\b/i,
    category: "authentication",
    reason: "TOKEN_EXPIRED",
    action: "refresh_token",
  },
  {
    pattern:
      /wrong username ?\/ ?password|invalid (?:username|email) or password|invalid credentials|incorrect (?:username|password)/i,
    category: "authentication",
    reason: "INVALID_CREDENTIALS",
  },
  {
    pattern: /missing '?authorization'?(?: or '?cookie'?)? header/i,
    category: "authentication",
    reason: "MISSING_TOKEN",
    action: "refresh_token",
  },
  {
    pattern: /^uniqueness violation/i,
    codes: ["constraint-violation"],
    category: "conflict",
    reason: "UNIQUENESS_VIOLATION",
  },
  {
    pattern: /^exclusion violation/i,
    codes: ["constraint-violation"],
    category: "conflict",
    reason: "EXCLUSION_VIOLATION",
  },
  {
    pattern: /^not-null violation/i,
    codes: ["constraint-violation"],
    category: "invalid_request",
    reason: "NOT_NULL_VIOLATION",
  },
  {
    pattern: /^foreign key violation/i,
    codes: ["constraint-violation"],
    category: "invalid_request",
    reason: "FOREIGN_KEY_VIOLATION",
  },
  {
    pattern: /^check constraint violation/i,
    codes: ["constraint-violation"],
    category: "invalid_request",
    reason: "CHECK_VIOLATION",
  },
  {
    pattern: /http exception when calling webhook/i,
    codes: ["unexpected"],
    category: "unavailable",
    reason: "ACTION_HANDLER_UNREACHABLE",
  },
  {
    pattern: /^too many requests\b/i,
    category: "rate_limited",
    reason: "RATE_LIMITED",
  },
] as const satisfies readonly MessageRule[]);

/**
 * Text that must never reach an end user: Hasura and Postgres internals (variable names, JSON paths,
 * constraint names, SQL fragments, JWT diagnostics). A vendor message matching one of these is replaced
 * by the category's safe message.
 */
export const INTERNAL_DETAIL_PATTERN =
  /non-nullable variable|\$\.|selectionSet|query_root|mutation_root|violates [a-z-]+ constraint|constraint "|duplicate key|\bsql\b|postgres|syntax for type|input value for enum|JWS|JWT|x-hasura-|webhook/i;
