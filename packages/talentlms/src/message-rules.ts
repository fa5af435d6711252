import { frozen } from "./safe.js";
import type { TalentlmsRule } from "./tables.js";

/** Where a rule's text comes from. */
export type Evidence = "documented" | "observed" | "inferred";

/**
 * One vendor message and what it means. Texts are compared after `normalizeMessage` (first 500 characters,
 * trimmed, lower case, runs of whitespace as one space, no trailing period): `equals` must be the whole
 * message, `startsWith` (and `endsWith` when given) anchor at the ends. No regular expressions.
 */
export interface MessageRule extends TalentlmsRule {
  readonly equals?: string;
  readonly startsWith?: string;
  readonly endsWith?: string;
  /** The vendor's text is safe and helpful for end users (used as `userMessage`, never for 5xx). */
  readonly userSafe: boolean;
  /** The request field the message is about; it becomes a `fieldErrors` entry. */
  readonly field?: string;
  /** One real message the rule matches, verbatim. */
  readonly example: string;
  readonly label: Evidence;
  readonly source: string;
}

const PY = "ib1984/py-talentlms talentlms/exceptions.py (research/vendors.md §1)";

const notFound = (thing: string, reason: string, source = PY): MessageRule => ({
  equals: `the requested ${thing} does not exist`,
  category: "not_found",
  reason,
  action: "fix_request",
  meaning: `The ${thing} id or key does not exist.`,
  userSafe: false,
  example: `The requested ${thing} does not exist`,
  label: "observed",
  source,
});

const membership = (equals: string, example: string, reason: "ALREADY_MEMBER" | "ALREADY_ENROLLED"): MessageRule => ({
  equals,
  category: "conflict",
  reason,
  action: "fix_request",
  meaning: reason === "ALREADY_ENROLLED" ? "The user is already enrolled in the course." : "The user or course is already a member of the branch or group.",
  userSafe: true,
  example,
  label: "observed",
  source: PY,
});

const notMember = (equals: string, example: string, reason: "NOT_MEMBER" | "NOT_ENROLLED"): MessageRule => ({
  equals,
  category: "not_found",
  reason,
  action: "fix_request",
  meaning: reason === "NOT_ENROLLED" ? "The user is not enrolled in the course." : "The user is not a member of the branch or group.",
  userSafe: true,
  example,
  label: "observed",
  source: PY,
});

const inferred = (rule: Omit<MessageRule, "label">): MessageRule => ({ ...rule, label: "inferred" });

const API_KEY_MISSING = {
  category: "authentication",
  reason: "API_KEY_MISSING",
  action: "check_credentials",
  meaning: "No API key was sent: send it in the X-API-Key header (v2) or as the Basic auth user name (v1).",
  userSafe: false,
} as const;

const API_KEY_INVALID = {
  category: "authentication",
  reason: "API_KEY_INVALID",
  action: "check_credentials",
  meaning: "The API key is invalid, revoked or malformed.",
  userSafe: false,
} as const;

const HTTPS_REQUIRED = {
  category: "invalid_request",
  reason: "HTTPS_REQUIRED",
  action: "use_https",
  meaning: "The request was sent over plain HTTP; TalentLMS requires HTTPS.",
  userSafe: false,
  source: "vendor page 'HTTPS required' (the body is undocumented; wording guessed)",
} as const;

/**
 * Vendor messages that refine the category and reason at any status. Checked in order; the first match wins,
 * so specific texts come before the generic "The requested … does not exist".
 */
export const TALENTLMS_MESSAGE_RULES: readonly MessageRule[] = frozen([
  notFound("user", "USER_NOT_FOUND", `${PY}; greenriver/hmis-warehouse Talentlms::Facade`),
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
    meaning: "No group has the group key that was entered.",
    userSafe: true,
    example: "There is no group with such key",
    label: "observed",
    source: PY,
  },
  {
    equals: "invalid arguments provided",
    category: "invalid_request",
    reason: "INVALID_ARGUMENTS",
    action: "fix_request",
    meaning: "The parameters of the call are missing or invalid.",
    userSafe: false,
    example: "Invalid arguments provided",
    label: "observed",
    source: PY,
  },
  {
    equals: "the requested api action does not exist",
    category: "invalid_request",
    reason: "ACTION_NOT_FOUND",
    action: "fix_request",
    meaning: "The endpoint (v1 API action) does not exist: a wrong path.",
    userSafe: false,
    example: "The requested API action does not exist",
    label: "observed",
    source: PY,
  },
  {
    equals: "a user with the same email address already exists",
    category: "conflict",
    reason: "USER_ALREADY_EXISTS",
    action: "fix_request",
    meaning: "A user with the same email address or login already exists.",
    userSafe: true,
    field: "email",
    example: "A user with the same email address already exists",
    label: "observed",
    source: PY,
  },
  {
    equals: "a user with the same login already exists",
    category: "conflict",
    reason: "USER_ALREADY_EXISTS",
    action: "fix_request",
    meaning: "A user with the same email address or login already exists.",
    userSafe: true,
    field: "login",
    example: "A user with the same login already exists",
    label: "observed",
    source: PY,
  },
  {
    equals: "the requested user is no longer available",
    category: "not_found",
    reason: "USER_DELETED",
    action: "fix_request",
    meaning: "The user existed but was deleted.",
    userSafe: false,
    example: "The requested user is no longer available",
    label: "observed",
    source: PY,
  },
  membership("the requested user is already enrolled in this course", "The requested user is already enrolled in this course", "ALREADY_ENROLLED"),
  membership("the requested user is already a member of this branch", "The requested user is already a member of this branch", "ALREADY_MEMBER"),
  membership("the requested user is already a member of this group", "The requested user is already a member of this group", "ALREADY_MEMBER"),
  membership("the requested course is already a member of this branch", "The requested course is already a member of this branch", "ALREADY_MEMBER"),
  membership("the requested course is already a member of this group", "The requested course is already a member of this group", "ALREADY_MEMBER"),
  notMember("the requested user is not enrolled in this course", "The requested user is not enrolled in this course", "NOT_ENROLLED"),
  notMember("the requested user is not a member of this branch", "The requested user is not a member of this branch", "NOT_MEMBER"),
  notMember("the requested user is not a member of this group", "The requested user is not a member of this group", "NOT_MEMBER"),
  {
    startsWith: "user does not have a progress registered for the ",
    category: "not_found",
    reason: "PROGRESS_NOT_FOUND",
    action: "fix_request",
    meaning: "The user has no progress registered for the test or survey.",
    userSafe: false,
    example: "User does not have a progress registered for the test",
    label: "observed",
    source: `${PY} (test and survey variants)`,
  },
  {
    startsWith: "your login or password is incorrect",
    category: "authentication",
    reason: "LOGIN_INCORRECT",
    action: "check_credentials",
    meaning: "The user's login or password is wrong (userlogin).",
    userSafe: true,
    example: "Your login or password is incorrect. Please try again, making sure that CAPS LOCK key is off",
    label: "observed",
    source: PY,
  },
  {
    startsWith: "your account is inactive",
    category: "authentication",
    reason: "ACCOUNT_INACTIVE",
    action: "check_account",
    meaning: "The user's account is not activated yet.",
    userSafe: true,
    example:
      "Your account is inactive. Please activate the account using the instructions sent to you via e-mail. If you did not receive the e-mail, check your spam folder.",
    label: "observed",
    source: PY,
  },
  {
    startsWith: "password is not strong enough",
    category: "invalid_request",
    reason: "WEAK_PASSWORD",
    action: "fix_request",
    meaning: "The new password does not meet the password policy.",
    userSafe: true,
    field: "password",
    example:
      "Password is not strong enough (should have at least (1) upper case letter, at least (1) lower case letter, at least (1) number, at least (8) characters in length)",
    label: "observed",
    source: PY,
  },
  {
    equals: "a required parameter is missing or an invalid type was supplied",
    category: "invalid_request",
    reason: "BAD_REQUEST",
    action: "fix_request",
    meaning: "A required parameter is missing, or an invalid type was supplied.",
    userSafe: false,
    example: "A required parameter is missing or an invalid type was supplied.",
    label: "documented",
    source: "developers.talentlms.io/errors example body (fixture T10)",
  },
  inferred({
    startsWith: "invalid api key",
    ...API_KEY_INVALID,
    example: "Invalid API key provided",
    source: "losol/eventuras TalentLmsApiService (v1 docs' 401 phrase; the literal body is unconfirmed, fixture T7)",
  }),
  inferred({ startsWith: "api key is malformed", ...API_KEY_INVALID, example: "API key is malformed", source: "vendor page 401 list ('The API key is malformed')" }),
  inferred({ startsWith: "api key is invalid", ...API_KEY_INVALID, example: "API key is invalid or has been revoked", source: "vendor page 401 list" }),
  inferred({ startsWith: "no api key provided", ...API_KEY_MISSING, example: "No API key provided", source: "vendor page 401 list ('The X-API-Key header is missing'); @errnorm/testkit emulator" }),
  inferred({ startsWith: "api key is missing", ...API_KEY_MISSING, example: "API key is missing", source: "vendor page 401 list" }),
  inferred({ startsWith: "missing api key", ...API_KEY_MISSING, example: "Missing API key", source: "vendor page 401 list" }),
  inferred({ startsWith: "the x-api-key header is missing", ...API_KEY_MISSING, example: "The X-API-Key header is missing.", source: "vendor page 401 list, verbatim" }),
  inferred({
    startsWith: "api is not enabled",
    category: "permission",
    reason: "API_NOT_ENABLED",
    action: "check_account",
    meaning: "The API is not enabled for your domain, or the domain is inactive.",
    userSafe: false,
    example: "API is not enabled for the specified domain or the domain is currently inactive",
    source: "losol/eventuras TalentLmsApiService (v1 docs' 403 phrase, fixture T8)",
  }),
  inferred({
    startsWith: "the api is not enabled",
    category: "permission",
    reason: "API_NOT_ENABLED",
    action: "check_account",
    meaning: "The API is not enabled for your domain, or the domain is inactive.",
    userSafe: false,
    example: "The API is not enabled for your domain, or the domain is inactive.",
    source: "vendor page 403 row wording",
  }),
  inferred({
    startsWith: "the request body or parameters are malformed",
    category: "invalid_request",
    reason: "UNPROCESSABLE_ENTITY",
    action: "fix_request",
    meaning: "The request body or parameters are malformed and could not be processed.",
    userSafe: false,
    example: "The request body or parameters are malformed and could not be processed.",
    source: "vendor page 422 row wording",
  }),
  inferred({
    startsWith: "too many requests",
    category: "rate_limited",
    reason: "RATE_LIMITED",
    action: "retry",
    meaning: "Too many requests: the hourly plan quota or the 200-per-5-seconds burst cap was exceeded.",
    userSafe: false,
    example: "Too many requests. You have exceeded the rate limit",
    source: "vendor page 429 row wording",
  }),
  inferred({ startsWith: "https is required", ...HTTPS_REQUIRED, example: "HTTPS is required" }),
  inferred({ startsWith: "https required", ...HTTPS_REQUIRED, example: "HTTPS required" }),
  inferred({ startsWith: "requests must use https", ...HTTPS_REQUIRED, example: "Requests must use HTTPS." }),
  inferred({ startsWith: "please use https", ...HTTPS_REQUIRED, example: "Please use HTTPS" }),
  inferred({ startsWith: "ssl is required", ...HTTPS_REQUIRED, example: "SSL is required" }),
  inferred({
    startsWith: "the requested ",
    endsWith: " does not exist",
    category: "not_found",
    reason: "NOT_FOUND",
    action: "fix_request",
    meaning: "The requested resource does not exist (e.g. user, course, or branch ID not found).",
    userSafe: false,
    example: "The requested resource (e.g. user) does not exist",
    source: "v1 docs' 404 phrase via losol/eventuras; the pattern of every v1 not-found message",
  }),
] satisfies MessageRule[]);
