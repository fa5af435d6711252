// README, "One line in your client": TalentLMS through ky. Run by packages/talentlms/test/integrations/examples.test.ts.
import { normalizeError } from "@errnorm/talentlms";
import { errnormHooks } from "@errnorm/talentlms/ky";
import ky from "ky";

export const talentlmsKy = (domain: string, apiKey: string) =>
  ky.create({ prefixUrl: `${domain}/api/v2`, headers: { "X-API-Key": apiKey }, hooks: errnormHooks() });

/** ky 1 runs no hook for a network failure, an abort or a timeout: normalize what it throws. */
export const getUser = async (api: ReturnType<typeof talentlmsKy>, id: number) => {
  try {
    return await api.get(`users/${id}`).json<{ _data: { id: number } }>();
  } catch (thrown) {
    throw normalizeError(thrown);
  }
};
