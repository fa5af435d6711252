/** The logical error codes Talview documents for business failures (error-codes page). */
export const TALVIEW_LOGICAL_CODES = [
  "VALIDATION_ERROR",
  "SLOT_UNAVAILABLE",
  "BOOKING_NOT_FOUND",
  "RESCHEDULE_NOT_ALLOWED",
  "PAYMENT_REQUIRED",
  "IDENTITY_VERIFICATION_FAILED",
] as const;

/** One of Talview's documented logical error codes. */
export type TalviewLogicalCode = (typeof TALVIEW_LOGICAL_CODES)[number];

/**
 * Prose for each code when `businessErrors: "prose"`. SLOT_UNAVAILABLE's text is the docs' own example
 * (research fixture W9); the others follow the docs' description column [I].
 */
export const TALVIEW_BUSINESS_PROSE = {
  VALIDATION_ERROR: "Input data failed validation",
  SLOT_UNAVAILABLE: "No available slots for selected date",
  BOOKING_NOT_FOUND: "The provided Booking ID does not exist",
  RESCHEDULE_NOT_ALLOWED: "Reschedule request violates business policy",
  PAYMENT_REQUIRED: "Payment is required before the action can proceed",
  IDENTITY_VERIFICATION_FAILED: "Identity documents or photo failed verification",
} as const satisfies Record<TalviewLogicalCode, string>;

/** Hasura's own messages (hasura/graphql-engine source and observed payloads; research section 3). */
export const HASURA_MESSAGES = {
  /** [V] W4: Hasura's JWT expiry message. */
  jwtExpired: "Could not verify JWT: JWTExpired",
  /** [V] a well-formed token with a bad signature or unknown to the server. */
  jwtInvalidSignature: "Could not verify JWT: JWSError JWSInvalidSignature",
  /** [V] newer Hasura v2 wording when no Authorization header is sent in JWT mode. */
  missingAuthorization: "Missing 'Authorization' or 'Cookie' header in JWT authentication mode",
  /** [I] Hasura's text for an Authorization header that is not `Bearer <token>`. */
  malformedAuthorization: "Malformed Authorization header",
  /** [V] W14: unknown RESTified endpoint. */
  endpointNotFound: "Endpoint not found",
} as const satisfies Record<string, string>;

/** [V] Hasura's ValidationFailed text for a missing non-null variable (the docs' 400 example, W1/W2). */
export const missingVariableMessage = (name: string): string =>
  `expecting a value for non-nullable variable: "${name}"`;

/** [V] Hasura's text for a token that is not three dot-separated parts. */
export const compactDecodeMessage = (parts: number): string =>
  `Could not verify JWT: JWSError (CompactDecodeError Invalid number of parts: Expected 3 parts; got ${parts})`;

/**
 * Messages of the documented bare bodies `{"extensions":{"code":<status>,"traceId"},"message"}`. 400, 403, 422
 * and 500 are the docs' own examples; the docs leave 401, 429 and 502 as "..." so those are [I].
 */
export const TALVIEW_DOCUMENTED_MESSAGES = {
  400: missingVariableMessage("external_id"),
  401: "Invalid or missing access token",
  403: "Token has expired",
  422: "Candidate Creation failed",
  429: "Too Many Requests",
  500: "Internal Server Error",
  502: "Server Timed Out",
} as const satisfies Record<number, string>;

/** A status the Talview docs give a bare-body example for. */
export type TalviewDocumentedStatus = keyof typeof TALVIEW_DOCUMENTED_MESSAGES;

/** [V-doc] the REST login's 401 body text (research W12). */
export const WRONG_CREDENTIALS = "Wrong username/password";
/** [I] no refresh endpoint is documented; the emulator answers like the login does. */
export const INVALID_REFRESH_TOKEN = "Invalid refresh token";
