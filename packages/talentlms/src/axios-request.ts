import { learnSecrets } from "@errnorm/core/adapter";
import { axiosUrl } from "./axios-url.js";
import type { TalentlmsIntegrationOptions } from "./integration-options.js";

/** The options for one axios request: its URL (unless given) and the secrets its config carries. */
export const axiosRequestOptions = (
  options: TalentlmsIntegrationOptions,
  config: unknown,
): TalentlmsIntegrationOptions => {
  const url = options.url ?? axiosUrl(config);
  return {
    ...options,
    ...(url !== undefined && { url }),
    secrets: [...(options.secrets ?? []), ...learnSecrets(config)],
  };
};
