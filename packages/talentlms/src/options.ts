import type { ParseOptions } from "@errnorm/core";

/** Options of `parseResponse`, `normalizeError` and `fromFetch`. */
export interface TalentlmsParseOptions extends ParseOptions {
  /**
   * The request URL. A rejected call to a plain `http://` URL (other than loopback) becomes `HTTPS_REQUIRED`
   * with action `use_https`; credentials in it (user info, `?apikey=`) are scrubbed from the error.
   */
  url?: string | URL | undefined;
  /** Secret values to scrub from the error (the API key you sent, for example). */
  secrets?: Iterable<string> | undefined;
}

const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(["localhost", "[::1]", "::1"]);

/**
 * `true` for a plain `http://` URL to a non-loopback host. Loopback is exempt: TalentLMS itself is never served
 * there, while local emulators and test servers are.
 */
export const isPlainHttp = (url: string | undefined): boolean => {
  if (url === undefined || url.slice(0, 7).toLowerCase() !== "http://") return false;
  try {
    const host = new URL(url).hostname.toLowerCase();
    return !(LOOPBACK_HOSTS.has(host) || host.endsWith(".localhost") || host.startsWith("127."));
  } catch {
    return false;
  }
};
