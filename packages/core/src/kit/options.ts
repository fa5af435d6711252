import type { MessageCatalog } from "../messages.js";
import { readPersonalKeys } from "../personal.js";
import { stringsOf } from "../strings-of.js";
import { MAX_SECRETS, urlSecrets } from "./secrets.js";

/** Options after checking: only well-typed values, so a hostile options object never makes a parse throw. */
export interface AdapterOptions {
  /** Overrides of the default `userMessage` per category. */
  readonly messages?: Partial<MessageCatalog> | undefined;
  /** Secret values to scrub: the caller's, the request URL's, and those the adapter learned. */
  readonly secrets: readonly string[];
  /** The request URL, bounded. */
  readonly url?: string | undefined;
  /** The operation (a GraphQL field or a REST action). */
  readonly operation?: string | undefined;
  /** Keep personal data in the error (pass it to `NormalizedError` as `keepPersonalData`). */
  readonly keepPersonalData?: boolean | undefined;
  /** Keys added to `PERSONAL_DATA_KEYS`, normalized (pass them to `NormalizedError` as `personalDataKeys`). */
  readonly personalDataKeys?: readonly string[] | undefined;
}

const MAX_URL = 8_192;
const MAX_OPERATION = 200;

const urlText = (url: unknown): string | undefined => {
  if (typeof url === "string") return url.length > MAX_URL ? url.slice(0, MAX_URL) : url;
  if (typeof URL !== "undefined" && url instanceof URL) return url.href.slice(0, MAX_URL);
  return undefined;
};

const checked = new WeakSet<object>();

const remember = (read: AdapterOptions): AdapterOptions => {
  checked.add(read);
  return read;
};

/**
 * Checks an adapter's options once (`messages`, `secrets`, `url`, `operation`, `keepPersonalData`,
 * `personalDataKeys`); `learned` are secret values the
 * adapter found itself (request headers, an axios config). Already-checked options pass through. Never throws.
 */
export const readAdapterOptions = (options: unknown, learned: readonly string[] = []): AdapterOptions => {
  if (options === null || typeof options !== "object") return remember({ secrets: learned.slice(0, MAX_SECRETS) });
  if (checked.has(options) && learned.length === 0) return options as AdapterOptions;
  try {
    const { messages, url, secrets, operation, keepPersonalData, personalDataKeys } = options as Record<
      string,
      unknown
    >;
    const href = urlText(url);
    const personalKeys = readPersonalKeys(personalDataKeys);
    const all = [...learned, ...urlSecrets(href), ...stringsOf(secrets, MAX_SECRETS)];
    return remember({
      ...(messages !== null && typeof messages === "object" && { messages: messages as AdapterOptions["messages"] }),
      ...(href !== undefined && { url: href }),
      ...(typeof operation === "string" && operation !== "" && { operation: operation.slice(0, MAX_OPERATION) }),
      ...(keepPersonalData === true && { keepPersonalData: true }),
      ...(personalKeys.length > 0 && { personalDataKeys: personalKeys }),
      secrets: [...new Set(all)].slice(0, MAX_SECRETS),
    });
  } catch {
    return remember({ secrets: learned.slice(0, MAX_SECRETS) });
  }
};
