// Issue 13: generated secrets and personal data (emails, phone numbers, names) placed in GraphQL variables, request
// bodies, query strings, headers, field errors and cause chains, sent by real graphql-request, axios and fetch to a
// local server that echoes all of it back, never show up in any output of either adapter's normalizeError: JSON,
// String, util.inspect, toProblemDetails, raw, stack, an OpenTelemetry span, a pino log line.
//
// What is covered, and how: a value sent under a personal-data key (variables.email, body.first_name, header
// X-Candidate-Full-Name, ?phone=) is learned from the client error (graphql-request's request.variables, axios's
// config) or from the response (data under personal keys) and masked wherever the vendor echoes it; an email address is
// masked anywhere by pattern. A name sent under a key that names no personal data and echoed verbatim is not known
// to be personal: such a key is added with `personalDataKeys`.
import { fc, test } from "@fast-check/vitest";
import type { NormalizedError } from "@errnorm/core";
import { normalizeError as talentlmsNormalizeError, parseResponse as talentlmsParse } from "@errnorm/talentlms";
import { normalizeError as talviewNormalizeError, parseResponse as talviewParse } from "@errnorm/talview";
import axios from "axios";
import { GraphQLClient } from "graphql-request";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectCanonical } from "./support-hostile/canonical.js";
import { appearancesOf } from "./support-personal/outputs.js";
import { type EchoServer, startEchoServer } from "./support-personal/servers.js";
import { closedPortUrl } from "../../../test-support/closed-port.js";
import { rejection } from "../../../test-support/settled.js";

const RUNS = { numRuns: 12 };

/** A person, and a credential, as random values no ordinary text contains. */
const personArb = fc.record({
  email: fc
    .tuple(fc.stringMatching(/^[a-z]{3,10}(\.[a-z]{2,8})?$/), fc.stringMatching(/^[a-z]{4,10}\.(com|org|example)$/))
    .map(([local, domain]) => `${local}.${Date.now() % 1000}@${domain}`),
  firstName: fc.stringMatching(/^[A-Z][a-z]{2}x[a-z]{3,6}$/),
  lastName: fc.stringMatching(/^[A-Z][a-z]{2}q[a-z]{3,6}$/),
  phone: fc.stringMatching(/^\+1 555 [0-9]{3} [0-9]{4}$/),
  secret: fc.stringMatching(/^[A-Za-z0-9]{20,32}$/),
});
type Person = typeof personArb extends fc.Arbitrary<infer P> ? P : never;

const ADAPTERS = [
  ["talentlms", talentlmsNormalizeError],
  ["talview", talviewNormalizeError],
] as const;

/** Fails with every output any of the person's values (or the secret) shows up in. */
const expectNothingOf = (person: Partial<Person> & Record<string, string>, error: NormalizedError): void => {
  expectCanonical(error);
  const found = Object.entries(person).flatMap(([what, value]) =>
    appearancesOf(error, value).map((w) => `${what} in ${w}`),
  );
  expect(found).toEqual([]);
};

let server: EchoServer;
beforeAll(async () => {
  server = await startEchoServer();
});
afterAll(async () => {
  await server.close();
});

const CREATE = `mutation CreateCandidate($email: String!, $first_name: String!, $last_name: String!, $phone: String!) {
  candidate_create(object: { email: $email, first_name: $first_name, last_name: $last_name, phone: $phone }) { id }
}`;

describe("graphql-request (ClientError: the request's variables in its message, the response in raw)", () => {
  test.prop([personArb], RUNS)("variables, an email header and a bearer token never reach any output", async (p) => {
    const client = new GraphQLClient(`${server.url}/v1/graphql`, {
      headers: { authorization: `Bearer ${p.secret}`, "x-candidate-email": p.email },
    });
    const thrown = await rejection(
      client.request(CREATE, { email: p.email, first_name: p.firstName, last_name: p.lastName, phone: p.phone }),
    );
    // The client error really carries it all: a test that can fail.
    expect((thrown as Error).message).toContain(p.firstName);
    for (const [, normalizeError] of ADAPTERS) expectNothingOf(p, normalizeError(thrown, { secrets: [p.secret] }));
    const wrapped = new Error(`candidate import failed for ${p.email}`, { cause: thrown });
    for (const [, normalizeError] of ADAPTERS) expectNothingOf(p, normalizeError(wrapped, { secrets: [p.secret] }));
  });

  it("keeps what diagnoses: the vendor's error, the operation name, the classification", async () => {
    const thrown = await rejection(
      new GraphQLClient(`${server.url}/v1/graphql`).request(CREATE, {
        email: "jane.private@example.com",
        first_name: "Janexprivate",
        last_name: "Doeqprivate",
        phone: "+1 555 010 0199",
      }),
    );
    const error = talviewNormalizeError(thrown);
    expect(error).toMatchObject({ vendor: "talview", category: "conflict", status: 200 });
    expect(error.message).toMatch(/^Uniqueness violation\. duplicate key \[PERSONAL\], \[PERSONAL\]/);
    expect(error.fieldErrors ?? []).toEqual([]);
    // graphql-request's ClientError keeps the name "Error".
    expect(error.cause).toMatchObject({ name: "Error", operation: "CreateCandidate" });
    expect((error.cause as Error).message).toBe(
      "invalid value for candidate [PERSONAL], [PERSONAL], [PERSONAL], [PERSONAL]",
    );
    expect(JSON.stringify(error)).not.toMatch(/variables|"query"|jane\.private/);
  });
});

describe("axios (AxiosError: config.data, config.url and config.headers carry the request)", () => {
  test.prop([personArb, fc.constantFrom("JSON body", "query string", "headers")], RUNS)(
    "a body, a query string or headers with personal data and a key never reach any output",
    async (p, placement) => {
      const person = { email: p.email, first_name: p.firstName, last_name: p.lastName, phone: p.phone };
      const headers: Record<string, string> = { "X-API-Key": p.secret };
      if (placement === "headers") {
        headers["X-Candidate-Email"] = p.email;
        headers["X-Candidate-Full-Name"] = `${p.firstName} ${p.lastName}`;
        headers["X-Candidate-Phone"] = p.phone;
      }
      const thrown = await rejection(
        placement === "JSON body"
          ? axios.post(`${server.url}/api/v2/users`, { ...person, password: p.secret }, { headers })
          : axios.get(`${server.url}/api/v2/users`, {
              headers,
              ...(placement === "query string" && { params: { ...person, api_key: p.secret } }),
            }),
      );
      expect(axios.isAxiosError(thrown)).toBe(true);
      expect(JSON.stringify((thrown as { response: { data: unknown } }).response.data)).toContain(p.email);
      const values = placement === "headers" ? { ...p, fullName: `${p.firstName} ${p.lastName}` } : p;
      for (const [, normalizeError] of ADAPTERS) {
        expectNothingOf(values, normalizeError(thrown));
        expectNothingOf(values, normalizeError(new Error("sync failed", { cause: thrown })));
      }
    },
  );
});

describe("fetch (a Response, its body read by parseResponse, and a network failure)", () => {
  test.prop([personArb], RUNS)("a posted candidate echoed in the response body never reaches any output", async (p) => {
    const body = { email: p.email, first_name: p.firstName, last_name: p.lastName, phone: p.phone };
    const init = {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${p.secret}` },
      body: JSON.stringify(body),
    };
    const response = await fetch(`${server.url}/api/v2/users`, init);
    const text = await response.text();
    expect(text).toContain(p.lastName);
    const options = { secrets: [p.secret] };
    const read = { status: response.status, headers: response.headers, body: text };
    expectNothingOf(p, talentlmsParse(read, options)._unsafeUnwrapErr());
    expectNothingOf(p, talviewParse(read, options)._unsafeUnwrapErr());
    const thrown = await fetch(`${server.url}/api/v2/users`, init);
    for (const [, normalizeError] of ADAPTERS) expectNothingOf(p, normalizeError(thrown, options));
    await thrown.body?.cancel();
  });

  test.prop([personArb], { numRuns: 5 })(
    "a refused connection wrapped with an email never reaches any output",
    async (p) => {
      const closed = await closedPortUrl();
      const failure = await rejection(fetch(`${closed}/v1/graphql?email=${encodeURIComponent(p.email)}`));
      const wrapped = new Error(`booking for ${p.email} failed`, { cause: failure });
      for (const [, normalizeError] of ADAPTERS) {
        const error = normalizeError(wrapped);
        expect(error.category).toBe("network");
        expectNothingOf({ email: p.email, secret: p.secret }, error);
      }
    },
  );
});
