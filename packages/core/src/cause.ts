import { LIMITS } from "./limits.js";
import type { PersonalScrub } from "./personal.js";
import { redactBounded, redactValue, type SecretSet } from "./redact.js";
import { isObjectLike, safeGet } from "./safe.js";
import { boundText } from "./text.js";

/**
 * Where a client appends the whole request it sent to its error message. graphql-request 7's `ClientError` (observed):
 * `<the GraphQL error>: {"response":{…},"request":{"query":…,"variables":{…}}}`: the variables (a candidate's email)
 * would reach every log. The vendor's error before it is what diagnoses; the response is kept in `raw` anyway.
 */
export const REQUEST_DUMP_MARKERS = [': {"response":', ': {"request":'] as const;

/** `text` without a request dump a client appended to it. */
export const withoutRequestDump = (text: string): string => {
  let out = text;
  for (const marker of REQUEST_DUMP_MARKERS) {
    const at = out.indexOf(marker);
    if (at >= 0) out = out.slice(0, at);
  }
  return out;
};

// An http(s) URL's query string and fragment: they carry search terms, emails and tokens, never the diagnosis.
const URL_QUERY = /(\bhttps?:\/\/[^\s?#"'<>]{1,2048})[?#][^\s"'<>]*/g;

/** `text` with the query string and fragment cut from every http(s) URL in it. */
export const withoutUrlQueries = (text: string): string =>
  text.includes("://") ? text.replace(URL_QUERY, "$1") : text;

const OPERATION_NAME = /\b(?:query|mutation|subscription)[ \t\r\n]+([_A-Za-z][_0-9A-Za-z]{0,99})/;

/** The GraphQL operation a client error was about: `request.operationName`, or the name in `request.query`. */
const operationOf = (cause: object): string | undefined => {
  const request = safeGet(cause, "request");
  const named = safeGet(request, "operationName");
  if (typeof named === "string" && named !== "") return boundText(named, 100);
  const query = safeGet(request, "query");
  return typeof query === "string" ? OPERATION_NAME.exec(query.slice(0, 2_000))?.[1] : undefined;
};

/** The first non-empty text at `[object, key]` of `cause` (`["config", "url"]` is `cause.config.url`). */
const textAt = (cause: object, ...paths: [string, string][]): string | undefined => {
  for (const [object, key] of paths) {
    const value = safeGet(safeGet(cause, object), key);
    if (typeof value === "string" && value !== "") return value;
  }
  return undefined;
};

/** Origin and path of a URL: no user info, no query string, no fragment. */
const bareUrl = (url: string, base?: string): string | undefined => {
  try {
    const parsed = new URL(url, base);
    return boundText(`${parsed.origin}${parsed.pathname}`, 500);
  } catch {
    return base === undefined ? boundText(url.split(/[?#]/, 1)[0] ?? "", 500) || undefined : undefined;
  }
};

/** The URL a client error was about (axios `config`, ky's `request`, a `Response`), without its query string. */
const urlOf = (cause: object): string | undefined => {
  const configUrl = textAt(cause, ["config", "url"]);
  if (configUrl !== undefined) return bareUrl(configUrl, textAt(cause, ["config", "baseURL"]));
  const found = textAt(cause, ["request", "url"], ["response", "url"]);
  return found === undefined ? undefined : bareUrl(found);
};

const methodOf = (cause: object): string | undefined => {
  const method = textAt(cause, ["config", "method"], ["request", "method"]);
  return method !== undefined && /^[A-Za-z]{1,10}$/.test(method) ? method.toUpperCase() : undefined;
};

const addEnumerable = (target: object, key: string, value: unknown): void => {
  if (value !== undefined) Object.defineProperty(target, key, { value, enumerable: true });
};

/** What a kept cause is redacted with. */
export interface CauseScrub {
  readonly secrets: SecretSet;
  readonly personal?: PersonalScrub | undefined;
  /** Links kept as they are (a NormalizedError from another adapter is already redacted). */
  readonly keep: (cause: unknown) => boolean;
}

/**
 * A copy of the cause chain that can be printed and logged: name, message, code and stack with secrets (and
 * personal data) removed, plus what diagnoses a client error: the GraphQL `operation`, the `method` and the `url`
 * without its query string. Request configs, headers, variables and bodies (an axios error's `config.headers`,
 * graphql-request's `request.variables`) are left behind; so is a request dump in the message.
 */
export const sanitizeCause = (cause: unknown, scrub: CauseScrub, depth = 0): unknown => {
  if (cause === undefined || cause === null) return undefined;
  if (scrub.keep(cause)) return cause;
  if (depth >= LIMITS.causeDepth) return undefined;
  if (!isObjectLike(cause)) return redactValue(cause, scrub.secrets, scrub.personal);
  const clean = (value: string, max: number): string =>
    withoutUrlQueries(redactBounded(value, max, scrub.secrets, scrub.personal));
  const name = safeGet(cause, "name");
  const rawMessage = safeGet(cause, "message");
  const original = typeof rawMessage === "string" ? rawMessage : "";
  const message = withoutRequestDump(original);
  const inner = sanitizeCause(safeGet(cause, "cause"), scrub, depth + 1);
  const copy = new Error(clean(message, LIMITS.messageLength), inner === undefined ? undefined : { cause: inner });
  copy.name = typeof name === "string" ? boundText(name, 100) : "Error";
  const code = safeGet(cause, "code");
  if (typeof code === "string" || typeof code === "number") {
    addEnumerable(copy, "code", typeof code === "string" ? clean(code, 100) : code);
  }
  addEnumerable(copy, "operation", operationOf(cause));
  addEnumerable(copy, "method", methodOf(cause));
  const url = urlOf(cause);
  if (url !== undefined) addEnumerable(copy, "url", clean(url, 500));
  const stack = safeGet(cause, "stack");
  const shown = typeof stack === "string" && original !== message ? stack.split(original).join(message) : stack;
  copy.stack = typeof shown === "string" ? clean(withoutRequestDump(shown), 4_000) : `${copy.name}: ${copy.message}`;
  return copy;
};
