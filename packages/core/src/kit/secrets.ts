import { readHeader } from "../http.js";
import { collectSecrets } from "../redact.js";
import { safeGet } from "../safe.js";

/** Most secret values kept per error, from the caller and from what was learned. */
export const MAX_SECRETS = 100;

const BASIC = /^basic[ \t]+/i;

const decodeBase64 = (text: string): string | undefined => {
  try {
    return typeof atob === "function" ? atob(text) : undefined;
  } catch {
    return undefined;
  }
};

/** The user name and password inside an HTTP Basic `Authorization` value (TalentLMS v1 sends its key so). */
const basicCredentials = (authorization: string | undefined): string[] => {
  const scheme = authorization === undefined ? null : BASIC.exec(authorization);
  if (!authorization || !scheme) return [];
  const decoded = decodeBase64(authorization.slice(scheme[0].length).trim().slice(0, 4_096));
  if (decoded === undefined) return [];
  const colon = decoded.indexOf(":");
  return (colon < 0 ? [decoded] : [decoded.slice(0, colon), decoded.slice(colon + 1)]).filter((s) => s !== "");
};

const decoded = (part: string): string[] => {
  try {
    const plain = decodeURIComponent(part);
    return plain === part ? [part] : [part, plain];
  } catch {
    return [part];
  }
};

/** User name, password and secret query parameters (`?apikey=`, `?access_token=`) of a URL. */
export const urlSecrets = (url: string | undefined): string[] => {
  if (url === undefined) return [];
  const found = [...collectSecrets(url)];
  try {
    const parsed = new URL(url);
    for (const part of [parsed.username, parsed.password]) if (part !== "") found.push(...decoded(part));
  } catch {
    // not an absolute URL: no user info
  }
  return found;
};

/**
 * Every secret value a request or an error carries, so it can be scrubbed verbatim from all output: values under
 * secret names (`X-API-Key`, `Authorization`, `Cookie`, `password`) in headers, configs, bodies and cause chains;
 * secret query parameters and user info of URLs; decoded Basic credentials; an axios `auth` pair. Never throws.
 *
 * @example
 * const secrets = learnSecrets(axiosError.config); // the API key in config.headers, the token in ?access_token=
 */
export const learnSecrets = (...sources: unknown[]): string[] => {
  try {
    const found = [...collectSecrets(...sources)];
    for (const source of sources) {
      if (typeof source === "string") {
        found.push(...urlSecrets(source));
        continue;
      }
      // The source may be headers itself (a record, `[name, value]` pairs) or hold them (a request config).
      for (const headers of [source, safeGet(source, "headers")])
        found.push(...basicCredentials(readHeader(headers, "authorization")));
      const auth = safeGet(source, "auth");
      for (const key of ["username", "password"]) {
        const value = safeGet(auth, key);
        if (typeof value === "string" && value !== "") found.push(value);
      }
    }
    return [...new Set(found)].slice(0, MAX_SECRETS);
  } catch {
    return [];
  }
};
