/**
 * What each reason this adapter gives means, in the vendor's words where it has them: one meaning per
 * (talentlms, reason). Documentation only: the parser never reads it. Reasons from core's fallbacks
 * (`HTTP_<n>`, transport failures) are described by core.
 */
export const TALENTLMS_REASON_NOTES: Readonly<Record<string, string>> = /* @__PURE__ */ Object.freeze({
  // Statuses the vendor documents (developers.talentlms.io/errors).
  BAD_REQUEST: "A required parameter is missing, or an invalid type was supplied.",
  API_KEY_REJECTED: "The API key is missing, incorrectly formatted, or invalid (the body does not say which).",
  API_NOT_ENABLED: "The API is not enabled for your domain, or the domain is inactive.",
  NOT_FOUND: "The requested resource does not exist (e.g. user, course, or branch ID not found).",
  UNPROCESSABLE_ENTITY: "The request body or parameters are malformed and could not be processed.",
  RATE_LIMITED: "Too many requests: the hourly plan quota or the 200-per-5-seconds burst cap was exceeded.",
  HTTP_500: "Internal server error: something went wrong on TalentLMS's side.",
  // The body's `type` inside a 2xx response.
  INVALID_REQUEST: "A 2xx response whose body is an `invalid_request_error` with no more specific message.",
  API_ERROR: "A 2xx response whose body is an `api_error` (server-side or unexpected issue).",
  // What neither the status nor the body decides.
  HTTPS_REQUIRED: "The request was sent over plain HTTP; TalentLMS requires HTTPS.",
  NOT_JSON_RESPONSE:
    "A 2xx response whose body is not JSON (an HTML page from a wrong subdomain, a proxy or a CDN): every TalentLMS success is JSON or empty.",
  UNRECOGNIZED_ERROR: "A 2xx response whose body holds an `error` that names no known type or message.",
  BODY_NOT_READ: "A 2xx response passed with its body still a stream: read it as text first, or use `fromFetch`.",
  BODY_READ_FAILED: "The response headers arrived but reading the body failed.",
  SUCCESS_RESPONSE_THROWN: "A successful response was thrown as if it were an error.",
  UNREADABLE_RESPONSE: "The response could not be read at all (a hostile or broken object).",
  // Vendor messages.
  USER_NOT_FOUND: "The user id or key does not exist.",
  COURSE_NOT_FOUND: "The course id or key does not exist.",
  BRANCH_NOT_FOUND: "The branch id or key does not exist.",
  CATEGORY_NOT_FOUND: "The category id or key does not exist.",
  GROUP_NOT_FOUND: "The group id or key does not exist.",
  UNIT_NOT_FOUND: "The unit id or key does not exist.",
  GROUP_KEY_NOT_FOUND: "No group has the group key that was entered.",
  INVALID_ARGUMENTS: "The parameters of the call are missing or invalid.",
  ACTION_NOT_FOUND: "The endpoint (v1 API action) does not exist: a wrong path.",
  USER_ALREADY_EXISTS: "A user with the same email address or login already exists.",
  USER_DELETED: "The user existed but was deleted.",
  ALREADY_ENROLLED: "The user is already enrolled in the course.",
  ALREADY_MEMBER: "The user or course is already a member of the branch or group.",
  NOT_ENROLLED: "The user is not enrolled in the course.",
  NOT_MEMBER: "The user is not a member of the branch or group.",
  PROGRESS_NOT_FOUND: "The user has no progress registered for the test or survey.",
  LOGIN_INCORRECT: "The user's login or password is wrong (userlogin).",
  ACCOUNT_INACTIVE: "The user's account is not activated yet.",
  WEAK_PASSWORD: "The new password does not meet the password policy.",
  API_KEY_INVALID: "The API key is invalid, revoked or malformed.",
  API_KEY_MISSING: "No API key was sent: send it in the X-API-Key header (v2) or as the Basic auth user name (v1).",
});
