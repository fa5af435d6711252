import { LIMITS } from "@errnorm/core";
import { lookupRule } from "@errnorm/core/adapter";
import { HASURA_RULES, LOGICAL_RULES, type LogicalRule } from "./tables.js";

/** A vendor code as sent: numeric (HTTP-like) or text (Hasura, logical, custom). */
export type VendorCode = number | string;

const DIGITS = /^\d{3}$/;

/** `403` and `"403"` are the same numeric code; other text is trimmed and bounded; anything else is none. */
export const normalizeCode = (value: unknown): VendorCode | undefined => {
  if (typeof value === "number") return Number.isInteger(value) && value >= 100 && value <= 999 ? value : undefined;
  if (typeof value !== "string") return undefined;
  const code = value.slice(0, 100).trim();
  if (code === "") return undefined;
  return DIGITS.test(code) ? Number(code) : code;
};

/** A code of Hasura's (`"invalid-jwt"`): a body that carries one is an error whatever its text says. */
export const isHasuraCode = (value: unknown): boolean => lookupRule(HASURA_RULES, normalizeCode(value)) !== undefined;

/** `SLOT_UNAVAILABLE`, `slot-unavailable` and `Slot Unavailable` all name the same logical code. */
export const logicalCodeOf = (code: string): LogicalRule | undefined =>
  lookupRule<LogicalRule>(LOGICAL_RULES, code) ??
  lookupRule<LogicalRule>(LOGICAL_RULES, code.toUpperCase().replace(/[^A-Z0-9]+/g, "_"));

/** An UPPER_SNAKE code with at least one underscore: `NEW_RULE_CODE`, never an ordinary shouted word. */
export const isCodeShaped = (text: string): boolean => /^[A-Z][A-Z0-9]{0,62}_[A-Z0-9_]{1,62}$/.test(text);

// `CODE`, `CODE: text`, `[CODE] text`, `CODE - text`, `CODE | text` at the start of a message.
const LEADING_CODE = /^\[?([A-Z][A-Z0-9_]{1,63})\]?(?:[ \t]*[:|\u2013\u2014-][ \t]*|[ \t]+|$)/;

/** A code at the start of a message and the text after it; only known logical codes or code-shaped words. */
export const leadingCode = (message: string): { readonly code: string; readonly rest: string } | undefined => {
  const match = LEADING_CODE.exec(message.slice(0, 80));
  const code = match?.[1];
  if (!match || !code || !(logicalCodeOf(code) || isCodeShaped(code))) return undefined;
  return { code, rest: message.slice(match[0].length) };
};

/**
 * The documented cleaning of a vendor message before it is shown to a user: a leading code and its
 * separator are removed (`"SLOT_UNAVAILABLE: Slot taken"` becomes `"Slot taken"`) and surrounding whitespace
 * trimmed. The error cuts it to `LIMITS.userMessageLength` with an ellipsis.
 */
export const cleanVendorMessage = (message: string): string => {
  const trimmed = message.slice(0, LIMITS.userMessageLength * 4).trim();
  return (leadingCode(trimmed)?.rest ?? trimmed).trim();
};
