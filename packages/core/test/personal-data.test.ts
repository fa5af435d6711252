// Issue 13: no personal data by default. Values under personal-data keys are masked in raw, the values seen there and
// every email address are masked wherever they are echoed (message, userMessage, fieldErrors, cause, traceId), and
// the cause keeps what diagnoses (operation name, URL without query string, the vendor's error), never the request.
import { inspect } from "node:util";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { isNormalizedError, NormalizedError, PERSONAL, REDACTED } from "@errnorm/core";
import { buildError, readAdapterOptions } from "@errnorm/core/adapter";
import { isPersonalKey } from "@errnorm/core/internal/personal";

const base = { vendor: "talview", category: "invalid_request", reason: "VALIDATION_FAILED", status: 400 } as const;

/** Every printed form of the error. */
const printed = (e: NormalizedError): string =>
  [
    JSON.stringify(e),
    String(e),
    inspect(e, { depth: Infinity, showHidden: true }),
    JSON.stringify(e.toProblemDetails()),
    e.stack ?? "",
  ].join("\n");

describe("isPersonalKey", () => {
  it.each([
    "email",
    "Email",
    "candidate_email",
    "emailAddress",
    "phone",
    "mobile_phone",
    "first_name",
    "lastName",
    "full-name",
    "name",
    "surname",
    "address",
    "billing_address",
    "date_of_birth",
    "dob",
    "birthDate",
    "login",
    "username",
  ])("%s holds personal data", (key) => expect(isPersonalKey(key)).toBe(true));
  it.each(["filename", "operationName", "__typename", "message", "code", "path", "status", "traceId", "id"])(
    "%s does not",
    (key) => expect(isPersonalKey(key)).toBe(false),
  );
});

describe("raw", () => {
  const raw = {
    errors: [{ message: "invalid", extensions: { code: "validation-failed", path: "$.email" } }],
    data: {
      candidate: {
        id: 42,
        email: "jane.private@example.com",
        first_name: "Jane",
        phone: 15550001234,
        address: { street: "1 Main St", city: "Springfield" },
        email_verified: true,
        dob: "1990-01-31",
      },
    },
  };

  it("masks values under personal keys as [PERSONAL], keeps booleans, ids and diagnostics", () => {
    const e = new NormalizedError({ ...base, message: "invalid", raw });
    expect(e.raw).toEqual({
      errors: [{ message: "invalid", extensions: { code: "validation-failed", path: "$.email" } }],
      data: {
        candidate: {
          id: 42,
          email: PERSONAL,
          first_name: PERSONAL,
          phone: PERSONAL,
          address: PERSONAL,
          email_verified: true,
          dob: PERSONAL,
        },
      },
    });
  });

  it("masks those values where the vendor echoes them: message, userMessage, fieldErrors, traceId", () => {
    const e = new NormalizedError({
      ...base,
      message: "Jane at 1 Main St (15550001234) is not valid",
      userMessage: "Jane, please check your phone 15550001234",
      fieldErrors: [{ field: "first_name", message: "Jane is not allowed" }],
      traceId: "trace-Springfield-1",
      raw,
    });
    expect(e.message).toBe(`${PERSONAL} at ${PERSONAL} (${PERSONAL}) is not valid`);
    expect(e.userMessage).toBe(`${PERSONAL}, please check your phone ${PERSONAL}`);
    expect(e.fieldErrors).toEqual([{ field: "first_name", message: `${PERSONAL} is not allowed` }]);
    expect(e.traceId).toBe(`trace-${PERSONAL}-1`);
    for (const value of ["Jane", "1 Main St", "15550001234", "Springfield", "1990-01-31", "jane.private"])
      expect(printed(e)).not.toContain(value);
  });

  it("masks a learned value only as a whole word: 'Ann' leaves 'Annual' alone", () => {
    const e = new NormalizedError({ ...base, message: "Ann: Annual plan", raw: { first_name: "Ann" } });
    expect(e.message).toBe(`${PERSONAL}: Annual plan`);
  });

  it("keeps the messages of a field-error map (Laravel's errors.email) and masks an echoed email in them", () => {
    const e = new NormalizedError({
      ...base,
      message: "The given data was invalid.",
      raw: { errors: { email: ["The email must be a valid email address.", "jane@example.com is taken."] } },
      fieldErrors: [{ field: "email", message: "The email must be a valid email address." }],
    });
    expect(e.raw).toEqual({
      errors: { email: ["The email must be a valid email address.", `${PERSONAL} is taken.`] },
    });
    expect(e.fieldErrors?.[0]?.message).toBe("The email must be a valid email address.");
  });

  it("masks email addresses anywhere in text, but not package paths like graphql-request@7.4.0", () => {
    const e = new NormalizedError({
      ...base,
      message: "User jane.private+test@mail.example.co.uk exists (graphql-request@7.4.0)",
    });
    expect(e.message).toBe(`User ${PERSONAL} exists (graphql-request@7.4.0)`);
  });

  it("secrets stay [REDACTED], personal data becomes [PERSONAL]", () => {
    const e = new NormalizedError({ ...base, message: "x", raw: { password: "hunter2hunter2", email: "a@b.example" } });
    expect(e.raw).toEqual({ password: REDACTED, email: PERSONAL });
  });
});

describe("keepPersonalData and personalDataKeys", () => {
  it("keepPersonalData: true keeps raw, messages and field errors as sent, and survives with()", () => {
    const e = new NormalizedError({
      ...base,
      message: "jane@example.com: Jane is not allowed",
      fieldErrors: [{ field: "first_name", message: "Jane is not allowed" }],
      raw: { first_name: "Jane", email: "jane@example.com" },
      keepPersonalData: true,
    });
    expect(e.message).toBe("jane@example.com: Jane is not allowed");
    expect(e.raw).toEqual({ first_name: "Jane", email: "jane@example.com" });
    expect(e.fieldErrors?.[0]?.message).toBe("Jane is not allowed");
    expect(e.with({ attempts: 2 }).raw).toEqual({ first_name: "Jane", email: "jane@example.com" });
  });

  it("personalDataKeys adds keys (case and separators ignored), masked and scrubbed like the defaults", () => {
    const init = { ...base, message: "Employee EMP-778812 not found", raw: { employee_ref: "EMP-778812" } };
    expect(new NormalizedError(init).raw).toEqual({ employee_ref: "EMP-778812" });
    const e = new NormalizedError({ ...init, personalDataKeys: ["EmployeeRef"] });
    expect(e.raw).toEqual({ employee_ref: PERSONAL });
    expect(e.message).toBe(`Employee ${PERSONAL} not found`);
    expect(e.with({ attempts: 2 }).raw).toEqual({ employee_ref: PERSONAL });
  });

  it("a hostile personalDataKeys iterable never makes the constructor throw", () => {
    const hostile = {
      *[Symbol.iterator]() {
        yield "badge";
        throw new Error("boom");
      },
    };
    const e = new NormalizedError({ ...base, message: "m", raw: { badge: "B-1234" }, personalDataKeys: hostile });
    expect(e.raw).toEqual({ badge: PERSONAL });
  });

  it("an adapter's options reach the error: buildError passes both on (what parseResponse and normalizeError use)", () => {
    const rule = { category: "invalid_request", reason: "VALIDATION_FAILED" } as const;
    const evidence = {
      status: 400,
      message: "jane@example.com: Employee EMP-778812 not found",
      raw: { email: "jane@example.com", employee_ref: "EMP-778812" },
    };
    const kept = buildError("acme", rule, evidence, readAdapterOptions({ keepPersonalData: true }));
    expect([kept.message, kept.raw]).toEqual([evidence.message, evidence.raw]);
    const added = buildError("acme", rule, evidence, readAdapterOptions({ personalDataKeys: ["employeeRef"] }));
    expect(added.raw).toEqual({ email: PERSONAL, employee_ref: PERSONAL });
    expect(added.message).toBe(`${PERSONAL}: Employee ${PERSONAL} not found`);
  });
});

describe("cause", () => {
  /** graphql-request 7's ClientError, as its constructor builds it (message = error + JSON of response and request). */
  const clientError = (variables: Record<string, unknown>) => {
    const response = {
      errors: [{ message: "Uniqueness violation", extensions: { code: "constraint-violation" } }],
      status: 200,
      headers: {},
      body: JSON.stringify({ errors: [{ message: "Uniqueness violation" }] }),
    };
    const request = {
      query: "mutation CreateCandidate($email: String!) { candidate_create(email: $email) { id } }",
      variables,
    };
    return Object.assign(new Error(`Uniqueness violation: ${JSON.stringify({ response, request })}`), {
      name: "ClientError",
      response,
      request,
    });
  };

  it("keeps the vendor's error and the operation name; drops the request dump and its variables", () => {
    const thrown = clientError({ email: "jane.private@example.com", note: "call Jane after 5" });
    const e = new NormalizedError({ ...base, message: thrown.message, cause: thrown });
    expect(e.message).toBe("Uniqueness violation");
    const cause = e.cause as Error & { operation?: string };
    expect(cause.message).toBe("Uniqueness violation");
    expect(cause.operation).toBe("CreateCandidate");
    expect(cause.stack?.split("\n")[0]).toBe("ClientError: Uniqueness violation");
    const text = printed(e);
    for (const leaked of ["jane.private", "call Jane", "variables", '"request"']) expect(text).not.toContain(leaked);
    // the original stays in process for debugging
    expect(thrown.message).toContain("jane.private@example.com");
  });

  it("keeps an axios-like error's method and URL without query string or user info, never its config or body", () => {
    const thrown = Object.assign(new Error("Request failed with status code 422"), {
      name: "AxiosError",
      code: "ERR_BAD_REQUEST",
      config: {
        method: "post",
        baseURL: "https://user:pw@acme.talentlms.com/api/v2/",
        url: "users?email=jane%40example.com",
        data: JSON.stringify({ email: "jane@example.com", first_name: "Janeprivate" }),
      },
    });
    const e = new NormalizedError({ ...base, message: "invalid", cause: thrown });
    expect(e.cause).toMatchObject({
      message: "Request failed with status code 422",
      code: "ERR_BAD_REQUEST",
      method: "POST",
      url: "https://acme.talentlms.com/api/v2/users",
    });
    expect(printed(e)).not.toMatch(/jane|Janeprivate|pw@/);
  });

  it("cuts query strings from URLs in cause messages (ky's 'Request failed … POST https://…?email=…')", () => {
    const thrown = new Error(
      "Request failed with status code 400 Bad Request: GET https://api.example/v1/users?email=x@y.example",
    );
    const e = new NormalizedError({ ...base, message: "bad", cause: thrown });
    expect((e.cause as Error).message).toBe(
      "Request failed with status code 400 Bad Request: GET https://api.example/v1/users",
    );
  });

  test.prop([fc.emailAddress(), fc.stringMatching(/^[A-Z][a-z]{3,12}$/)], { numRuns: 50 })(
    "personal data in a cause chain's variables and bodies never reaches any output",
    (email, firstName) => {
      const inner = Object.assign(new Error("socket hang up"), {
        code: "ECONNRESET",
        config: { data: { email, first_name: firstName } },
      });
      const thrown = Object.assign(new Error(`wrapped for ${email}`, { cause: inner }), {
        request: { variables: { email, firstName } },
      });
      const e = new NormalizedError({ ...base, message: `${firstName} <${email}> failed`, cause: thrown });
      expect(isNormalizedError(e)).toBe(true);
      const text = printed(e);
      expect(text).not.toContain(email);
      expect(text).not.toMatch(new RegExp(`\\b${firstName}\\b`));
    },
  );
});

describe("logging libraries can tag the error", () => {
  it("fields are read-only but the object stays extensible (pino's err serializer adds and deletes a tag)", () => {
    const e = new NormalizedError({ ...base, message: "m" });
    const tag = Symbol("tag");
    (e as unknown as Record<symbol, unknown>)[tag] = undefined;
    delete (e as unknown as Record<symbol, unknown>)[tag];
    expect(() => {
      (e as unknown as { reason: string }).reason = "OTHER";
    }).toThrow(TypeError);
    expect(e.reason).toBe("VALIDATION_FAILED");
  });
});
