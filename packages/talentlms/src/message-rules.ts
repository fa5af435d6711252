import { type Category, CATEGORY_POLICY } from "@errnorm/core";
import { type DecidedRule, defineRules } from "@errnorm/core/adapter";

/**
 * One vendor message and what it decides. Texts are compared after `normalizeMessage` (first 500 characters,
 * trimmed, lower case, runs of whitespace as one space, no trailing period): `equals` must be the whole
 * message, `startsWith` (and `endsWith` when given) anchor at the ends. No regular expressions. Where each
 * text comes from is in `TALENTLMS_MESSAGE_EVIDENCE`.
 */
export interface MessageMatcher extends DecidedRule {
  readonly equals?: string;
  readonly startsWith?: string;
  readonly endsWith?: string;
  /** The vendor's text is safe and helpful for end users (used as `userMessage`, never for 5xx). */
  readonly userSafe: boolean;
  /** The request field the message is about; it becomes a `fieldErrors` entry. */
  readonly field?: string;
}

type Anchor = "equals" | "startsWith";

/** A rule on `text`: the category's action, not safe for end users unless `extra` says so. */
const rule = (
  anchor: Anchor,
  text: string,
  category: Category,
  reason: string,
  extra?: Partial<MessageMatcher>,
): MessageMatcher => ({
  [anchor]: text,
  category,
  reason,
  action: CATEGORY_POLICY[category].action,
  userSafe: false,
  ...extra,
});

/** The same rule for each of `texts`. */
const rules = (
  anchor: Anchor,
  texts: readonly string[],
  category: Category,
  reason: string,
  extra?: Partial<MessageMatcher>,
) => texts.map((text) => rule(anchor, text, category, reason, extra));

const SAFE = { userSafe: true } as const;

const notFound = (thing: string): MessageMatcher =>
  rule("equals", `the requested ${thing} does not exist`, "not_found", `${thing.toUpperCase()}_NOT_FOUND`);

/**
 * Vendor messages that refine the category and reason at any status. Checked in order; the first match wins,
 * so specific texts come before the generic "The requested … does not exist".
 */
export const MESSAGE_RULES: readonly MessageMatcher[] = defineRules([
  ...["user", "course", "branch", "category", "group", "unit"].map(notFound),
  rule("equals", "there is no group with such key", "not_found", "GROUP_KEY_NOT_FOUND", SAFE),
  rule("equals", "invalid arguments provided", "invalid_request", "INVALID_ARGUMENTS"),
  rule("equals", "the requested api action does not exist", "invalid_request", "ACTION_NOT_FOUND"),
  rule("equals", "a user with the same email address already exists", "conflict", "USER_ALREADY_EXISTS", {
    userSafe: true,
    field: "email",
  }),
  rule("equals", "a user with the same login already exists", "conflict", "USER_ALREADY_EXISTS", {
    userSafe: true,
    field: "login",
  }),
  rule("equals", "the requested user is no longer available", "not_found", "USER_DELETED"),
  rule("equals", "the requested user is already enrolled in this course", "conflict", "ALREADY_ENROLLED", SAFE),
  ...rules(
    "equals",
    [
      "the requested user is already a member of this branch",
      "the requested user is already a member of this group",
      "the requested course is already a member of this branch",
      "the requested course is already a member of this group",
    ],
    "conflict",
    "ALREADY_MEMBER",
    SAFE,
  ),
  rule("equals", "the requested user is not enrolled in this course", "not_found", "NOT_ENROLLED", SAFE),
  ...rules(
    "equals",
    ["the requested user is not a member of this branch", "the requested user is not a member of this group"],
    "not_found",
    "NOT_MEMBER",
    SAFE,
  ),
  rule("startsWith", "user does not have a progress registered for the ", "not_found", "PROGRESS_NOT_FOUND"),
  rule("startsWith", "your login or password is incorrect", "authentication", "LOGIN_INCORRECT", SAFE),
  rule("startsWith", "your account is inactive", "authentication", "ACCOUNT_INACTIVE", {
    action: "check_account",
    userSafe: true,
  }),
  rule("startsWith", "password is not strong enough", "invalid_request", "WEAK_PASSWORD", {
    userSafe: true,
    field: "password",
  }),
  rule("equals", "a required parameter is missing or an invalid type was supplied", "invalid_request", "BAD_REQUEST"),
  ...rules(
    "startsWith",
    ["invalid api key", "api key is malformed", "api key is invalid"],
    "authentication",
    "API_KEY_INVALID",
  ),
  ...rules(
    "startsWith",
    ["no api key provided", "api key is missing", "missing api key", "the x-api-key header is missing"],
    "authentication",
    "API_KEY_MISSING",
  ),
  ...rules("startsWith", ["api is not enabled", "the api is not enabled"], "permission", "API_NOT_ENABLED"),
  rule("startsWith", "the request body or parameters are malformed", "invalid_request", "UNPROCESSABLE_ENTITY"),
  rule("startsWith", "too many requests", "rate_limited", "RATE_LIMITED"),
  ...rules(
    "startsWith",
    ["https is required", "https required", "requests must use https", "please use https", "ssl is required"],
    "invalid_request",
    "HTTPS_REQUIRED",
    { action: "use_https" },
  ),
  rule("startsWith", "the requested ", "not_found", "NOT_FOUND", { endsWith: " does not exist" }),
]);
