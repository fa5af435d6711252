import { collectSecrets, isSecretKey } from "@errnorm/core/internal/redact";

/** Shortest value scrubbed verbatim (core's rule): shorter ones would blank ordinary words. */
const MIN_SECRET = 6;
const MAX_SECRET = 4096;

const SCHEME = /^(bearer|basic|token|digest)[ \t]+/i;

const decodeBasic = (credential: string): string[] => {
  try {
    const decoded = Buffer.from(credential, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    return colon === -1 ? [decoded] : [decoded, decoded.slice(0, colon), decoded.slice(colon + 1)];
  } catch {
    return [];
  }
};

/** Adds a secret value (an `Authorization` value loses its scheme; Basic credentials are decoded too). */
export const addSecret = (secrets: Set<string>, value: unknown): void => {
  if (typeof value !== "string") return;
  const trimmed = value.trim();
  const scheme = SCHEME.exec(trimmed);
  const credential = scheme ? trimmed.slice(scheme[0].length).trim() : trimmed;
  const candidates = [credential, ...(scheme?.[1]?.toLowerCase() === "basic" ? decodeBasic(credential) : [])];
  for (const candidate of candidates) {
    if (candidate.length >= MIN_SECRET && candidate.length <= MAX_SECRET) secrets.add(candidate);
    try {
      const decoded = decodeURIComponent(candidate);
      if (decoded !== candidate && decoded.length >= MIN_SECRET) secrets.add(decoded);
    } catch {
      // not percent-encoded
    }
  }
};

/** Values of a `Cookie` (`a=1; b=2` gives `1`, `2`) or `Set-Cookie` header (the cookie, not its attributes). */
export const addCookieHeader = (secrets: Set<string>, value: string, setCookie: boolean): void => {
  const text = value.slice(0, 64 * 1024);
  const pairs = setCookie ? text.split("\n").map((line) => line.split(";")[0] ?? "") : text.split(";");
  for (const pair of pairs) {
    const eq = pair.indexOf("=");
    addSecret(secrets, eq === -1 ? pair : pair.slice(eq + 1));
  }
  addSecret(secrets, value);
};

/** Secret values among `[name, value]` header pairs: credentials, cookies, tokens. */
export const addHeaderSecrets = (secrets: Set<string>, headers: Iterable<readonly [string, string]>): void => {
  for (const [name, value] of headers) {
    const lower = name.toLowerCase();
    if (lower === "cookie" || lower === "set-cookie") addCookieHeader(secrets, value, lower === "set-cookie");
    else if (isSecretKey(name)) addSecret(secrets, value);
  }
};

/** Secret values inside a URL (`?access_token=…`, user info) or a form body (`password=…`). */
export const addTextSecrets = (secrets: Set<string>, text: string): void => {
  for (const value of collectSecrets(`?${text.slice(0, 64 * 1024)}`)) secrets.add(value);
  try {
    const url = new URL(text.slice(0, 8192));
    addSecret(secrets, url.username);
    addSecret(secrets, url.password);
    for (const [name, value] of url.searchParams) if (isSecretKey(name)) addSecret(secrets, value);
  } catch {
    // not an absolute URL
  }
};

/** Secret values under secret keys anywhere in a JSON value (`password`, `refresh_token`, …). */
export const addValueSecrets = (secrets: Set<string>, value: unknown): void => {
  for (const found of collectSecrets(value)) secrets.add(found);
};
