import { defineRules } from "@errnorm/core/adapter";

/** Where a rule's text comes from. */
export type Evidence = "documented" | "observed" | "inferred";

/** Why a message rule exists: one real message it matches, verbatim, and where that message comes from. */
export interface MessageEvidence {
  /** One real message the rule matches, verbatim. */
  readonly example: string;
  readonly label: Evidence;
  readonly source: string;
}

const PY = "ib1984/py-talentlms talentlms/exceptions.py (research/vendors.md §1)";
const HTTPS_GUESS = "vendor page 'HTTPS required' (the body is undocumented; wording guessed)";

const observed = (example: string, source = PY): MessageEvidence => ({ example, label: "observed", source });
const inferred = (example: string, source: string): MessageEvidence => ({ example, label: "inferred", source });

/**
 * The evidence behind each message rule, keyed by the rule's `equals` (or `startsWith`) text. Documentation
 * only: the parser never reads it; `TALENTLMS_MESSAGE_RULES` joins it to the rules.
 */
export const TALENTLMS_MESSAGE_EVIDENCE: Readonly<Record<string, MessageEvidence>> = /* @__PURE__ */ defineRules({
  "the requested user does not exist": observed(
    "The requested user does not exist",
    `${PY}; greenriver/hmis-warehouse Talentlms::Facade`,
  ),
  "the requested course does not exist": observed("The requested course does not exist"),
  "the requested branch does not exist": observed("The requested branch does not exist"),
  "the requested category does not exist": observed("The requested category does not exist"),
  "the requested group does not exist": observed("The requested group does not exist"),
  "the requested unit does not exist": observed("The requested unit does not exist"),
  "there is no group with such key": observed("There is no group with such key"),
  "invalid arguments provided": observed("Invalid arguments provided"),
  "the requested api action does not exist": observed("The requested API action does not exist"),
  "a user with the same email address already exists": observed("A user with the same email address already exists"),
  "a user with the same login already exists": observed("A user with the same login already exists"),
  "the requested user is no longer available": observed("The requested user is no longer available"),
  "the requested user is already enrolled in this course": observed(
    "The requested user is already enrolled in this course",
  ),
  "the requested user is already a member of this branch": observed(
    "The requested user is already a member of this branch",
  ),
  "the requested user is already a member of this group": observed(
    "The requested user is already a member of this group",
  ),
  "the requested course is already a member of this branch": observed(
    "The requested course is already a member of this branch",
  ),
  "the requested course is already a member of this group": observed(
    "The requested course is already a member of this group",
  ),
  "the requested user is not enrolled in this course": observed("The requested user is not enrolled in this course"),
  "the requested user is not a member of this branch": observed("The requested user is not a member of this branch"),
  "the requested user is not a member of this group": observed("The requested user is not a member of this group"),
  "user does not have a progress registered for the ": observed(
    "User does not have a progress registered for the test",
    `${PY} (test and survey variants)`,
  ),
  "your login or password is incorrect": observed(
    "Your login or password is incorrect. Please try again, making sure that CAPS LOCK key is off",
  ),
  "your account is inactive": observed(
    "Your account is inactive. Please activate the account using the instructions sent to you via e-mail. If you did not receive the e-mail, check your spam folder.",
  ),
  "password is not strong enough": observed(
    "Password is not strong enough (should have at least (1) upper case letter, at least (1) lower case letter, at least (1) number, at least (8) characters in length)",
  ),
  "a required parameter is missing or an invalid type was supplied": {
    example: "A required parameter is missing or an invalid type was supplied.",
    label: "documented",
    source: "developers.talentlms.io/errors example body (fixture T10)",
  },
  "invalid api key": inferred(
    "Invalid API key provided",
    "losol/eventuras TalentLmsApiService (v1 docs' 401 phrase; the literal body is unconfirmed, fixture T7)",
  ),
  "api key is malformed": inferred("API key is malformed", "vendor page 401 list ('The API key is malformed')"),
  "api key is invalid": inferred("API key is invalid or has been revoked", "vendor page 401 list"),
  "no api key provided": inferred(
    "No API key provided",
    "vendor page 401 list ('The X-API-Key header is missing'); @errnorm/testkit emulator",
  ),
  "api key is missing": inferred("API key is missing", "vendor page 401 list"),
  "missing api key": inferred("Missing API key", "vendor page 401 list"),
  "the x-api-key header is missing": inferred("The X-API-Key header is missing.", "vendor page 401 list, verbatim"),
  "api is not enabled": inferred(
    "API is not enabled for the specified domain or the domain is currently inactive",
    "losol/eventuras TalentLmsApiService (v1 docs' 403 phrase, fixture T8)",
  ),
  "the api is not enabled": inferred(
    "The API is not enabled for your domain, or the domain is inactive.",
    "vendor page 403 row wording",
  ),
  "the request body or parameters are malformed": inferred(
    "The request body or parameters are malformed and could not be processed.",
    "vendor page 422 row wording",
  ),
  "too many requests": inferred("Too many requests. You have exceeded the rate limit", "vendor page 429 row wording"),
  "https is required": inferred("HTTPS is required", HTTPS_GUESS),
  "https required": inferred("HTTPS required", HTTPS_GUESS),
  "requests must use https": inferred("Requests must use HTTPS.", HTTPS_GUESS),
  "please use https": inferred("Please use HTTPS", HTTPS_GUESS),
  "ssl is required": inferred("SSL is required", HTTPS_GUESS),
  // The generic rule: starts with "the requested ", ends with " does not exist".
  "the requested ": inferred(
    "The requested resource (e.g. user) does not exist",
    "v1 docs' 404 phrase via losol/eventuras; the pattern of every v1 not-found message",
  ),
});
