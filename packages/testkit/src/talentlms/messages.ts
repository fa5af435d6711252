/** TalentLMS error types (`type` field of every error body). */
export type TalentlmsErrorType = "invalid_request_error" | "api_error";

/**
 * Every message the emulator sends, with its provenance. v1 strings come from client libraries that match on
 * them (research/vendors.md, `ib1984/py-talentlms` exceptions.py, `greenriver/hmis-warehouse`, `losol/eventuras`).
 */
export const TALENTLMS_MESSAGES = {
  /** [V] py-talentlms, greenriver (fixture T1). */
  userNotFound: "The requested user does not exist",
  /** [V] py-talentlms. */
  courseNotFound: "The requested course does not exist",
  /** [V] py-talentlms (fixture T2). */
  invalidArguments: "Invalid arguments provided",
  /** [V] py-talentlms (fixture T3). */
  unknownAction: "The requested API action does not exist",
  /** [V] py-talentlms (fixture T4). */
  alreadyEnrolled: "The requested user is already enrolled in this course",
  /** [V] py-talentlms. */
  duplicateEmail: "A user with the same email address already exists",
  /** [V] py-talentlms (fixture T5). */
  duplicateLogin: "A user with the same login already exists",
  /** [V-doc] status; text from eventuras' mapping (fixture T7) [I]. */
  invalidApiKey: "Invalid API key provided",
  /** [I] the docs say 401 when the key is missing; the literal text is not documented. */
  missingApiKey: "No API key provided",
  /** [V-doc] status; text from eventuras' mapping (fixture T8) [I]. */
  inactiveDomain: "API is not enabled for the specified domain or the domain is currently inactive",
  /** [I] (fixture T9). */
  internalError: "Internal server error",
  /** [I] wording of the docs' 429 row. */
  rateLimited: "Too many requests. You have exceeded the rate limit",
  /** [V-doc] v2 errors page example (fixture T10). */
  missingParameter: "A required parameter is missing or an invalid type was supplied.",
  /** [I] wording of the docs' 422 row. */
  malformedBody: "The request body or parameters are malformed and could not be processed.",
  /** [I] v2 has no documented text for an unknown route. */
  resourceNotFound: "The requested resource does not exist",
} as const satisfies Record<string, string>;

/** A TalentLMS error before it is shaped for v1 (wrapped) or v2 (flat). */
export interface TalentlmsError {
  readonly status: number;
  readonly type: TalentlmsErrorType;
  readonly message: string;
}

/** Builds a TalentLMS error; `type` defaults from the status (5xx -> api_error). */
export const talentlmsError = (status: number, message: string): TalentlmsError => ({
  status,
  type: status >= 500 ? "api_error" : "invalid_request_error",
  message,
});

/** The API generation a path belongs to: v1 wraps errors in `{"error":{...}}`, v2 sends them flat. */
export type ApiVersion = "v1" | "v2";

/** The error body in the shape each API generation uses. */
export const errorBody = (version: ApiVersion, error: TalentlmsError): unknown =>
  version === "v1"
    ? { error: { type: error.type, message: error.message } }
    : { type: error.type, message: error.message };
