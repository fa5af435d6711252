// README, "Talview with a GraphQL client": no client at all, one call; a `success: false` envelope at HTTP 200 is an
// error too. Run by packages/integration/test/readme-basics.test.ts against the testkit Talview emulator.
import { request } from "@errnorm/talview";

const BOOK = `mutation Book($external_id: String!, $slot_id: String!) {
  booking_create(external_id: $external_id, slot_id: $slot_id) { success error_message data }
}`;

/** Books a slot: ok(the booking) or err(NormalizedError); a taken slot is SLOT_UNAVAILABLE, refresh_availability. */
export const bookSlot = (url: string, token: string, externalId: string, slotId: string) =>
  request<{ booking_id: string }>({
    url,
    query: BOOK,
    variables: { external_id: externalId, slot_id: slotId },
    operation: "booking_create",
    token,
  });
