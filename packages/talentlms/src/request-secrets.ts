import { readHeader } from "@errnorm/core/adapter";
import { collectSecrets } from "@errnorm/core/internal/redact";
import { get } from "./safe.js";

const BASIC = /^basic[ \t]+/i;

/** v1 sends the API key as the HTTP Basic user name: the decoded user name and password are secrets too. */
const basicCredentials = (authorization: string | undefined): string[] => {
  const scheme = authorization === undefined ? null : BASIC.exec(authorization);
  if (!authorization || !scheme || typeof atob !== "function") return [];
  try {
    const decoded = atob(authorization.slice(scheme[0].length).trim().slice(0, 4_096));
    const colon = decoded.indexOf(":");
    return (colon < 0 ? [decoded] : [decoded.slice(0, colon), decoded.slice(colon + 1)]).filter((s) => s !== "");
  } catch {
    return [];
  }
};

/**
 * Secret values a request carries: every header or field under a secret name (`X-API-Key`, `Authorization`),
 * secret query parameters, and the decoded Basic credentials. Never throws.
 */
export const requestSecrets = (...sources: unknown[]): string[] => {
  const found = [...collectSecrets(...sources)];
  for (const source of sources) {
    found.push(...basicCredentials(readHeader(get(source, "headers"), "authorization")));
    // axios keeps v1's Basic credentials as `auth: { username, password }`.
    const auth = get(source, "auth");
    for (const key of ["username", "password"]) {
      const value = get(auth, key);
      if (typeof value === "string" && value !== "") found.push(value);
    }
  }
  return found;
};
