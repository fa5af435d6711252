/**
 * Vendor payloads the emulators must reproduce, each with its evidence level and source
 * (ids T.. and W.. refer to /work/shared/research/vendors.md).
 */
export interface Fixture<T = unknown> {
  readonly evidence: "documented" | "observed" | "inferred";
  readonly source: string;
  readonly status: number;
  readonly body: T;
}

export const TALENTLMS = {
  v1UserNotFound: {
    evidence: "observed",
    source: "T1: message read by ib1984/py-talentlms and greenriver/hmis-warehouse; 404 status inferred",
    status: 404,
    body: { error: { type: "invalid_request_error", message: "The requested user does not exist" } },
  },
  v2UserNotFound: {
    evidence: "inferred",
    source: "v2 errors page: flat {type,message}; the message reuses the v1 string",
    status: 404,
    body: { type: "invalid_request_error", message: "The requested user does not exist" },
  },
  v1InvalidArguments: {
    evidence: "observed",
    source: "T2: py-talentlms exceptions.py; status inferred",
    status: 400,
    body: { error: { type: "invalid_request_error", message: "Invalid arguments provided" } },
  },
  v1UnknownAction: {
    evidence: "observed",
    source: "T3: py-talentlms exceptions.py; status inferred",
    status: 400,
    body: { error: { type: "invalid_request_error", message: "The requested API action does not exist" } },
  },
  v1AlreadyEnrolled: {
    evidence: "observed",
    source: "T4: py-talentlms exceptions.py",
    status: 400,
    body: {
      error: { type: "invalid_request_error", message: "The requested user is already enrolled in this course" },
    },
  },
  v1InvalidKey: {
    evidence: "inferred",
    source: "T7: status documented (TalentLMS errors page); text from losol/eventuras",
    status: 401,
    body: { error: { type: "invalid_request_error", message: "Invalid API key provided" } },
  },
  v1InactiveDomain: {
    evidence: "inferred",
    source: "T8: status documented (TalentLMS errors page); text from losol/eventuras",
    status: 403,
    body: {
      error: {
        type: "invalid_request_error",
        message: "API is not enabled for the specified domain or the domain is currently inactive",
      },
    },
  },
  v1InternalError: {
    evidence: "inferred",
    source: "T9",
    status: 500,
    body: { error: { type: "api_error", message: "Internal server error" } },
  },
  v2MissingParameter: {
    evidence: "documented",
    source: "T10: TalentLMS errors page example",
    status: 400,
    body: {
      type: "invalid_request_error",
      message: "A required parameter is missing or an invalid type was supplied.",
    },
  },
  v1AddUserToCourse: {
    evidence: "observed",
    source: "T15: addusertocourse answers with an array (Trifoia test, clintmasden, eventuras)",
    status: 200,
    body: [{ user_id: "2", course_id: "1", role: "learner" }],
  },
} as const satisfies Record<string, Fixture>;

export const TALVIEW = {
  missingVariable: {
    evidence: "observed",
    source: "W2: Hasura ValidationFailed text (hasura/graphql-engine) in Hasura's /v1/graphql envelope",
    status: 200,
    body: {
      errors: [
        {
          extensions: { path: "$", code: "validation-failed" },
          message: 'expecting a value for non-nullable variable: "external_id"',
        },
      ],
    },
  },
  jwtExpired: {
    evidence: "observed",
    source: "W4: CactuseSecurity firewall-orchestrator test log; Hasura source",
    status: 200,
    body: { errors: [{ extensions: { path: "$", code: "invalid-jwt" }, message: "Could not verify JWT: JWTExpired" }] },
  },
  tokenHasExpired: {
    evidence: "documented",
    source: "Talview error-codes page, 403 example (traceId varies)",
    status: 403,
    message: "Token has expired",
    body: undefined,
  },
  internalServerError: {
    evidence: "documented",
    source: "W6: Talview error-codes page, 500 example (traceId varies)",
    status: 500,
    message: "Internal Server Error",
    body: undefined,
  },
  candidateCreationFailed: {
    evidence: "documented",
    source: "W5: Talview error-codes page, 422 example (traceId varies)",
    status: 422,
    message: "Candidate Creation failed",
    body: undefined,
  },
  slotUnavailableProse: {
    evidence: "documented",
    source: "W9: Talview error-codes page, business logic example",
    status: 200,
    body: {
      data: { booking_create: { success: false, error_message: "No available slots for selected date", data: null } },
    },
  },
  wrongCredentials: {
    evidence: "documented",
    source: "W12: Talview integrations/Authentication page",
    status: 401,
    body: { error: "Wrong username/password" },
  },
  missingAuthorization: {
    evidence: "observed",
    source: "Hasura v2 JWT mode without a token (public Hasura deployments)",
    status: 200,
    body: {
      errors: [
        {
          extensions: { path: "$", code: "invalid-headers" },
          message: "Missing 'Authorization' or 'Cookie' header in JWT authentication mode",
        },
      ],
    },
  },
  restEndpointNotFound: {
    evidence: "observed",
    source: "W14: Hasura Server/Rest.hs",
    status: 404,
    body: { path: "$", error: "Endpoint not found", code: "not-found" },
  },
  webhookUnreachable: {
    evidence: "observed",
    source: "W15: Hasura action webhook failure",
    status: 200,
    body: {
      errors: [{ extensions: { path: "$", code: "unexpected" }, message: "http exception when calling webhook" }],
    },
  },
} as const satisfies Record<string, Fixture & { readonly message?: string }>;
