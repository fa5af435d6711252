import type { NormalizedErrorJson } from "@errnorm/core";

/** One `errnorm explain` run on a fixture file and what it must print. */
export interface ExplainCase {
  readonly name: string;
  readonly file: string;
  readonly args?: readonly string[];
  /** Where the payload comes from (the adapters' fixture ids and their sources). */
  readonly label: "documented" | "observed" | "inferred";
  readonly source: string;
  /** Fields the `--json` output must have (a subset of `toJSON()`); `undefined` for a success. */
  readonly error?: Partial<NormalizedErrorJson>;
  /** Text the table output must contain. */
  readonly table: readonly string[];
}

export const EXPLAIN_CASES: readonly ExplainCase[] = [
  {
    name: "TalentLMS v1 wrapped 404 body with --status",
    file: "explain/talentlms-user-not-found.json",
    args: ["--status", "404"],
    label: "observed",
    source: "talentlms fixture T1 (research/vendors.md §1 T1; py-talentlms exceptions.py)",
    error: {
      vendor: "talentlms",
      status: 404,
      category: "not_found",
      reason: "USER_NOT_FOUND",
      action: "fix_request",
      retryable: false,
      vendorCode: "invalid_request_error",
    },
    table: [
      "talentlms (detected: a wrapped TalentLMS error (`error.type`))",
      "404 (--status)",
      "USER_NOT_FOUND",
      "The requested user does not exist",
    ],
  },
  {
    name: "TalentLMS body without a status: 200 assumed, the message decides",
    file: "explain/talentlms-user-not-found.json",
    label: "observed",
    source: "talentlms fixture T1; T17 (error inside a 2xx)",
    error: { vendor: "talentlms", status: 200, category: "not_found", reason: "USER_NOT_FOUND" },
    table: ["200 (assumed: no status line and no --status)", "not_found"],
  },
  {
    name: "TalentLMS Laravel-style 422 with field errors",
    file: "explain/talentlms-laravel-422.json",
    args: ["--status", "422"],
    label: "inferred",
    source: "talentlms fixture T13b (research/vendors.md §1 T13, Laravel-style variant)",
    error: {
      vendor: "talentlms",
      status: 422,
      category: "invalid_request",
      reason: "UNPROCESSABLE_ENTITY",
      fieldErrors: [
        { field: "email", message: "The email must be a valid email address." },
        { field: "login", message: "The login has already been taken." },
        { field: "login", message: "The login may not be greater than 50 characters." },
      ],
    },
    table: ["email: The email must be a valid email address.", "login: The login has already been taken."],
  },
  {
    name: "TalentLMS raw 429 with rate-limit headers and a request id",
    file: "explain/talentlms-rate-limited.http",
    label: "documented",
    source: "talentlms fixture T12 (vendor page 'Rate limits'); x-request-id added",
    error: {
      vendor: "talentlms",
      status: 429,
      category: "rate_limited",
      reason: "RATE_LIMITED",
      retryable: true,
      action: "retry",
      traceId: "tlms-req-4411",
      rateLimit: { limit: 2000, remaining: 0 },
    },
    table: ["limit 2000, remaining 0", "tlms-req-4411", "│ retryable      │ yes"],
  },
  {
    name: "TalentLMS recognised by its X-RateLimit headers alone (plain-text 503)",
    file: "explain/talentlms-headers-only-503.http",
    label: "inferred",
    source: "talentlms fixture x503-plain-text-gateway; rate-limit headers as documented",
    error: { vendor: "talentlms", status: 503, category: "unavailable", reason: "HTTP_503", retryable: true },
    table: ["talentlms (detected: TalentLMS rate-limit headers (`X-RateLimit-*`))"],
  },
  {
    name: "TalentLMS HTML 502 from a proxy, vendor given",
    file: "explain/talentlms-proxy-502.http",
    args: ["--vendor", "talentlms"],
    label: "observed",
    source: "talentlms fixture T16b (nginx's stock page; losol/eventuras PR #139)",
    error: { vendor: "talentlms", status: 502, category: "unavailable", reason: "HTTP_502", retryable: true },
    table: ["talentlms (--vendor)", "HTML page"],
  },
  {
    name: "curl -i output with 100 Continue before the real head",
    file: "explain/talentlms-continue-401.http",
    label: "inferred",
    source: "talentlms fixture T7 (v1 docs' phrase) with the refused key echoed back, behind an interim 100 Continue",
    error: {
      vendor: "talentlms",
      status: 401,
      category: "authentication",
      reason: "API_KEY_INVALID",
      action: "check_credentials",
    },
    table: ["check_credentials"],
  },
  {
    name: "Talview Hasura invalid-jwt at HTTP 200",
    file: "explain/talview-invalid-jwt.json",
    label: "observed",
    source: "talview fixture W04 (Hasura issue #8659)",
    error: {
      vendor: "talview",
      status: 200,
      category: "authentication",
      reason: "TOKEN_EXPIRED",
      action: "refresh_token",
      vendorCode: "invalid-jwt",
    },
    table: ["talview (detected: a GraphQL `errors` array)", "refresh_token"],
  },
  {
    name: "Talview documented 403 bare body with traceId",
    file: "explain/talview-token-expired-403.http",
    label: "documented",
    source: "talview fixture doc-403-token-expired-bare-body (vendor page: HTTP Status Codes, 403)",
    error: {
      vendor: "talview",
      status: 403,
      category: "authentication",
      reason: "TOKEN_EXPIRED",
      traceId: "77020d7cb1",
    },
    table: ["talview (detected: a Hasura `extensions` object)", "77020d7cb1"],
  },
  {
    name: "Talview business failure in a success envelope at HTTP 200",
    file: "explain/talview-business-prose.json",
    label: "documented",
    source: "talview fixture W09 (vendor page: Business Logic Errors)",
    error: {
      vendor: "talview",
      status: 200,
      category: "business_rule",
      reason: "BUSINESS_RULE_FAILED",
      userMessage: "No available slots for selected date",
      operation: "booking_create",
    },
    table: ["talview (detected: a `success` envelope)", "No available slots for selected date", "booking_create"],
  },
  {
    name: "Talview field errors",
    file: "explain/talview-field-errors.json",
    args: ["--status", "422"],
    label: "inferred",
    source: "talview fixture W17 (workflow invite 422)",
    error: {
      vendor: "talview",
      status: 422,
      category: "invalid_request",
      reason: "VALIDATION_ERROR",
      fieldErrors: [
        { field: "candidate_email", message: '"candidate_email" must be a valid email' },
        { field: "external_id", message: '"external_id" is required' },
      ],
    },
    table: ['candidate_email: "candidate_email" must be a valid email'],
  },
  {
    name: "Talview Hasura REST 404",
    file: "explain/talview-rest-not-found.http",
    label: "observed",
    source: "talview fixture W14a (Hasura Server/Rest.hs)",
    error: { vendor: "talview", status: 404, category: "not_found", reason: "NOT_FOUND", vendorCode: "not-found" },
    table: ["talview (detected: a Hasura REST error (`path`, `code`))"],
  },
  {
    name: "Talview gateway 429 with Retry-After, vendor given",
    file: "explain/talview-gateway-429.http",
    args: ["--vendor", "talview"],
    label: "inferred",
    source: "talview fixture W07b (AWS API Gateway form)",
    error: {
      vendor: "talview",
      status: 429,
      category: "rate_limited",
      retryAfterMs: 3000,
      traceId: "8c1c4f2e-2d4b-4a55-9f0e-1a2b3c4d5e6f",
    },
    table: ["3000 ms (3 s)", "8c1c4f2e-2d4b-4a55-9f0e-1a2b3c4d5e6f"],
  },
  {
    name: "TalentLMS success (raw 200)",
    file: "explain/talentlms-success.http",
    label: "documented",
    source: "talentlms fixture S200 (vendor page 200 row)",
    table: ["Success: HTTP 200 from talentlms (detected: a TalentLMS v2 `_data` body) is not an error"],
  },
  {
    name: "Talview query success",
    file: "explain/talview-query-success.json",
    label: "inferred",
    source: "talview fixture S01",
    table: [
      "Success: HTTP 200 (assumed: no status line and no --status) from talview (detected: a GraphQL `data` object)",
    ],
  },
];
