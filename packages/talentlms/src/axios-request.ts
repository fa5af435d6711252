import { field, learnSecrets } from "@errnorm/core/adapter";
import type { TalentlmsIntegrationOptions } from "./integration-options.js";

const text = (value: unknown): string | undefined => (typeof value === "string" && value !== "" ? value : undefined);

/** The absolute URL of an axios request config (axios keeps `url` relative to `baseURL`). */
const requestUrl = (config: unknown): string | undefined => {
  const url = text(field(config, "url"));
  const base = text(field(config, "baseURL"));
  if (url === undefined) return base;
  try {
    return base === undefined ? url : new URL(url, base).href;
  } catch {
    return url;
  }
};

/** The options for one axios request: its URL (unless given) and the secrets its config carries. */
export const axiosRequestOptions = (
  options: TalentlmsIntegrationOptions,
  config: unknown,
): TalentlmsIntegrationOptions => {
  const url = options.url ?? requestUrl(config);
  return {
    ...options,
    ...(url !== undefined && { url }),
    secrets: [...(options.secrets ?? []), ...learnSecrets(config)],
  };
};
