// README, "One line in your client": graphql-request. Without errnormMiddleware, a `success: false` booking at
// HTTP 200 resolves as if it had worked. Run by packages/integration/test/integration-examples.test.ts.
import { errnormMiddleware } from "@errnorm/talview/graphql-request";
import { GraphQLClient } from "graphql-request";

const BOOK = `mutation Book($external_id: String!, $slot_id: String!) {
  booking_create(external_id: $external_id, slot_id: $slot_id) { success error_message data }
}`;

export const bookSlot = (url: string, token: string, externalId: string, slotId: string) =>
  new GraphQLClient(url, {
    headers: { authorization: `Bearer ${token}` },
    responseMiddleware: errnormMiddleware({ operation: "booking_create", secrets: [token] }),
  }).request(BOOK, { external_id: externalId, slot_id: slotId });
