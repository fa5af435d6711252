import { keyMatcher, normalizeKey } from "./key-match.js";
import { itemsOf, safeGet, safeIsArray, safeKeys } from "./safe.js";
import { stringsOf } from "./strings-of.js";

/** What a value that identifies a person is replaced with (a secret becomes `REDACTED`). */
export const PERSONAL = "[PERSONAL]";

/**
 * Keys whose values commonly identify a person, normalized (lower case, separators removed). A key matches when it
 * contains one of these (`candidate_email`, `billingAddress`, `mobilePhone`); `PERSONAL_DATA_EXACT_KEYS` match whole.
 * Extend with the `personalDataKeys` option.
 */
export const PERSONAL_DATA_KEYS = [
  "email",
  "phone",
  "mobile",
  "firstname",
  "lastname",
  "fullname",
  "middlename",
  "surname",
  "givenname",
  "familyname",
  "displayname",
  "nickname",
  "username",
  "address",
  "street",
  "postcode",
  "postalcode",
  "zipcode",
  "dateofbirth",
  "birthdate",
  "birthday",
  "passport",
  "nationalid",
] as const;

/** Keys that identify a person only as a whole word (`name`, but not `filename` or `operationName`). */
export const PERSONAL_DATA_EXACT_KEYS = ["name", "dob", "ssn", "login", "tel", "zip"] as const;

const MAX_EXTRA_KEYS = 100;

/** Decides which keys hold personal data: the defaults plus the caller's (each matched whole, normalized). */
export type PersonalKeyMatcher = (key: string) => boolean;

/** The default matcher (`PERSONAL_DATA_KEYS`, `PERSONAL_DATA_EXACT_KEYS`). */
export const isPersonalKey: PersonalKeyMatcher = /* @__PURE__ */ keyMatcher(
  PERSONAL_DATA_KEYS,
  PERSONAL_DATA_EXACT_KEYS,
);

/** The keys a caller added (`personalDataKeys`), normalized; a hostile iterable adds what it gave before throwing. */
export const readPersonalKeys = (given: unknown): string[] =>
  stringsOf(given, MAX_EXTRA_KEYS)
    .filter((key) => key.length <= 100)
    .map(normalizeKey)
    .filter((key) => key !== "");

/** The matcher for the defaults plus `extra` keys (normalized, as `readPersonalKeys` returns them). */
export const personalKeyMatcher = (extra: readonly string[]): PersonalKeyMatcher => {
  if (extra.length === 0) return isPersonalKey;
  const added = new Set(extra);
  return (key) => isPersonalKey(key) || added.has(normalizeKey(key));
};

/**
 * Email addresses in free text: a top-level domain of letters, so package paths (`graphql-request@7.4.0`) are not
 * addresses. Linear: the lookbehind lets a match start only where a run of address characters starts, and every
 * run and repetition is bounded.
 */
export const EMAIL_PATTERN =
  /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@(?:[A-Za-z0-9-]{1,63}\.){1,8}[A-Za-z]{2,63}(?![A-Za-z0-9-])/g;

/** Shortest learned personal value scrubbed from text; shorter ones (initials) would blank ordinary words. */
export const MIN_PERSONAL_LENGTH = 3;

const isWordChar = (code: number): boolean =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code > 127;

/** Replaces `value` in `text` where it stands as a whole word ("Ann" in "Ann Lee", not in "Annual"). Linear. */
const replaceWhole = (text: string, value: string): string => {
  let out = "";
  let from = 0;
  for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
    if (at < from) continue;
    const end = at + value.length;
    if (isWordChar(text.charCodeAt(at - 1)) || isWordChar(text.charCodeAt(end))) continue;
    out += text.slice(from, at) + PERSONAL;
    from = end;
  }
  return from === 0 ? text : out + text.slice(from);
};

/**
 * Keys of field-error maps (Laravel's `{"errors":{"email":["The email must be a valid email address."]}}`): under them
 * a personal key names the field and its value is the vendor's message about it, not the person's data.
 */
const FIELD_MESSAGE_MAP_KEYS: readonly string[] = ["errors", "fielderrors", "validationerrors"];

/** `true` for a key whose object maps field names to messages (see `FIELD_MESSAGE_MAP_KEYS`). */
export const isFieldMessageMap = (key: string): boolean =>
  key.length <= 40 && FIELD_MESSAGE_MAP_KEYS.includes(normalizeKey(key));

/** What personal-data masking needs: the matcher, and the values seen under personal keys. */
export interface PersonalScrub {
  readonly isKey: PersonalKeyMatcher;
  readonly values: ReadonlySet<string>;
}

/** Masks learned personal values (whole words) and email addresses in free text. */
export const scrubPersonalText = (text: string, personal: PersonalScrub): string => {
  let out = text;
  for (const value of personal.values) if (out.includes(value)) out = replaceWhole(out, value);
  if (out.includes("@")) {
    EMAIL_PATTERN.lastIndex = 0;
    out = out.replace(EMAIL_PATTERN, PERSONAL);
  }
  return out;
};

/** Adds a value seen under a personal key (strings, numbers; lists and objects leaf by leaf, bounded). */
export const addPersonalValue = (values: Set<string>, value: unknown, depth = 0): void => {
  if (values.size >= 200 || depth > 3) return;
  if (typeof value === "number" && Number.isFinite(value)) value = String(value);
  if (typeof value === "string") {
    const v = value.trim();
    if (v.length >= MIN_PERSONAL_LENGTH && v.length <= 1_000 && v !== PERSONAL && !v.startsWith("[")) values.add(v);
    return;
  }
  if (value === null || typeof value !== "object") return;
  if (safeIsArray(value)) {
    for (const item of itemsOf(value, 20)) addPersonalValue(values, item, depth + 1);
    return;
  }
  for (const key of safeKeys(value).slice(0, 20)) addPersonalValue(values, safeGet(value, key), depth + 1);
};
