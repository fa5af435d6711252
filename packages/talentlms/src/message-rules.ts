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

const notFound = (thing: string, reason: string): MessageMatcher => ({
  equals: `the requested ${thing} does not exist`,
  category: "not_found",
  reason,
  action: "fix_request",
  userSafe: false,
});

const membership = (equals: string, reason: "ALREADY_MEMBER" | "ALREADY_ENROLLED"): MessageMatcher => ({
  equals,
  category: "conflict",
  reason,
  action: "fix_request",
  userSafe: true,
});

const notMember = (equals: string, reason: "NOT_MEMBER" | "NOT_ENROLLED"): MessageMatcher => ({
  equals,
  category: "not_found",
  reason,
  action: "fix_request",
  userSafe: true,
});

const API_KEY_MISSING = {
  category: "authentication",
  reason: "API_KEY_MISSING",
  action: "check_credentials",
  userSafe: false,
} as const;
const API_KEY_INVALID = {
  category: "authentication",
  reason: "API_KEY_INVALID",
  action: "check_credentials",
  userSafe: false,
} as const;
const API_NOT_ENABLED = {
  category: "permission",
  reason: "API_NOT_ENABLED",
  action: "check_account",
  userSafe: false,
} as const;
const HTTPS_REQUIRED = {
  category: "invalid_request",
  reason: "HTTPS_REQUIRED",
  action: "use_https",
  userSafe: false,
} as const;

/**
 * Vendor messages that refine the category and reason at any status. Checked in order; the first match wins,
 * so specific texts come before the generic "The requested … does not exist".
 */
export const MESSAGE_RULES: readonly MessageMatcher[] = defineRules([
  notFound("user", "USER_NOT_FOUND"),
  notFound("course", "COURSE_NOT_FOUND"),
  notFound("branch", "BRANCH_NOT_FOUND"),
  notFound("category", "CATEGORY_NOT_FOUND"),
  notFound("group", "GROUP_NOT_FOUND"),
  notFound("unit", "UNIT_NOT_FOUND"),
  {
    equals: "there is no group with such key",
    category: "not_found",
    reason: "GROUP_KEY_NOT_FOUND",
    action: "fix_request",
    userSafe: true,
  },
  {
    equals: "invalid arguments provided",
    category: "invalid_request",
    reason: "INVALID_ARGUMENTS",
    action: "fix_request",
    userSafe: false,
  },
  {
    equals: "the requested api action does not exist",
    category: "invalid_request",
    reason: "ACTION_NOT_FOUND",
    action: "fix_request",
    userSafe: false,
  },
  {
    equals: "a user with the same email address already exists",
    category: "conflict",
    reason: "USER_ALREADY_EXISTS",
    action: "fix_request",
    userSafe: true,
    field: "email",
  },
  {
    equals: "a user with the same login already exists",
    category: "conflict",
    reason: "USER_ALREADY_EXISTS",
    action: "fix_request",
    userSafe: true,
    field: "login",
  },
  {
    equals: "the requested user is no longer available",
    category: "not_found",
    reason: "USER_DELETED",
    action: "fix_request",
    userSafe: false,
  },
  membership("the requested user is already enrolled in this course", "ALREADY_ENROLLED"),
  membership("the requested user is already a member of this branch", "ALREADY_MEMBER"),
  membership("the requested user is already a member of this group", "ALREADY_MEMBER"),
  membership("the requested course is already a member of this branch", "ALREADY_MEMBER"),
  membership("the requested course is already a member of this group", "ALREADY_MEMBER"),
  notMember("the requested user is not enrolled in this course", "NOT_ENROLLED"),
  notMember("the requested user is not a member of this branch", "NOT_MEMBER"),
  notMember("the requested user is not a member of this group", "NOT_MEMBER"),
  {
    startsWith: "user does not have a progress registered for the ",
    category: "not_found",
    reason: "PROGRESS_NOT_FOUND",
    action: "fix_request",
    userSafe: false,
  },
  {
    startsWith: "your login or password is incorrect",
    category: "authentication",
    reason: "LOGIN_INCORRECT",
    action: "check_credentials",
    userSafe: true,
  },
  {
    startsWith: "your account is inactive",
    category: "authentication",
    reason: "ACCOUNT_INACTIVE",
    action: "check_account",
    userSafe: true,
  },
  {
    startsWith: "password is not strong enough",
    category: "invalid_request",
    reason: "WEAK_PASSWORD",
    action: "fix_request",
    userSafe: true,
    field: "password",
  },
  {
    equals: "a required parameter is missing or an invalid type was supplied",
    category: "invalid_request",
    reason: "BAD_REQUEST",
    action: "fix_request",
    userSafe: false,
  },
  { startsWith: "invalid api key", ...API_KEY_INVALID },
  { startsWith: "api key is malformed", ...API_KEY_INVALID },
  { startsWith: "api key is invalid", ...API_KEY_INVALID },
  { startsWith: "no api key provided", ...API_KEY_MISSING },
  { startsWith: "api key is missing", ...API_KEY_MISSING },
  { startsWith: "missing api key", ...API_KEY_MISSING },
  { startsWith: "the x-api-key header is missing", ...API_KEY_MISSING },
  { startsWith: "api is not enabled", ...API_NOT_ENABLED },
  { startsWith: "the api is not enabled", ...API_NOT_ENABLED },
  {
    startsWith: "the request body or parameters are malformed",
    category: "invalid_request",
    reason: "UNPROCESSABLE_ENTITY",
    action: "fix_request",
    userSafe: false,
  },
  {
    startsWith: "too many requests",
    category: "rate_limited",
    reason: "RATE_LIMITED",
    action: "retry",
    userSafe: false,
  },
  { startsWith: "https is required", ...HTTPS_REQUIRED },
  { startsWith: "https required", ...HTTPS_REQUIRED },
  { startsWith: "requests must use https", ...HTTPS_REQUIRED },
  { startsWith: "please use https", ...HTTPS_REQUIRED },
  { startsWith: "ssl is required", ...HTTPS_REQUIRED },
  {
    startsWith: "the requested ",
    endsWith: " does not exist",
    category: "not_found",
    reason: "NOT_FOUND",
    action: "fix_request",
    userSafe: false,
  },
] satisfies MessageMatcher[]);
