import { field } from "@errnorm/core/adapter";

const text = (value: unknown): string | undefined => (typeof value === "string" && value !== "" ? value : undefined);

/** The absolute URL of an axios request config: axios keeps `url` relative to `baseURL`. Never throws. */
export const axiosUrl = (config: unknown): string | undefined => {
  const url = text(field(config, "url"));
  const base = text(field(config, "baseURL"));
  if (url === undefined) return base;
  try {
    return base === undefined ? url : new URL(url, base).href;
  } catch {
    return url;
  }
};
