import { GraphQLScalarType, valueFromASTUntyped } from "graphql";
import { createSchema } from "graphql-yoga";
import type { TalviewBusinessFault } from "./faults.js";
import {
  TALVIEW_BUSINESS_PROSE,
  type TalviewLogicalCode,
  WRONG_CREDENTIALS,
  INVALID_REFRESH_TOKEN,
} from "./messages.js";
import type { TalviewStore, TalviewUser } from "./seed.js";
import type { TokenStore } from "./tokens.js";

/** How a `success: false` envelope words `error_message`: the bare logical code, or the docs' prose. */
export type BusinessErrorStyle = "code" | "prose";

/** Per-request state the resolvers read, passed to graphql-yoga as server context. */
export interface TalviewRequestState {
  readonly store: TalviewStore;
  readonly tokens: TokenStore;
  readonly users: readonly TalviewUser[];
  readonly businessErrors: BusinessErrorStyle;
  /** The scripted business failure for this request; the first envelope mutation takes it. */
  takeBusinessFault(): TalviewBusinessFault | undefined;
}

/** The yoga server context. */
export interface TalviewContext {
  readonly talview: TalviewRequestState;
}

/** Talview's mutation envelope (docs: "Business Logic Errors"). */
interface Envelope {
  readonly success: boolean;
  readonly error_message: string | null;
  readonly data: unknown;
}

const typeDefs = /* GraphQL */ `
  scalar JSON

  "Talview's action envelope: check success before reading data."
  type ActionResponse {
    success: Boolean!
    error_message: String
    data: JSON
  }

  type Slot {
    id: String!
    date: String!
    start_time: String!
    available: Boolean!
  }

  type Booking {
    id: String!
    external_id: String!
    slot_id: String!
    status: String!
  }

  type query_root {
    slots(date: String, available_only: Boolean): [Slot!]!
    booking(id: String!): Booking
  }

  type mutation_root {
    auth_user_login(username: String!, password: String!, tenant_id: Int): ActionResponse!
    auth_refresh_token(refresh_token: String!): ActionResponse!
    candidate_create(external_id: String!, email: String!, first_name: String, last_name: String): ActionResponse!
    booking_create(external_id: String!, slot_id: String!): ActionResponse!
    booking_reschedule(booking_id: String!, slot_id: String!): ActionResponse!
  }

  schema {
    query: query_root
    mutation: mutation_root
  }
`;

/** Root fields that return the envelope and can carry a business failure. */
export const BUSINESS_FIELDS: ReadonlySet<string> = new Set([
  "candidate_create",
  "booking_create",
  "booking_reschedule",
]);

/** Root fields callable without a bearer token. */
export const PUBLIC_FIELDS: ReadonlySet<string> = new Set(["auth_user_login", "auth_refresh_token"]);

const ok = (data: unknown): Envelope => ({ success: true, error_message: null, data });

const failure = (state: TalviewRequestState, code: TalviewLogicalCode, message?: string): Envelope => ({
  success: false,
  error_message: message ?? (state.businessErrors === "prose" ? TALVIEW_BUSINESS_PROSE[code] : code),
  data: null,
});

/** Runs `action` unless a business failure was scripted for this request. */
const guarded = (state: TalviewRequestState, action: () => Envelope): Envelope => {
  const fault = state.takeBusinessFault();
  return fault === undefined ? action() : failure(state, fault.business, fault.message);
};

const JSONScalar = new GraphQLScalarType({
  name: "JSON",
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast) => valueFromASTUntyped(ast),
});

type Args = Readonly<Record<string, string | number | boolean | null | undefined>>;
type Resolver = (parent: unknown, args: Args, context: TalviewContext) => unknown;
const text = (args: Args, name: string): string => {
  const value = args[name];
  return typeof value === "string" ? value : "";
};

const login: Resolver = (_parent, args, { talview }) => {
  const user = talview.users.find(
    (u) => u.username === text(args, "username") && u.password === text(args, "password"),
  );
  // [I] research W13: the GraphQL form of a failed login is an envelope, not an HTTP 401.
  if (user === undefined) return { success: false, error_message: WRONG_CREDENTIALS, data: null };
  return ok(talview.tokens.issue(user.username));
};

const refresh: Resolver = (_parent, args, { talview }) => {
  const tokens = talview.tokens.refresh(text(args, "refresh_token"));
  return tokens === undefined ? { success: false, error_message: INVALID_REFRESH_TOKEN, data: null } : ok(tokens);
};

const candidateCreate: Resolver = (_parent, args, { talview }) =>
  guarded(talview, () => {
    const externalId = text(args, "external_id").trim();
    const email = text(args, "email").trim();
    if (externalId === "" || !/^[^@\s]+@[^@\s]+$/.test(email)) return failure(talview, "VALIDATION_ERROR");
    if (talview.store.candidates.has(externalId)) return failure(talview, "VALIDATION_ERROR");
    const candidate = {
      external_id: externalId,
      email,
      first_name: typeof args["first_name"] === "string" ? args["first_name"] : null,
      last_name: typeof args["last_name"] === "string" ? args["last_name"] : null,
      identityVerified: true,
    };
    talview.store.candidates.set(externalId, candidate);
    const { identityVerified: _verified, ...data } = candidate;
    return ok(data);
  });

const bookingCreate: Resolver = (_parent, args, { talview }) =>
  guarded(talview, () => {
    const { store } = talview;
    const candidate = store.candidates.get(text(args, "external_id"));
    if (candidate === undefined) return failure(talview, "VALIDATION_ERROR");
    if (!candidate.identityVerified) return failure(talview, "IDENTITY_VERIFICATION_FAILED");
    const slot = store.slots.get(text(args, "slot_id"));
    if (slot === undefined || !slot.available) return failure(talview, "SLOT_UNAVAILABLE");
    if (slot.requiresPayment) return failure(talview, "PAYMENT_REQUIRED");
    slot.available = false;
    const booking = {
      id: `booking-${store.nextBooking}`,
      external_id: candidate.external_id,
      slot_id: slot.id,
      status: "scheduled" as const,
      reschedulable: true,
    };
    store.nextBooking += 1;
    store.bookings.set(booking.id, booking);
    return ok({ booking_id: booking.id, external_id: booking.external_id, slot_id: slot.id, status: booking.status });
  });

const bookingReschedule: Resolver = (_parent, args, { talview }) =>
  guarded(talview, () => {
    const { store } = talview;
    const booking = store.bookings.get(text(args, "booking_id"));
    if (booking === undefined) return failure(talview, "BOOKING_NOT_FOUND");
    if (!booking.reschedulable) return failure(talview, "RESCHEDULE_NOT_ALLOWED");
    const slot = store.slots.get(text(args, "slot_id"));
    if (slot === undefined || !slot.available) return failure(talview, "SLOT_UNAVAILABLE");
    if (slot.requiresPayment) return failure(talview, "PAYMENT_REQUIRED");
    const previous = store.slots.get(booking.slot_id);
    if (previous !== undefined) previous.available = true;
    slot.available = false;
    booking.slot_id = slot.id;
    booking.status = "rescheduled";
    return ok({ booking_id: booking.id, slot_id: slot.id, status: booking.status });
  });

const slots: Resolver = (_parent, args, { talview }) =>
  [...talview.store.slots.values()]
    .filter((slot) => (typeof args["date"] === "string" ? slot.date === args["date"] : true))
    .filter((slot) => (args["available_only"] === true ? slot.available : true));

const booking: Resolver = (_parent, args, { talview }) => talview.store.bookings.get(text(args, "id")) ?? null;

/** The emulator's GraphQL schema (Hasura names its root types `query_root` and `mutation_root`). */
export const createTalviewSchema = () =>
  createSchema<TalviewContext>({
    typeDefs,
    resolvers: {
      JSON: JSONScalar,
      query_root: { slots, booking },
      mutation_root: {
        auth_user_login: login,
        auth_refresh_token: refresh,
        candidate_create: candidateCreate,
        booking_create: bookingCreate,
        booking_reschedule: bookingReschedule,
      },
    },
  });
