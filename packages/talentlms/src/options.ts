import { type ParseOptions } from "@errnorm/core";
import { collectSecrets } from "@errnorm/core/internal/redact";

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

/** Options after checking: only well-typed values kept, so a hostile object never makes a parse throw. */
export interface ReadOptions {
  readonly messages?: ParseOptions["messages"];
  readonly url?: string;
  readonly secrets: readonly string[];
}

const MAX_URL = 8_192;

const urlText = (url: unknown): string | undefined => {
  if (typeof url === "string") return url.length > MAX_URL ? url.slice(0, MAX_URL) : url;
  if (typeof URL !== "undefined" && url instanceof URL) return url.href.slice(0, MAX_URL);
  return undefined;
};

/** User name, password and secret query parameters of a URL. */
export const urlSecrets = (url: string | undefined): string[] => {
  if (url === undefined) return [];
  const found = [...collectSecrets(url)];
  try {
    const parsed = new URL(url);
    for (const part of [parsed.username, parsed.password]) {
      if (part === "") continue;
      found.push(part);
      try {
        found.push(decodeURIComponent(part));
      } catch {
        // not percent-encoded: the raw form is enough
      }
    }
  } catch {
    // not an absolute URL: no user info to find
  }
  return found;
};

/** Most secret values taken from the caller's `secrets`. */
const MAX_SECRETS = 200;

const stringsOf = (values: unknown): string[] => {
  if (values === null || typeof values !== "object" || !(Symbol.iterator in values)) return [];
  const out: string[] = [];
  try {
    for (const value of values as Iterable<unknown>) {
      if (typeof value === "string") out.push(value);
      if (out.length >= MAX_SECRETS) break;
    }
  } catch {
    // a throwing iterator: keep what was read
  }
  return out;
};

const checked = new WeakSet<object>();

const remember = (read: ReadOptions): ReadOptions => {
  checked.add(read);
  return read;
};

/** Checks caller options once; `extraSecrets` are values the adapter learned itself (request headers). */
export const readOptions = (options: unknown, extraSecrets: readonly string[] = []): ReadOptions => {
  if (options === null || typeof options !== "object") return remember({ secrets: extraSecrets });
  if (checked.has(options) && extraSecrets.length === 0) return options as ReadOptions;
  try {
    const { messages, url, secrets } = options as Record<string, unknown>;
    const href = urlText(url);
    return remember({
      ...(messages !== null && typeof messages === "object" && { messages: messages as ParseOptions["messages"] }),
      ...(href !== undefined && { url: href }),
      secrets: [...stringsOf(secrets), ...urlSecrets(href), ...extraSecrets],
    });
  } catch {
    return remember({ secrets: extraSecrets });
  }
};

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
