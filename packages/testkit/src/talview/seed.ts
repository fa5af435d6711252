/** A bookable slot. `requiresPayment` slots fail booking with PAYMENT_REQUIRED. */
export interface TalviewSlot {
  readonly id: string;
  readonly date: string;
  readonly start_time: string;
  available: boolean;
  readonly requiresPayment: boolean;
}

/** A candidate; `identityVerified: false` makes booking fail with IDENTITY_VERIFICATION_FAILED. */
export interface TalviewCandidate {
  readonly external_id: string;
  readonly email: string;
  readonly first_name: string | null;
  readonly last_name: string | null;
  readonly identityVerified: boolean;
}

/** A booking; `reschedulable: false` makes rescheduling fail with RESCHEDULE_NOT_ALLOWED. */
export interface TalviewBooking {
  readonly id: string;
  readonly external_id: string;
  slot_id: string;
  status: "scheduled" | "rescheduled";
  readonly reschedulable: boolean;
}

/** A login the REST and GraphQL login accept. */
export interface TalviewUser {
  readonly username: string;
  readonly password: string;
}

/** The emulator's mutable data. */
export interface TalviewStore {
  readonly slots: Map<string, TalviewSlot>;
  readonly candidates: Map<string, TalviewCandidate>;
  readonly bookings: Map<string, TalviewBooking>;
  nextBooking: number;
}

const byKey = <T, K extends keyof T>(key: K, items: readonly T[]): Map<T[K], T> =>
  new Map(items.map((item) => [item[key], item]));

/** The data every emulator starts with (and returns to on `reset()`); see README "Seed data". */
export const seedStore = (): TalviewStore => ({
  slots: byKey("id", [
    { id: "slot-1", date: "2030-01-15", start_time: "09:00", available: true, requiresPayment: false },
    { id: "slot-2", date: "2030-01-15", start_time: "10:00", available: true, requiresPayment: false },
    { id: "slot-3", date: "2030-01-16", start_time: "09:00", available: true, requiresPayment: false },
    { id: "slot-taken", date: "2030-01-15", start_time: "11:00", available: false, requiresPayment: false },
    { id: "slot-locked", date: "2030-01-16", start_time: "10:00", available: false, requiresPayment: false },
    { id: "slot-paid", date: "2030-01-17", start_time: "09:00", available: true, requiresPayment: true },
  ]),
  candidates: byKey("external_id", [
    {
      external_id: "cand-1",
      email: "cand1@example.com",
      first_name: "Ada",
      last_name: "Lovelace",
      identityVerified: true,
    },
    {
      external_id: "cand-unverified",
      email: "unverified@example.com",
      first_name: "Ivan",
      last_name: "Unverified",
      identityVerified: false,
    },
  ]),
  bookings: byKey("id", [
    { id: "booking-1", external_id: "cand-1", slot_id: "slot-taken", status: "scheduled", reschedulable: true },
    { id: "booking-locked", external_id: "cand-1", slot_id: "slot-locked", status: "scheduled", reschedulable: false },
  ]),
  nextBooking: 2,
});
