import { keyMatcher } from "./key-match.js";
import { LIMITS } from "./limits.js";
import {
  addPersonalValue,
  isFieldMessageMap,
  PERSONAL,
  type PersonalKeyMatcher,
  type PersonalScrub,
  scrubPersonalText,
} from "./personal.js";
import { defineEntry, isObjectLike, itemsOf, safeGet, safeIsArray, safeKeys } from "./safe.js";
import { boundText } from "./text.js";

export const REDACTED = "[REDACTED]";

/** Key fragments (lower case, separators removed) whose values are secrets wherever they appear. */
export const SECRET_KEY_FRAGMENTS = [
  "apikey",
  "accesskey",
  "secret",
  "password",
  "passwd",
  "token",
  "authorization",
  "cookie",
  "session",
  "credential",
  "privatekey",
  "signature",
  "jwt",
] as const;

/** `true` when a value stored under `key` must never be shown (`X-API-Key`, `refresh_token`, `Cookie`, …). */
export const isSecretKey = /* @__PURE__ */ keyMatcher(SECRET_KEY_FRAGMENTS, ["auth", "key", "pwd", "pass", "bearer"]);

// api_key, x-api-key, access_token, refresh_token, id_token, auth_token, token, password, passwd, client_secret,
// secret, session_id, sig, signature (`-`, `_` or nothing between the words).
const SECRET_PARAM =
  "(?:x-)?api[_-]?key|(?:(?:access|refresh|id|auth)[_-]?)?token|passw(?:or)?d|(?:client[_-]?)?secret|session[_-]?id|sig(?:nature)?";

export interface TextSecretPattern {
  readonly pattern: RegExp;
  readonly replace: string;
  /** Text that every match contains: a message without it skips the regex (the common plain message). */
  readonly needs?: string;
}

/**
 * Patterns for secrets inside free text. Each is linear: one character class run per match, no nested
 * quantifiers (the ReDoS test in test/redos.test.ts runs each on 1 MB of adversarial input).
 */
export const TEXT_SECRET_PATTERNS: readonly TextSecretPattern[] = [
  // Authorization schemes: keep the scheme, hide the credential (Octokit's rule).
  {
    pattern: /\b(bearer|basic|token|digest)([ \t]+)[A-Za-z0-9._~+/=-]{4,}/gi,
    replace: `$1$2${REDACTED}`,
  },
  // query strings and form bodies: ?api_key=…, &access_token=…
  {
    pattern: new RegExp(`([?&;#\\s]|^)(${SECRET_PARAM})=[^&\\s"'#<>]*`, "gi"),
    replace: `$1$2=${REDACTED}`,
    needs: "=",
  },
  // JSON text: "password": "…"
  {
    pattern: new RegExp(`("(?:${SECRET_PARAM}|authorization|cookie)"[ \\t]*:[ \\t]*)"[^"\\\\]*"`, "gi"),
    replace: `$1"${REDACTED}"`,
    needs: '"',
  },
  // header lines in raw HTTP text
  {
    pattern: /^((?:x-api-key|authorization|proxy-authorization|cookie|set-cookie)[ \t]*:)[^\r\n]*/gim,
    replace: `$1 ${REDACTED}`,
    needs: ":",
  },
  // JSON Web Tokens anywhere
  {
    pattern: /\beyJ[A-Za-z0-9_-]{6,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g,
    replace: REDACTED,
    needs: "eyJ",
  },
];

/** A set of secret values learned from the request and response, scrubbed from every text we output. */
export type SecretSet = ReadonlySet<string>;

/** Shortest secret value we scrub verbatim: shorter ones would blank ordinary words. */
const MIN_SECRET_LENGTH = 6;

/** Removes known secret values and secret-looking fragments from text; with `personal`, personal data too. */
export const redactText = (text: string, secrets?: SecretSet, personal?: PersonalScrub): string => {
  let out = text;
  if (secrets) {
    for (const secret of secrets) {
      if (out.includes(secret)) out = out.split(secret).join(REDACTED);
    }
  }
  for (const { pattern, replace, needs } of TEXT_SECRET_PATTERNS) {
    if (needs !== undefined && !out.includes(needs)) continue;
    pattern.lastIndex = 0;
    out = out.replace(pattern, replace);
  }
  return personal ? scrubPersonalText(out, personal) : out;
};

/** Redacts, then bounds: a secret is removed whole before any cut could leave a piece of it. */
export const redactBounded = (text: string, max: number, secrets?: SecretSet, personal?: PersonalScrub): string =>
  boundText(redactText(text.length > max * 2 ? text.slice(0, max * 2) : text, secrets, personal), max);

const addSecret = (secrets: Set<string>, value: unknown): void => {
  if (typeof value === "string") {
    const v = value.trim();
    const scheme = /^(?:bearer|basic|token)[ \t]+/i.exec(v);
    const credential = scheme ? v.slice(scheme[0].length) : v;
    if (credential.length >= MIN_SECRET_LENGTH && credential.length <= 4096) secrets.add(credential);
    // cookies and form-like values ("session=…; Path=/"): each value is a secret on its own
    if (credential.includes("=") && credential.length <= 4096) {
      for (const part of credential.split(";").slice(0, 20)) {
        const value = part.slice(part.indexOf("=") + 1).trim();
        if (part.includes("=") && value.length >= MIN_SECRET_LENGTH) secrets.add(value);
      }
    }
  } else if (safeIsArray(value)) {
    for (const item of value.slice(0, LIMITS.rawEntries)) addSecret(secrets, item);
  }
};

const SECRET_QUERY = new RegExp(`[?&;](${SECRET_PARAM})=([^&\\s"'#<>]+)`, "gi");

/** Each `key=value` match of `pattern` (groups 1 and 2) in `text`: the value as sent and, when different, decoded. */
const eachPair = (text: string, pattern: RegExp, visit: (key: string, value: string) => void, plus = false): void => {
  for (const match of text.matchAll(pattern)) {
    const key = match[1] ?? "";
    const value = match[2] ?? "";
    visit(key, value);
    try {
      const plain = decodeURIComponent(plus ? value.replace(/\+/g, " ") : value);
      if (plain !== value) visit(key, plain);
    } catch {
      // not percent-encoded text: the raw form is enough
    }
  }
};

/** What was learned from a request, a response and a cause chain: values to scrub from every output. */
export interface Sensitive {
  readonly secrets: Set<string>;
  /** Values seen under personal-data keys (only collected when a matcher is given). */
  readonly personal: Set<string>;
}

/** An Error (or an error-like object): its `name` is a class name, never a person's. */
const isErrorLike = (value: object): boolean => {
  try {
    return (
      value instanceof Error ||
      (typeof safeGet(value, "message") === "string" && typeof safeGet(value, "stack") === "string")
    );
  } catch {
    return false;
  }
};

/**
 * Walks request configs, headers, bodies and cause chains (bounded) and returns every value stored under a secret
 * key or in a secret query parameter and, when `personalKey` is given, every value stored under a personal-data key
 * (JSON and form text included), so those exact strings can be scrubbed from all output.
 */
export const collectSensitive = (sources: readonly unknown[], personalKey?: PersonalKeyMatcher): Sensitive => {
  const secrets = new Set<string>();
  const personal = new Set<string>();
  const seen = new WeakSet<object>();
  let budget = 2_000;
  let parses = 5;
  const learn = (key: string, value: unknown, messages = false): void => {
    if (isSecretKey(key)) addSecret(secrets, value);
    else if (!messages && personalKey?.(key)) addPersonalValue(personal, value);
  };
  // `messages`: the object is a field-error map, whose values are the vendor's messages, not personal data.
  const visit = (value: unknown, depth: number, messages = false): void => {
    if (budget-- <= 0 || depth > 64) return;
    if (typeof value === "string") {
      collectFromText(secrets, value);
      if (personalKey) {
        const parsed = parses > 0 ? parseJsonText(value) : undefined;
        if (parsed !== undefined) {
          parses -= 1;
          visit(parsed, depth + 1);
        }
        if (value.includes("=")) eachPair(value.slice(0, 65_536), FORM_PAIR, learn, true);
      }
      return;
    }
    if (!isObjectLike(value) || seen.has(value) || isBinary(value)) return;
    seen.add(value);
    const entries = entriesOf(value, personalKey !== undefined);
    if (entries) {
      for (const [k, v] of entries) learn(k, v);
      return;
    }
    if (safeIsArray(value)) {
      for (const item of itemsOf(value, 200)) {
        // [name, value] header pairs
        if (safeIsArray(item) && typeof safeGet(item, 0) === "string")
          learn(safeGet(item, 0) as string, safeGet(item, 1));
        visit(item, depth + 1);
      }
      return;
    }
    const keys = safeKeys(value);
    const errorLike = personalKey !== undefined && isErrorLike(value);
    for (const key of keys.slice(0, 200)) {
      const child = safeGet(value, key);
      if (!(errorLike && key === "name")) learn(key, child, messages);
      visit(child, depth + 1, personalKey !== undefined && isFieldMessageMap(key));
    }
    for (const key of [
      "cause",
      "config",
      "request",
      "response",
      "headers",
      "message",
      "url",
      "data",
      "variables",
      "body",
    ]) {
      if (!keys.includes(key)) visit(safeGet(value, key), depth + 1);
    }
  };
  for (const source of sources) visit(source, 0);
  return { secrets, personal };
};

/** Every value stored under a secret key or in a secret query parameter of `sources` (see `collectSensitive`). */
export const collectSecrets = (...sources: unknown[]): Set<string> => collectSensitive(sources).secrets;

/** A JSON object or array kept as text (a request body, graphql-request's `response.body`), parsed; else undefined. */
const parseJsonText = (text: string): unknown => {
  const first = text.charCodeAt(0);
  if ((first !== 123 && first !== 91) || text.length > 65_536) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
};

const FORM_PAIR = /(?:^|[?&;\s])([A-Za-z0-9_.[\]-]{1,64})=([^&\s"'#<>]{1,1000})/g;

const ENTRY_TYPES = ["Headers", "URLSearchParams", "FormData"] as const;

/**
 * Entries of a WHATWG `Headers` and, with `forms`, of a `URLSearchParams` or `FormData` body (axios keeps one as
 * `config.data`; at most 200 of its entries), else undefined.
 */
const entriesOf = (value: object, forms?: boolean): [string, unknown][] | undefined => {
  try {
    for (const name of ENTRY_TYPES.slice(0, forms ? 3 : 1)) {
      const type = (globalThis as Record<string, unknown>)[name];
      if (typeof type !== "function" || !(value instanceof type)) continue;
      const out: [string, unknown][] = [];
      (value as Headers).forEach((v, k) => {
        if (name === "Headers" || out.length < 200) out.push([k, v]);
      });
      return out;
    }
  } catch {
    // a hostile object: nothing learned from it
  }
  return undefined;
};

/** Typed arrays and buffers: bytes, never walked key by key (a 10 MB Buffer has ten million keys). */
const isBinary = (value: object): boolean => {
  try {
    return value instanceof ArrayBuffer || ArrayBuffer.isView(value);
  } catch {
    return false;
  }
};

const SECRET_JSON_PAIR = new RegExp(
  `"(?:${SECRET_PARAM}|authorization|cookie)"[ \\t]*:[ \\t]*"([^"\\\\]{1,4096})"`,
  "gi",
);

/** The patterns that learn secret values from text (exported so the ReDoS test can run them). */
export const SECRET_COLLECT_PATTERNS: readonly RegExp[] = [SECRET_QUERY, SECRET_JSON_PAIR];

/** Secrets in text: `?api_key=…` query strings, and `"password": "…"` pairs of JSON kept as text (axios's `config.data`). */
const collectFromText = (secrets: Set<string>, text: string): void => {
  const cut = text.slice(0, 65_536);
  if (cut.includes("=")) eachPair(cut.slice(0, 8192), SECRET_QUERY, (_, value) => addSecret(secrets, value));
  if (cut.includes('":')) for (const match of cut.matchAll(SECRET_JSON_PAIR)) addSecret(secrets, match[1]);
};

/**
 * A redacted, size-capped, JSON-safe copy of any value: secrets under secret keys become "[REDACTED]",
 * known secret values and secret-looking text are scrubbed, cycles become "[Circular]", depth, entries
 * and string lengths are capped (see LIMITS). With `personal`, values under personal-data keys become
 * "[PERSONAL]" and learned personal values and email addresses are masked in text. Never throws; never mutates
 * its input.
 */
export const redactValue = (value: unknown, secrets?: SecretSet, personal?: PersonalScrub): unknown => {
  let budget = LIMITS.rawEntries * 20;
  let textBudget: number = LIMITS.rawTotalLength;
  const ancestors = new Set<object>();
  const copy = (v: unknown, depth: number, byKey = true): unknown => {
    if (v === null || typeof v === "boolean") return v;
    if (typeof v === "number") return Number.isFinite(v) ? v + 0 : String(v);
    if (typeof v === "string") {
      if (textBudget <= 0) return "[Truncated]";
      const kept = redactBounded(v, Math.min(LIMITS.rawStringLength, Math.max(textBudget, 20)), secrets, personal);
      textBudget -= kept.length;
      return kept;
    }
    if (typeof v === "bigint") return v.toString();
    if (typeof v !== "object") return undefined;
    if (budget-- <= 0 || depth >= LIMITS.rawDepth) return "[Truncated]";
    if (ancestors.has(v)) return "[Circular]";
    if (isBinary(v)) return `[Binary ${Number(safeGet(v, "byteLength")) || 0} bytes]`;
    ancestors.add(v);
    try {
      const headers = entriesOf(v);
      if (headers) return copyEntries(headers, depth);
      if (safeIsArray(v)) {
        return itemsOf(v, LIMITS.rawEntries).map((item) => copy(item, depth + 1) ?? null);
      }
      if (v instanceof Error) {
        return copyEntries(
          ["name", "message", "code"].map((k) => [k, safeGet(v, k)]),
          depth,
          false,
        );
      }
      if (v instanceof Date) return Number.isNaN(v.getTime()) ? "Invalid Date" : v.toISOString();
      return copyEntries(
        safeKeys(v)
          .slice(0, LIMITS.rawEntries)
          .map((k) => [k, safeGet(v, k)] as [string, unknown]),
        depth,
        byKey,
      );
    } finally {
      ancestors.delete(v);
    }
  };
  const copyEntries = (entries: [string, unknown][], depth: number, byKey = true): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const [key, child] of entries) {
      if (child === undefined) continue;
      const safeKey = redactBounded(key, 200, secrets, personal);
      if (isSecretKey(key) && child !== null && child !== "") defineEntry(out, safeKey, REDACTED);
      else if (byKey && personal?.isKey(key) && child !== null && child !== "" && typeof child !== "boolean")
        defineEntry(out, safeKey, PERSONAL);
      else {
        const copied = copy(child, depth + 1, !(personal && isFieldMessageMap(key)));
        if (copied !== undefined) defineEntry(out, safeKey, copied);
      }
    }
    return out;
  };
  try {
    return copy(value, 0);
  } catch {
    return "[Unreadable]";
  }
};
