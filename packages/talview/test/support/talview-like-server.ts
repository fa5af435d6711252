import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { GraphQLError } from "graphql";
import { createSchema, createYoga, type Plugin } from "graphql-yoga";

/** Opaque (non-JWT) tokens, so redaction cannot lean on the JWT pattern. */
export const VALID_TOKEN = "tv_live_9c2f4e7a1b3d5f60";
/** Rejected like the vendor page's 403 "Token has expired" (bare body at a real status). */
export const EXPIRED_TOKEN = "tv_expired_0a1b2c3d4e5f";
/** Rejected like Hasura does it: `invalid-jwt` / `JWTExpired` at HTTP 200 (hasura #8659). */
export const HASURA_EXPIRED_TOKEN = "tv_hasura_expired_77aa88bb";

/** Faults the next request meets before GraphQL runs, in the shapes the research recorded. */
export type Fault = "rate-limit" | "gateway-429" | "html-502" | "validation-failed" | "bare-500" | "echo-token";

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });

const faultResponse = (fault: Fault, authorization: string): Response => {
  switch (fault) {
    case "rate-limit":
      return json(
        429,
        { extensions: { code: 429, traceId: "rl0000beef" }, message: "Rate limit exceeded" },
        { "retry-after": "2" },
      );
    case "gateway-429":
      return json(429, { message: "Too Many Requests" }, { "x-amzn-requestid": "gw-429-req-1" });
    case "html-502":
      return new Response(
        "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>",
        {
          status: 502,
          headers: { "content-type": "text/html", "x-request-id": "lb-502-req" },
        },
      );
    case "validation-failed":
      return json(200, {
        errors: [
          {
            extensions: { path: "$", code: "validation-failed" },
            message: 'expecting a value for non-nullable variable: "external_id"',
          },
        ],
      });
    case "bare-500":
      return json(500, { extensions: { code: 500, traceId: "93bad0e604" }, message: "Internal Server Error" });
    case "echo-token":
      // A careless gateway that repeats the credential back: it must never survive normalization.
      return json(401, {
        extensions: { code: 401, traceId: "echo00001", received_authorization: authorization },
        message: `Invalid authorization header: ${authorization}`,
      });
  }
};

const schema = createSchema({
  typeDefs: /* GraphQL */ `
    type Slot {
      id: ID!
      start: String!
    }
    type BookingData {
      id: ID!
      slot_id: ID!
    }
    type BookingResult {
      success: Boolean!
      error_message: String
      data: BookingData
    }
    type Candidate {
      id: ID!
      email: String!
    }
    type Query {
      slots: [Slot!]!
      candidate_verify(id: ID!): Boolean
    }
    type Mutation {
      booking_create(slot_id: ID!): BookingResult!
      booking_reschedule(booking_id: ID!, slot_id: ID!): BookingResult!
      candidate_create(email: String!, external_id: String!): Candidate
    }
  `,
  resolvers: {
    Query: {
      slots: () => [{ id: "s1", start: "2025-01-01T10:00:00Z" }],
      candidate_verify: () => {
        throw new GraphQLError("IDENTITY_VERIFICATION_FAILED: The photo does not match the ID document.", {
          extensions: { code: "IDENTITY_VERIFICATION_FAILED", traceId: "5e1c0ffee1" },
        });
      },
    },
    Mutation: {
      booking_create: (_: unknown, { slot_id }: { slot_id: string }) => {
        if (slot_id === "taken")
          return {
            success: false,
            error_message: "SLOT_UNAVAILABLE: The selected slot was booked by someone else.",
            data: null,
          };
        if (slot_id === "full")
          return { success: false, error_message: "No available slots for selected date", data: null };
        if (slot_id === "unpaid") {
          throw new GraphQLError("Please pay the assessment fee before booking.", {
            extensions: { code: "PAYMENT_REQUIRED", traceId: "c0ffee0001" },
          });
        }
        return { success: true, error_message: null, data: { id: "b1", slot_id } };
      },
      booking_reschedule: (_: unknown, { booking_id }: { booking_id: string }) => {
        if (booking_id === "missing") {
          throw new GraphQLError("Booking missing does not exist", {
            extensions: { code: "BOOKING_NOT_FOUND", traceId: "b00k000404" },
          });
        }
        return {
          success: false,
          error_message: "RESCHEDULE_NOT_ALLOWED: Bookings cannot be moved within 24 hours of the start.",
          data: null,
        };
      },
      candidate_create: (_: unknown, { email }: { email: string }) => {
        if (email === "dup@example.com") {
          throw new GraphQLError(
            'Uniqueness violation. duplicate key value violates unique constraint "candidates_email_key"',
            {
              extensions: { path: "$.selectionSet.candidate_create.args", code: "constraint-violation" },
            },
          );
        }
        // An action handler's 4xx kept at its real status (yoga honours extensions.http.status).
        throw new GraphQLError("Candidate Creation failed", {
          extensions: { code: 422, traceId: "93bad0e604", http: { status: 422 } },
        });
      },
    },
  },
});

/** A graphql-yoga server on 127.0.0.1 (port 0) that answers like Talview's Hasura: see the fixtures. */
export interface TalviewLikeServer {
  readonly url: string;
  /** The next request meets `fault` instead of GraphQL. */
  failNext(fault: Fault): void;
  /** Authorization headers received, in order. */
  readonly authorizations: string[];
  close(): Promise<void>;
}

export const startTalviewLikeServer = async (): Promise<TalviewLikeServer> => {
  const faults: Fault[] = [];
  const authorizations: string[] = [];
  const gateway: Plugin = {
    onRequest({ request, endResponse }) {
      const authorization = request.headers.get("authorization") ?? "";
      authorizations.push(authorization);
      const fault = faults.shift();
      if (fault) return endResponse(faultResponse(fault, authorization));
      if (authorization === "") {
        return endResponse(
          json(200, {
            errors: [
              {
                message: "Missing 'Authorization' or 'Cookie' header in JWT authentication mode",
                extensions: { path: "$", code: "invalid-headers" },
              },
            ],
          }),
        );
      }
      if (authorization === `Bearer ${EXPIRED_TOKEN}`) {
        return endResponse(
          json(403, { extensions: { code: 403, traceId: "77020d7cb1" }, message: "Token has expired" }),
        );
      }
      if (authorization === `Bearer ${HASURA_EXPIRED_TOKEN}`) {
        return endResponse(
          json(200, {
            errors: [{ extensions: { path: "$", code: "invalid-jwt" }, message: "Could not verify JWT: JWTExpired" }],
          }),
        );
      }
      if (authorization !== `Bearer ${VALID_TOKEN}`) {
        return endResponse(json(401, { extensions: { code: 401, traceId: "auth000401" }, message: "Invalid token" }));
      }
      return undefined;
    },
  };
  const yoga = createYoga({
    schema,
    graphqlEndpoint: "/v1/graphql",
    plugins: [gateway],
    logging: false,
    maskedErrors: false,
    landingPage: false,
  });
  const server: Server = createServer(yoga);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1/graphql`,
    failNext: (fault) => faults.push(fault),
    authorizations,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
};
