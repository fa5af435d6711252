// README, "One line in your client": Talview through urql. Run by packages/talview/test/integrations/examples.test.ts.
import { normalizeError } from "@errnorm/talview";
import { errnormExchange } from "@errnorm/talview/urql";
import { Client, fetchExchange } from "@urql/core";

const SLOTS = `query Slots { slots { id available } }`;

export const talviewUrql = (url: string, token: string) =>
  new Client({
    url,
    exchanges: [errnormExchange({ secrets: [token] }), fetchExchange],
    fetchOptions: { headers: { authorization: `Bearer ${token}` } },
  });

export const freeSlots = async (client: Client) => {
  const result = await client.query(SLOTS, {}).toPromise();
  if (result.error) throw normalizeError(result.error); // the NormalizedError in result.error.networkError
  return result.data as { slots: { id: string; available: boolean }[] };
};
